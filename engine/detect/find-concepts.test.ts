import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../text/tokenize-text';
import { compileConcepts, findConcepts, findConceptsInTokens } from './find-concepts';
import { STORY_CONCEPTS } from './story-concepts';

const compiled = compileConcepts(STORY_CONCEPTS);

const viaTokens = (text: string) => findConceptsInTokens(text, tokenizeText(text), compiled);

// Pieces that stress the places a word-by-word scan could part from the regex scan: hyphens
// inside and after terms, contractions, dotted acronyms, digits glued to words, accents,
// Cyrillic, case, multi-word terms across line breaks.
const PIECES = [
  'Russia',
  'russia-linked',
  "Russia's",
  'Russia’s',
  'RUSSIAN',
  'Kremlin-backed',
  'pro-Kremlin',
  'election',
  'election-hacking',
  'election hack',
  'Election\nhacks',
  'special counsel',
  'special-counsel',
  'Internet Research Agency',
  'U.S.',
  'U.S.A.',
  'US',
  'us',
  'USA',
  'U.S',
  '2016',
  '2016th',
  '11.08.2016',
  '3,814',
  'thirty-five',
  "didn't",
  'cannot',
  "won't",
  'sow discord',
  'sowing-discord',
  'cyber-attack',
  'cyberattacks',
  'cyber attack',
  'Pútin',
  'Putin2',
  'Россия',
  'вмешательство',
  'Белый дом',
  'США',
  'GRU',
  'gru',
  'IRA',
  'dnc',
  'Democratic National Committee',
  'le pen',
  'north-korean',
  'the',
  'said',
  'and',
  '—',
  '–',
  '"',
  '“',
  '”',
  '(',
  '.',
  ',',
  '-',
  "'",
  ' ',
  ' ',
  '\n',
  '\n\n',
  'é',
  '\u0301',
  '𝐀',
  '9',
  'x',
];

describe('findConceptsInTokens', () => {
  test.each([
    'The Kremlin again denied that Russia meddled in the 2016 US presidential election.',
    'Russia-linked trolls ran fake accounts; the U.S. Justice Department charged 13 Russians.',
    'Песков заявил, что Россия не вмешивалась в американские выборы 11.08.2016.',
  ])('finds what the regex scan finds: %s', (text) => {
    expect(viaTokens(text)).toEqual(findConcepts(text, compiled));
  });

  test('finds what the regex scan finds on any mix of tricky pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(viaTokens(text)).toEqual(findConcepts(text, compiled));
      }),
      { numRuns: 3000 },
    );
  });

  test('finds what the regex scan finds on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (text) => {
        expect(viaTokens(text)).toEqual(findConcepts(text, compiled));
      }),
    );
  });
});
