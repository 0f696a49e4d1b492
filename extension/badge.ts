// What the toolbar badge says for a tab: nothing off the story, otherwise the number of claims
// found, coloured by the most serious verdict among them.
import type { TabState } from './protocol';

export interface Badge {
  text: string;
  color: string;
}

const STORY_NO_CLAIMS_COLOR = '#4a5a70';
const CLAIMS_COLOR = '#1f3a5f';

export function badgeFor(state: TabState | undefined): Badge | null {
  if (!state?.aboutStory) return null;
  if (state.claims.length === 0) return { text: '✓', color: STORY_NO_CLAIMS_COLOR };
  const distinct = new Set(state.claims.map((c) => c.claimId)).size;
  return { text: distinct > 99 ? '99+' : String(distinct), color: CLAIMS_COLOR };
}
