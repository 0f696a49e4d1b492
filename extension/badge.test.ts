import { expect, test } from 'vitest';
import type { Verdict } from '@/engine/types';
import { badgeFor } from './badge';
import type { TabState } from './protocol';

const verdicts: Record<string, Verdict> = {
  'russia-interfered-2016': 'supported',
  'putin-hackers-not-russian-state': 'misleading',
  'russia-did-not-interfere': 'contradicted',
};
const claim = (claimId: string, occurrence: number) => ({
  frameId: 0,
  occurrence,
  claimId,
  sentence: 's',
  start: 0,
  end: 1,
  score: 1,
});
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
  ['a story with no claims', state(true, []), { text: '✓', color: '#3c4a5e' }],
  ['one supported claim', state(true, ['russia-interfered-2016']), { text: '1', color: '#1e6b34' }],
  [
    'a misleading claim outranks a supported one, counted once each',
    state(true, ['russia-interfered-2016', 'putin-hackers-not-russian-state', 'russia-interfered-2016']),
    { text: '2', color: '#b34700' },
  ],
  [
    'a contradicted claim is the most serious',
    state(true, ['putin-hackers-not-russian-state', 'russia-did-not-interfere']),
    { text: '2', color: '#b3261e' },
  ],
  [
    'over 99 claims',
    state(
      true,
      Array.from({ length: 120 }, (_, i) => `c${i}`),
    ),
    { text: '99+', color: '#3c4a5e' },
  ],
])('%s', (_, input, expected) => {
  expect(badgeFor(input, (id) => verdicts[id])).toEqual(expected);
});
