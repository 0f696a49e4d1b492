import { expect, test } from 'vitest';
import { badgeFor } from './badge';
import type { TabState } from './protocol';

const claim = (claimId: string) => ({ claimId, sentence: 's', start: 0, end: 1, score: 1 });
const state = (aboutStory: boolean, ids: string[]): TabState => ({
  url: 'https://a.example.org',
  aboutStory,
  score: 1,
  evidence: [],
  claims: ids.map(claim),
});

test.each([
  ['no result', undefined, null],
  ['not a story', state(false, []), null],
  ['a story with no claims', state(true, []), '✓'],
  ['two distinct claims, one twice', state(true, ['a', 'b', 'a']), '2'],
  [
    'over 99 claims',
    state(
      true,
      Array.from({ length: 120 }, (_, i) => `c${i}`),
    ),
    '99+',
  ],
])('%s', (_, input, text) => {
  expect(badgeFor(input)?.text ?? null).toBe(text);
});
