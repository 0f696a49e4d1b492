// Runs the engine on an article the content script extracted, and shapes the result for the
// background's state, the badge and the page's highlights. Pure apart from its inputs.
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { analyzeText } from '@/engine/analyze';
import type { LoadedIndex } from '@/engine/match/load-index';
import type { AnalyzePage, FoundClaim, PageHighlights, TabState } from '../protocol';

export function analyzePage(
  message: AnalyzePage,
  frameId: number,
  index: LoadedIndex,
  cards: Map<string, ClaimCard>,
): { state: TabState; highlights: PageHighlights } {
  const result = analyzeText(message.text, message.meta, index);
  const claims: FoundClaim[] = result.matches.map((m, occurrence) => ({
    frameId,
    occurrence,
    claimId: m.claimId,
    sentence: result.text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    score: Math.min(1, Math.max(0, m.score)),
  }));
  return {
    state: {
      url: message.meta.url,
      aboutStory: result.aboutStory,
      score: result.score,
      evidence: result.evidence.slice(0, 8),
      claims,
    },
    highlights: {
      aboutStory: result.aboutStory,
      text: result.text,
      claims: claims.map((c) => {
        const card = cards.get(c.claimId);
        return {
          ...c,
          verdict: card?.verdict ?? 'needs-context',
          summary: card?.summary ?? '',
          claim: card?.claim ?? '',
          context: card?.context ?? [],
        };
      }),
    },
  };
}
