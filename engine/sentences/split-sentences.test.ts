import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { rawPieces, splitSentences } from './split-sentences';

const texts = (input: string) => splitSentences(input).map((sentence) => sentence.text);

describe('splitSentences', () => {
  test.each([
    ['plain sentences', 'Moscow denied it. Washington disagreed.', ['Moscow denied it.', 'Washington disagreed.']],
    ['U.S. before a name', 'The U.S. Senate voted. It passed.', ['The U.S. Senate voted.', 'It passed.']],
    ['U.S. at a sentence end', 'He flew to the U.S. The talks began.', ['He flew to the U.S.', 'The talks began.']],
    ['titles', 'Mr. Putin met Dr. Lee. They spoke.', ['Mr. Putin met Dr. Lee.', 'They spoke.']],
    ['months', 'It aired on Jan. 5. Viewers watched.', ['It aired on Jan. 5.', 'Viewers watched.']],
    ['initials', 'Adviser H. R. McMaster spoke. He left.', ['Adviser H. R. McMaster spoke.', 'He left.']],
    [
      '"no" is a word unless a number follows',
      'He said no. Then he left. See No. 5 now.',
      ['He said no.', 'Then he left.', 'See No. 5 now.'],
    ],
    [
      'quote with two sentences',
      '"Never. Never," Putin said. He smiled.',
      ['"Never. Never," Putin said.', 'He smiled.'],
    ],
    [
      'curly quote',
      'She said: “It is done. We move on.” Then she left.',
      ['She said: “It is done. We move on.”', 'Then she left.'],
    ],
    [
      'headline line without a full stop',
      'Kremlin denies meddling\n\nThe Kremlin spoke.',
      ['Kremlin denies meddling', 'The Kremlin spoke.'],
    ],
    [
      'stray quote does not swallow the next paragraph',
      'He said "yes. Then\n\nA new paragraph.',
      ['He said "yes.', 'Then', 'A new paragraph.'],
    ],
    ['whitespace only', '  \n\t ', []],
  ])('%s', (_name, input, expected) => {
    expect(texts(input)).toEqual(expected);
  });

  test('offsets point at the trimmed sentence text', () => {
    const input = '  First one.   Second one.  ';
    expect(splitSentences(input)).toEqual([
      { text: 'First one.', start: 2, end: 12 },
      { text: 'Second one.', start: 15, end: 26 },
    ]);
  });

  test('any string: offsets lie inside the text and match the sentence', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (input) => {
        let previousEnd = 0;
        for (const sentence of splitSentences(input)) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeLessThanOrEqual(input.length);
          expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
          expect(sentence.text).toBe(sentence.text.trim());
          previousEnd = sentence.end;
        }
      }),
    );
  });

  test('stretches taken without the segmenter are the pieces it would give', () => {
    const parts = [
      'Word',
      'word',
      'Mr',
      'U.S',
      '3',
      '.',
      '!',
      '?',
      '. ',
      ' ',
      '  ',
      '\n',
      '\n\n',
      '"',
      "'",
      ')',
      '\r\n',
      'é',
      '”',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 60 }), (chosen) => {
        const text = chosen.join('');
        expect(rawPieces(text, 'en')).toEqual(rawPieces(text, 'en', true));
      }),
      { numRuns: 2000 },
    );
  });

  test('a 5 MB text finishes', () => {
    const input = 'Mr. Smith said "the U.S. will. wait" and left. '.repeat(110_000);
    expect(input.length).toBeGreaterThan(5_000_000);
    expect(splitSentences(input).length).toBeGreaterThan(100_000);
  });
});
