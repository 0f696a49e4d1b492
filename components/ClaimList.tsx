import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import type { Verdict } from '@/engine/types';
import type { FoundClaimView } from '@/extension/view-model';
import { ClaimCardView } from './ClaimCardView';
import { countVerdicts, groupByClaim } from './group-claims';
import { VERDICT_ICON, VERDICT_LABEL } from './labels';

interface Props {
  found: FoundClaimView[];
  claimsById: Record<string, ClaimCard>;
  onShowInPage: (occurrence: number) => void;
  /** Rendered above the list (a search box, for one). */
  search?: ComponentChildren;
}

/** Arrow keys, Home and End move between the rows' buttons. */
function moveBetweenRows(event: KeyboardEvent) {
  const target = event.target as HTMLElement;
  if (!target.classList.contains('claim-card__toggle')) return;
  const list = event.currentTarget as HTMLElement;
  const rows = Array.from(list.querySelectorAll<HTMLElement>('.claim-card__toggle'));
  const at = rows.indexOf(target);
  const next =
    event.key === 'ArrowDown'
      ? rows[at + 1]
      : event.key === 'ArrowUp'
        ? rows[at - 1]
        : event.key === 'Home'
          ? rows[0]
          : event.key === 'End'
            ? rows[rows.length - 1]
            : undefined;
  if (!next) return;
  event.preventDefault();
  next.focus();
}

/** The claims found on the page, one row each, in page order, with a summary bar that filters. */
export function ClaimList({ found, claimsById, onShowInPage, search }: Props) {
  const [filter, setFilter] = useState<Verdict | null>(null);
  if (found.length === 0) {
    return (
      <p class="popup__note" data-testid="no-claims">
        None of this article's sentences makes a claim from Backstory's catalogue. The timeline and the people and
        organizations behind the story are in the other tabs.
      </p>
    );
  }
  const groups = groupByClaim(found);
  const counts = countVerdicts(groups);
  const shown = filter ? groups.filter((g) => g.claim.verdict === filter) : groups;
  const onPage = new Set(groups.map((g) => g.claim.id));
  const sentences = found.length;
  return (
    <section aria-labelledby="claims-title">
      {search}
      <h2 id="claims-title" class="claims__title" data-testid="claims-summary">
        {groups.length === 1 ? '1 claim checked' : `${groups.length} claims checked`}
        {sentences !== groups.length && <span class="claims__sentences"> in {sentences} sentences</span>}
      </h2>
      <fieldset class="claims__bar">
        <legend class="visually-hidden">Show claims by verdict</legend>
        <button type="button" class="claims__filter" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          All {groups.length}
        </button>
        {counts.map(([verdict, n]) => (
          <button
            key={verdict}
            type="button"
            class={`claims__filter verdict--${verdict}`}
            data-verdict={verdict}
            aria-pressed={filter === verdict}
            onClick={() => setFilter(filter === verdict ? null : verdict)}
          >
            <span aria-hidden="true">{VERDICT_ICON[verdict]}</span> {VERDICT_LABEL[verdict]} {n}
          </button>
        ))}
      </fieldset>
      <ol class="claims" onKeyDown={moveBetweenRows}>
        {shown.map((g) => (
          <li key={g.claim.id}>
            <ClaimCardView group={g} claimsById={claimsById} onShowInPage={onShowInPage} onPage={onPage} />
          </li>
        ))}
      </ol>
    </section>
  );
}
