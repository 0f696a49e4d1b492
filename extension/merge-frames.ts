import type { TabState } from './protocol';

/**
 * A tab's state from its frames' states: about the story when any frame is, with every frame's
 * claims, the top page's first. The URL and evidence are those of the top page, or of the first
 * frame about the story when the top page is not.
 */
export function mergeFrames(frames: Record<string, TabState>): TabState {
  const ordered = Object.entries(frames)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, state]) => state);
  const lead = ordered.find((s) => s.aboutStory) ?? ordered[0];
  return {
    url: lead?.url ?? '',
    aboutStory: ordered.some((s) => s.aboutStory),
    score: Math.max(0, ...ordered.map((s) => s.score)),
    evidence: lead?.evidence ?? [],
    claims: ordered.filter((s) => s.aboutStory).flatMap((s) => s.claims),
  };
}
