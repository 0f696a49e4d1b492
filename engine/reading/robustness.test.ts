// Any input: never throws, offsets stay inside the sentence, the same input reads the same.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readSentence, readSentenceUnguarded } from './read-sentence';
import type { SentenceReading } from './types';

function inBounds(r: SentenceReading, length: number): boolean {
  const ok = (a: number, b: number) => Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= length;
  return (
    [...r.hedges, ...r.negations, ...r.topics].every((s) => ok(s.start, s.end)) &&
    r.attributions.every((a) => ok(a.contentStart, a.contentEnd) && ok(a.speakerStart, a.speakerEnd))
  );
}

// Words that trigger every rule, mixed with punctuation, so that the rules meet odd orders.
const WORDS = [
  'said',
  'denied',
  'that',
  'not',
  "n't",
  'no',
  'one',
  'few',
  'according',
  'to',
  'as',
  'saying',
  'quoted',
  'called',
  'a',
  'hoax',
  'is',
  'was',
  'it',
  'though',
  'but',
  'if',
  'had',
  'would',
  'have',
  'may',
  'claims',
  'probe',
  'the',
  'of',
  'into',
  'Lavrov',
  'officials',
  'asked',
  'whether',
  ',',
  '.',
  '?',
  '"',
  "'",
  ':',
  ';',
  '—',
  'There',
  'evidence',
  'who',
  'which',
  'Had',
  'latest',
  'on',
];

describe('robustness', () => {
  test('arbitrary strings never throw and keep offsets in bounds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const r = readSentenceUnguarded(s);
        expect(inBounds(r, s.length)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
  test('arbitrary sequences of cue words never throw and keep offsets in bounds', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }), (words) => {
        const s = words.join(' ');
        const r = readSentenceUnguarded(s);
        expect(inBounds(r, s.length)).toBe(true);
        expect(readSentence(s)).toEqual(r);
      }),
      { numRuns: 400 },
    );
  });
  test('empty, blank and non-string input give an empty reading', () => {
    for (const s of ['', '   ', '\n', undefined as unknown as string, 42 as unknown as string]) {
      expect(readSentence(s)).toEqual({
        question: false,
        heading: false,
        hedges: [],
        negations: [],
        attributions: [],
        topics: [],
      });
    }
  });
  test('a very long run-on sentence is read without throwing', () => {
    const s = Array.from(
      { length: 400 },
      (_, i) => `officials said the files were ${i % 3 ? 'not ' : ''}copied, though`,
    ).join(' ');
    const r = readSentenceUnguarded(s);
    expect(inBounds(r, s.length)).toBe(true);
    expect(r.attributions.length).toBeGreaterThan(100);
  });
});

test('text in another script gets an empty reading (the rules are English)', () => {
  const r = readSentence('Кремль отверг обвинения во вмешательстве в выборы.');
  expect(r).toEqual({ question: false, heading: false, hedges: [], negations: [], attributions: [], topics: [] });
});
