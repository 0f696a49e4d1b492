import { useState } from 'preact/hooks';
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import type { EvidenceStatus } from '@/dataset/schema/claim';
import type { ClaimGroup } from './group-claims';
import { RelatedClaims } from './RelatedClaims';
import { SourceList } from './SourceList';
import { CopyCitation } from './search/CopyCitation';
import { VerdictChip } from './VerdictChip';

const EVIDENCE_NOTE: Record<Exclude<EvidenceStatus, 'verified'>, string> = {
  partly: 'Only part of this rating could be checked against the sources listed.',
  unverified: 'This rating could not be checked against an original source; treat it with care.',
};

interface Props {
  group: ClaimGroup;
  claimsById: Record<string, ClaimCard>;
  /** Absent for a claim opened from search or pasted text: there is no sentence in the page to show. */
  onShowInPage?: (occurrence: number) => void;
  /** What the quoted sentences are: "On this page:" unless said otherwise (pasted text). */
  sentenceLabel?: string;
  /** Open from the start (a test, a list of one, or a claim opened from search). */
  initiallyExpanded?: boolean;
  /** The ids of every claim the page makes, to group related claims. */
  onPage?: ReadonlySet<string>;
  /** Keeps the card's element ids apart from the page's cards (a claim opened from search). */
  idPrefix?: string;
}

/**
 * One claim found on the page, as a compact row (verdict, the claim in one line, how many of the
 * page's sentences make it) that expands in place to what the page says, how it rates, and where
 * that comes from.
 */
export function ClaimCardView({
  group,
  claimsById,
  onShowInPage,
  sentenceLabel = 'On this page:',
  initiallyExpanded = false,
  onPage,
  idPrefix = 'claim',
}: Props) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const { claim, sentences } = group;
  const key = claim.id.replace(/[^a-z0-9-]/gi, '');
  const headingId = `${idPrefix}-${key}-title`;
  const bodyId = `${idPrefix}-${key}-body`;
  const count = sentences.length;
  return (
    <article
      class={`claim-card${expanded ? ' claim-card--open' : ''}`}
      data-claim-id={claim.id}
      data-verdict={claim.verdict}
      aria-labelledby={headingId}
    >
      <h3 class="claim-card__heading">
        <button
          type="button"
          class="claim-card__toggle"
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={() => setExpanded(!expanded)}
        >
          <VerdictChip verdict={claim.verdict} />
          <span id={headingId} class="claim-card__claim">
            {claim.claim}
          </span>
          {onShowInPage && (
            <span class="claim-card__count" title={count === 1 ? '1 sentence on this page' : `${count} sentences`}>
              <span aria-hidden="true">×{count}</span>
              <span class="visually-hidden">
                {count === 1 ? ', 1 sentence on this page' : `, ${count} sentences on this page`}
              </span>
            </span>
          )}
        </button>
      </h3>
      {expanded && (
        <div id={bodyId} class="claim-card__body">
          {sentences.length > 0 && <p class="claim-card__label">{sentenceLabel}</p>}
          {sentences.map((s) => (
            <div key={s.occurrence} class="claim-card__quote">
              <blockquote class="claim-card__sentence">
                <p>{s.sentence}</p>
              </blockquote>
              {s.speaker && <p class="claim-card__speaker">Said by {s.speaker}, as the page reports it.</p>}
            </div>
          ))}
          <p class="claim-card__summary">{claim.summary}</p>
          {claim.evidenceStatus !== 'verified' && (
            <p class="claim-card__note" data-evidence-status={claim.evidenceStatus}>
              {EVIDENCE_NOTE[claim.evidenceStatus]}
            </p>
          )}
          {claim.context.length > 0 && (
            <details class="claim-card__section">
              <summary>Context</summary>
              <ul class="claim-card__context">
                {claim.context.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </details>
          )}
          {claim.sources.length > 0 && (
            <details class="claim-card__section">
              <summary>Sources ({claim.sources.length})</summary>
              <SourceList sources={claim.sources} />
            </details>
          )}
          <RelatedClaims ids={claim.related} claimsById={claimsById} onPage={onPage} />
          <div class="claim-card__actions">
            {onShowInPage &&
              sentences.map((s, i) => (
                <button
                  key={s.occurrence}
                  type="button"
                  class="button show-in-page"
                  onClick={() => onShowInPage(s.occurrence)}
                >
                  {count === 1 ? 'Show in page' : `Show sentence ${i + 1} in page`}
                </button>
              ))}
          </div>
          <CopyCitation claim={claim} />
        </div>
      )}
    </article>
  );
}
