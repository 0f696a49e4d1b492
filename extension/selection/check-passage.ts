// The background's answer to "check this passage": the engine's passage analysis, with what the
// in-page card and the popup show for each claim. Pure apart from its inputs.
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { analyzePassage } from '@/engine/analyze-passage';
import type { LoadedIndex } from '@/engine/match/load-index';
import type { PassageResult } from '../protocol';

export function checkPassage(text: string, index: LoadedIndex, cards: Map<string, ClaimCard>): PassageResult {
  return {
    claims: analyzePassage(text, index).flatMap((m) => {
      const card = cards.get(m.claimId);
      if (!card) return [];
      return [
        {
          claimId: m.claimId,
          sentence: m.sentence,
          verdict: card.verdict,
          claim: card.claim,
          summary: card.summary,
          context: card.context,
        },
      ];
    }),
  };
}
