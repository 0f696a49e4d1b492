// What the toolbar badge says for a tab: nothing off the story; otherwise the number of distinct
// claims found, coloured by the most serious verdict among them.
import type { Verdict } from '@/engine/types';
import type { TabState } from './protocol';

export interface Badge {
  text: string;
  color: string;
}

/** Most serious first. Colours are dark enough for the badge's white text. */
export const VERDICT_SEVERITY: Array<[Verdict, string]> = [
  ['contradicted', '#b3261e'],
  ['misattributed', '#7b1fa2'],
  ['misleading', '#b34700'],
  ['unsupported', '#5f6368'],
  ['needs-context', '#8a6100'],
  ['supported', '#1e6b34'],
];

const STORY_NO_CLAIMS_COLOR = '#3c4a5e';

export function badgeFor(
  state: TabState | undefined,
  verdictOf: (claimId: string) => Verdict | undefined,
): Badge | null {
  if (!state?.aboutStory) return null;
  if (state.claims.length === 0) return { text: '✓', color: STORY_NO_CLAIMS_COLOR };
  const ids = new Set(state.claims.map((c) => c.claimId));
  const verdicts = new Set([...ids].map(verdictOf));
  const color = VERDICT_SEVERITY.find(([v]) => verdicts.has(v))?.[1] ?? STORY_NO_CLAIMS_COLOR;
  return { text: ids.size > 99 ? '99+' : String(ids.size), color };
}
