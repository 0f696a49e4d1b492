import { expect, test } from 'vitest';
import { findCopiedRun, shingles } from './find-copied-runs';

const source = shingles(
  ['The grand jury charged thirteen people and three companies with a conspiracy to defraud.'],
  8,
);

test.each([
  [
    'a verbatim run of eight words',
    'Prosecutors said the grand jury charged thirteen people and three companies.',
    'the grand jury charged thirteen people and three',
  ],
  [
    'the same run in other case and punctuation',
    'THE GRAND JURY — charged thirteen people, and three companies!',
    'the grand jury charged thirteen people and three',
  ],
  ['seven shared words only', 'A grand jury charged thirteen people and three firms in February.', null],
  ['a paraphrase', 'Thirteen individuals and three firms were indicted for fraud.', null],
])('%s', (_, text, expected) => {
  expect(findCopiedRun(text, source, 8)).toBe(expected);
});
