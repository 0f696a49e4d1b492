import type { ClaimCard } from '@/dataset/compile/bundle-format';
import type { EvidenceStatus } from '@/dataset/schema/claim';
import type { FoundClaimView } from '@/extension/view-model';
import { RelatedClaims } from './RelatedClaims';
import { SourceList } from './SourceList';
import { CopyCitation } from './search/CopyCitation';
import { VerdictChip } from './VerdictChip';

const EVIDENCE_NOTE: Record<Exclude<EvidenceStatus, 'verified'>, string> = {
  partly: 'Only part of this rating could be checked against the sources listed.',
  unverified: 'This rating could not be checked against an original source; treat it with care.',
};

interface Props {
  found: FoundClaimView;
  claimsById: Record<string, ClaimCard>;
  /** Absent for a claim opened from search or pasted text: there is no sentence in the page to show. */
  onShowInPage?: (occurrence: number) => void;
  /** What the quoted sentence is: "On this page:" unless said otherwise (pasted text). */
  sentenceLabel?: string;
}

/** One claim found on the page: what the page says, how it rates, and where that comes from. */
export function ClaimCardView({ found, claimsById, onShowInPage, sentenceLabel = 'On this page:' }: Props) {
  const { claim, sentence, occurrence } = found;
  const headingId = `claim-${occurrence}-title`;
  return (
    <article class="claim-card" data-claim-id={claim.id} data-verdict={claim.verdict} aria-labelledby={headingId}>
      <VerdictChip verdict={claim.verdict} />
      <h3 id={headingId} class="claim-card__claim">
        {claim.claim}
      </h3>
      {sentence && (
        <>
          <p class="claim-card__label">{sentenceLabel}</p>
          <blockquote class="claim-card__sentence">
            <p>{sentence}</p>
          </blockquote>
        </>
      )}
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
      <RelatedClaims ids={claim.related} claimsById={claimsById} />
      {onShowInPage && (
        <button type="button" class="button show-in-page" onClick={() => onShowInPage(occurrence)}>
          Show in page
        </button>
      )}
      <CopyCitation claim={claim} />
    </article>
  );
}
