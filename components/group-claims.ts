// The popup lists claims, not sentences: one claim made by several sentences is one row, placed
// where the page first makes it.
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import type { Verdict } from '@/engine/types';
import type { FoundClaimView } from '@/extension/view-model';

export interface ClaimGroup {
  claim: ClaimCard;
  /** The page's sentences that make the claim, in page order. */
  sentences: FoundClaimView[];
}

export function groupByClaim(found: FoundClaimView[]): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  for (const f of found) {
    const group = groups.get(f.claim.id);
    if (group) group.sentences.push(f);
    else groups.set(f.claim.id, { claim: f.claim, sentences: [f] });
  }
  return [...groups.values()];
}

/** How many claims (not sentences) have each verdict, most serious first. */
export function countVerdicts(groups: ClaimGroup[]): Array<[Verdict, number]> {
  const counts = new Map<Verdict, number>();
  for (const g of groups) counts.set(g.claim.verdict, (counts.get(g.claim.verdict) ?? 0) + 1);
  return VERDICT_ORDER.flatMap((v) => (counts.has(v) ? [[v, counts.get(v) as number] as [Verdict, number]] : []));
}

/** Most serious first: the order of the summary bar. */
export const VERDICT_ORDER: Verdict[] = [
  'contradicted',
  'misattributed',
  'misleading',
  'unsupported',
  'needs-context',
  'supported',
];
