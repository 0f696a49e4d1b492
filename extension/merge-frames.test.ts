import { expect, test } from 'vitest';
import { mergeFrames } from './merge-frames';
import type { TabState } from './protocol';

const claim = (frameId: number, occurrence: number, claimId: string) => ({
  frameId,
  occurrence,
  claimId,
  sentence: 's',
  start: 0,
  end: 1,
  score: 1,
});
const top: TabState = { url: 'https://a.example.org', aboutStory: false, score: 0.1, evidence: ['putin'], claims: [] };
const frame: TabState = {
  url: 'https://b.example.org/embed',
  aboutStory: true,
  score: 0.8,
  evidence: ['indicted'],
  claims: [claim(7, 0, 'ira-indictment-13-3')],
};

test('a story inside an iframe makes the tab a story tab, with that frame’s claims and evidence', () => {
  expect(mergeFrames({ 0: top, 7: frame })).toEqual({
    url: 'https://b.example.org/embed',
    aboutStory: true,
    score: 0.8,
    evidence: ['indicted'],
    claims: [claim(7, 0, 'ira-indictment-13-3')],
  });
});

test('frames are merged top page first, and frames off the story add no claims', () => {
  const storyTop = { ...top, aboutStory: true, claims: [claim(0, 0, 'russia-interfered-2016')] };
  const offStory = { ...frame, aboutStory: false, claims: [claim(9, 0, 'treasury-sanctions-ira')] };
  const merged = mergeFrames({ 9: offStory, 7: frame, 0: storyTop });
  expect(merged.url).toBe('https://a.example.org');
  expect(merged.claims.map((c) => c.claimId)).toEqual(['russia-interfered-2016', 'ira-indictment-13-3']);
});

test('a tab with no frames is not about the story', () => {
  expect(mergeFrames({})).toEqual({ url: '', aboutStory: false, score: 0, evidence: [], claims: [] });
});
