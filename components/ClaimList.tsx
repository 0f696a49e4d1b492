import type { ClaimCard } from '@/dataset/compile/bundle-format';
import type { Verdict } from '@/engine/types';
import type { FoundClaimView } from '@/extension/view-model';
import { ClaimCardView } from './ClaimCardView';
import { VERDICT_LABEL } from './labels';

interface Props {
  found: FoundClaimView[];
  claimsById: Record<string, ClaimCard>;
  onShowInPage: (occurrence: number) => void;
}

function tally(found: FoundClaimView[]): string {
  const counts = new Map<Verdict, number>();
  for (const f of found) counts.set(f.claim.verdict, (counts.get(f.claim.verdict) ?? 0) + 1);
  return [...counts].map(([verdict, n]) => `${n} ${VERDICT_LABEL[verdict].toLowerCase()}`).join(' · ');
}

/** The claims found on the page, in page order (the order `found` arrives in). */
export function ClaimList({ found, claimsById, onShowInPage }: Props) {
  if (found.length === 0) {
    return (
      <p class="popup__note" data-testid="no-claims">
        None of this article's sentences makes a claim from Backstory's catalogue. The timeline and the people and
        organizations behind the story are in the other tabs.
      </p>
    );
  }
  return (
    <section aria-labelledby="claims-title">
      <h2 id="claims-title" class="claims__title" data-testid="claims-summary">
        {found.length === 1 ? '1 claim checked' : `${found.length} claims checked`}
      </h2>
      <p class="claims__tally">{tally(found)}</p>
      <ol class="claims">
        {found.map((f) => (
          <li key={f.occurrence}>
            <ClaimCardView found={f} claimsById={claimsById} onShowInPage={onShowInPage} />
          </li>
        ))}
      </ol>
    </section>
  );
}
