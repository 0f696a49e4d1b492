import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { VerdictChip } from './VerdictChip';

interface Props {
  ids: string[];
  claimsById: Record<string, ClaimCard>;
  /** Claims the page itself makes: listed first, under their own heading. */
  onPage?: ReadonlySet<string>;
}

function Related({ claims }: { claims: ClaimCard[] }) {
  return (
    <ul class="related">
      {claims.map((c) => (
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
  );
}

/**
 * Related claims as one-liners that open in place: the popup is too small to navigate away from the
 * card the reader came for. Those the page also makes come first, apart from the rest of the story.
 * Ids missing from `claimsById` are skipped rather than shown broken.
 */
export function RelatedClaims({ ids, claimsById, onPage = new Set() }: Props) {
  const related = ids.map((id) => claimsById[id]).filter((c): c is ClaimCard => c !== undefined);
  if (related.length === 0) return null;
  const here = related.filter((c) => onPage.has(c.id));
  const elsewhere = related.filter((c) => !onPage.has(c.id));
  return (
    <details class="claim-card__section">
      <summary>Related claims ({related.length})</summary>
      {here.length > 0 && (
        <>
          <p class="related__group">Also on this page</p>
          <Related claims={here} />
        </>
      )}
      {here.length > 0 && elsewhere.length > 0 && <p class="related__group">Elsewhere in the story</p>}
      {elsewhere.length > 0 && <Related claims={elsewhere} />}
    </details>
  );
}
