// Limits on what the background keeps for a tab, so that no page, however long or strange, can
// make a write to storage.session fail (its quota is shared by every tab). Pure functions.
import type { FoundClaim, TabState } from './protocol';

/** Characters of a matched sentence kept for the popup; the offsets still mark the whole sentence. */
export const MAX_SENTENCE_CHARS = 600;
/** Sentences kept per frame: every distinct claim once, then later occurrences while room is left. */
export const MAX_CLAIMS_PER_FRAME = 100;
/** Frames kept per tab: the top page and the first frames that report. */
export const MAX_FRAMES_PER_TAB = 8;
const MAX_URL_CHARS = 2_000;
const MAX_EVIDENCE = 8;
const MAX_EVIDENCE_CHARS = 120;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** A sentence as the popup quotes it: at most MAX_SENTENCE_CHARS, with an ellipsis where it was cut. */
export function clipSentence(sentence: string): string {
  return clip(sentence, MAX_SENTENCE_CHARS);
}

/**
 * At most `max` claims in page order, keeping the first occurrence of every distinct claim before
 * any repeat, so the badge and the popup never lose a claim to the cap.
 */
export function capClaims<T extends Pick<FoundClaim, 'claimId'>>(claims: T[], max: number): T[] {
  if (claims.length <= max) return claims;
  const seen = new Set<string>();
  const firsts = new Set<number>();
  claims.forEach((c, i) => {
    if (!seen.has(c.claimId)) {
      seen.add(c.claimId);
      firsts.add(i);
    }
  });
  let room = Math.max(0, max - firsts.size);
  return claims.filter((_, i) => {
    if (firsts.has(i)) return true;
    if (room === 0) return false;
    room--;
    return true;
  });
}

/** One frame's state inside the limits. */
export function boundFrameState(state: TabState): TabState {
  return {
    url: clip(state.url, MAX_URL_CHARS),
    aboutStory: state.aboutStory,
    score: state.score,
    evidence: state.evidence.slice(0, MAX_EVIDENCE).map((e) => clip(e, MAX_EVIDENCE_CHARS)),
    claims: capClaims(state.claims, MAX_CLAIMS_PER_FRAME).map((c) => ({ ...c, sentence: clipSentence(c.sentence) })),
  };
}

/**
 * Adds one frame's state to a tab's frames. A frame already known is replaced; a new frame is
 * taken while there is room, the top page always, and otherwise in place of a frame off the story.
 */
export function withFrame(
  frames: Record<string, TabState>,
  frameId: number,
  state: TabState,
): Record<string, TabState> {
  const key = String(frameId);
  const next = { ...frames };
  if (!(key in next) && Object.keys(next).length >= MAX_FRAMES_PER_TAB) {
    const others = Object.keys(next).filter((k) => k !== '0');
    // Room is made from a frame off the story, or for the top page from the latest frame.
    const spare = others.find((k) => !next[k]?.aboutStory) ?? (frameId === 0 ? others.at(-1) : undefined);
    if (spare === undefined) return next;
    delete next[spare];
  }
  next[key] = boundFrameState(state);
  return next;
}
