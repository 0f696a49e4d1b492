import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { VerdictChip } from './VerdictChip';

/**
 * Related claims as one-liners that open in place: the popup is too small to navigate away from the
 * card the reader came for. Ids missing from `claimsById` are skipped rather than shown broken.
 */
export function RelatedClaims({ ids, claimsById }: { ids: string[]; claimsById: Record<string, ClaimCard> }) {
  const related = ids.map((id) => claimsById[id]).filter((c): c is ClaimCard => c !== undefined);
  if (related.length === 0) return null;
  return (
    <details class="claim-card__section">
      <summary>Related claims ({related.length})</summary>
      <ul class="related">
        {related.map((c) => (
          <li key={c.id}>
            <details class="related__claim" data-claim-id={c.id}>
              <summary>
                <VerdictChip verdict={c.verdict} /> {c.claim}
              </summary>
              <p>{c.summary}</p>
            </details>
          </li>
        ))}
      </ul>
    </details>
  );
}
