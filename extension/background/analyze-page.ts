// Runs the engine on an article the content script extracted, and shapes the result for the
// background's state, the badge and the page's highlights. Pure apart from its inputs.
import type { ClaimCard } from '@/dataset/compile/bundle-format';
import { analyzeText } from '@/engine/analyze';
import type { LoadedIndex } from '@/engine/match/load-index';
import { capClaims, clipSentence, MAX_SENTENCE_CHARS } from '../bound-state';
import type { AnalyzePage, FoundClaim, PageHighlights, TabState } from '../protocol';

/** Sentences the page is sent to highlight: every distinct claim, then repeats up to this many. */
export const MAX_HIGHLIGHTS = 500;

/**
 * `pageUrl` is where the browser says the message came from (the sender's URL), never what the
 * message says about itself.
 */
export function analyzePage(
  message: AnalyzePage,
  frameId: number,
  pageUrl: string,
  index: LoadedIndex,
  cards: Map<string, ClaimCard>,
): { state: TabState; highlights: PageHighlights } {
  const result = analyzeText(message.text, message.meta, index);
  // Matched sentences are quoted clipped; the offsets still span the whole sentence for highlighting.
  const claims: FoundClaim[] = result.matches.map((m, occurrence) => ({
    frameId,
    occurrence,
    claimId: m.claimId,
    sentence: clipSentence(result.text.slice(m.start, Math.min(m.end, m.start + MAX_SENTENCE_CHARS + 1))),
    start: m.start,
    end: m.end,
    score: Math.min(1, Math.max(0, m.score)),
    ...(m.speaker && { speaker: clipSpeaker(m.speaker) }),
  }));
  return {
    state: {
      url: pageUrl,
      aboutStory: result.aboutStory,
      score: result.score,
      evidence: result.evidence.slice(0, 8),
      claims,
    },
    highlights: {
      aboutStory: result.aboutStory,
      text: result.text,
      claims: capClaims(claims, MAX_HIGHLIGHTS).map((c) => {
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

/** The longest speaker kept: a name or a role, never a paragraph. */
const MAX_SPEAKER_CHARS = 80;

function clipSpeaker(speaker: string): string {
  const flat = speaker.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_SPEAKER_CHARS ? `${flat.slice(0, MAX_SPEAKER_CHARS - 1)}…` : flat;
}
