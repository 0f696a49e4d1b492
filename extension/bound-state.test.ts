import { expect, test } from 'vitest';
import {
  boundFrameState,
  capClaims,
  clipSentence,
  MAX_CLAIMS_PER_FRAME,
  MAX_FRAMES_PER_TAB,
  MAX_SENTENCE_CHARS,
  withFrame,
} from './bound-state';
import type { FoundClaim, TabState } from './protocol';

const found = (occurrence: number, claimId: string, sentence = 's'): FoundClaim => ({
  frameId: 0,
  occurrence,
  claimId,
  sentence,
  start: 0,
  end: sentence.length,
  score: 1,
});
const state = (aboutStory: boolean, claims: FoundClaim[] = []): TabState => ({
  url: 'https://news.example.org/a',
  aboutStory,
  score: aboutStory ? 0.9 : 0.1,
  evidence: [],
  claims,
});

test('a long sentence is quoted clipped, with an ellipsis; a short one as it is', () => {
  const long = 'word '.repeat(100_000);
  expect(clipSentence(long)).toHaveLength(MAX_SENTENCE_CHARS);
  expect(clipSentence(long).endsWith('…')).toBe(true);
  expect(clipSentence('The Kremlin denied it.')).toBe('The Kremlin denied it.');
});

test('the cap on sentences keeps every distinct claim, in page order, before any repeat', () => {
  const many = Array.from({ length: 500 }, (_, i) => found(i, i % 50 === 0 ? `rare-${i}` : 'common'));
  const kept = capClaims(many, MAX_CLAIMS_PER_FRAME);
  expect(kept).toHaveLength(MAX_CLAIMS_PER_FRAME);
  expect(new Set(kept.map((c) => c.claimId))).toEqual(new Set(many.map((c) => c.claimId)));
  expect(kept.map((c) => c.occurrence)).toEqual([...kept.map((c) => c.occurrence)].sort((a, b) => a - b));
});

test('a frame’s state is kept small whatever the page: offsets stay, sentences and lists are cut', () => {
  const huge = 'x'.repeat(1_000_000);
  const bounded = boundFrameState({
    ...state(
      true,
      Array.from({ length: 1000 }, (_, i) => ({ ...found(i, `c${i % 7}`, huge), end: 1_000_000 })),
    ),
    url: `https://news.example.org/${huge}`,
    evidence: Array.from({ length: 100 }, () => huge),
  });
  expect(JSON.stringify(bounded).length).toBeLessThan(100_000);
  expect(bounded.claims.every((c) => c.end === 1_000_000)).toBe(true);
  expect(new Set(bounded.claims.map((c) => c.claimId)).size).toBe(7);
});

test('a tab keeps at most MAX_FRAMES_PER_TAB frames; the top page and story frames win the room', () => {
  let frames: Record<string, TabState> = {};
  for (let id = 1; id <= MAX_FRAMES_PER_TAB; id++) frames = withFrame(frames, id, state(id === 3));
  // Full: a new story frame takes the place of a frame off the story.
  frames = withFrame(frames, 40, state(true));
  expect(Object.keys(frames)).toHaveLength(MAX_FRAMES_PER_TAB);
  expect(frames['40']?.aboutStory).toBe(true);
  // Full of story frames: a new one is refused, the top page is always taken.
  for (let id = 50; id < 50 + MAX_FRAMES_PER_TAB; id++) frames = withFrame(frames, id, state(true));
  expect(Object.values(frames).every((f) => f.aboutStory)).toBe(true);
  expect(withFrame(frames, 99, state(true))['99']).toBeUndefined();
  const withTop = withFrame(frames, 0, state(false));
  expect(withTop['0']).toBeDefined();
  expect(Object.keys(withTop)).toHaveLength(MAX_FRAMES_PER_TAB);
  // A frame that reports again replaces its earlier result.
  expect(withFrame(withTop, 0, state(true))['0']?.aboutStory).toBe(true);
});
