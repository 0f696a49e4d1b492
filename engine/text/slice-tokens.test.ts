import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { splitSentences } from '../sentences/split-sentences';
import { sliceTokens } from './slice-tokens';
import { tokenizeText } from './tokenize-text';

// Pieces where a sentence edge and a token can meet: acronyms, numbers, contractions, compound
// numbers, quotes, line breaks, dots without a following space.
const PIECES = [
  'The U.S.',
  'U.S.Next',
  ' Senate',
  'thirty',
  ' five',
  '-five',
  '3.',
  '5',
  "didn't",
  "Russia's",
  'cannot',
  '. ',
  '.',
  '!',
  '? ',
  '"',
  '“',
  '”',
  '\n',
  '\n\n',
  ' ',
  'He said',
  'no',
  'Mr.',
  'word',
  'Word',
  'é',
  '𝐀',
];

function assertSlicesMatch(text: string): void {
  const tokens = tokenizeText(text);
  for (const sentence of splitSentences(text)) {
    expect(sliceTokens(text, tokens, sentence.start, sentence.end)).toEqual(
      tokenizeText(sentence.text, sentence.start),
    );
  }
}

describe('sliceTokens', () => {
  test.each([
    'He flew to the U.S. The talks began.',
    'It ended.Then it began again.',
    'They counted thirty\nfive ballots. Then forty-two.',
    "Russia's envoy didn't reply. The U.S.\n\nNext day, 3.5 percent.",
  ])('gives each sentence the tokens it would get alone: %s', (text) => {
    assertSlicesMatch(text);
  });

  test('gives each sentence the tokens it would get alone, on any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        assertSlicesMatch(pieces.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  test('and on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        assertSlicesMatch(text);
      }),
    );
  });
});
