import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildIndexFromDisk } from '../scripts/lib/build-index-from-disk';
import { analyzeText } from './analyze';
import { analyzeDocument } from './analyze-document';
import { extractArticle } from './extract/extract-article';
import { passesGate } from './gate/passes-gate';
import { readPageMeta } from './gate/read-page-meta';

// One loop over tests/fixtures/articles/<case>/{page.html, expected.json}: pages we wrote, in
// realistic news markup, run through the gate and the whole pipeline with the real dataset.
const FIXTURES = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles');

interface Expected {
  gate: boolean;
  aboutStory: boolean;
  claims: string[];
  /** Page chrome (ads, comments, footers) that must not reach the article text. */
  absent?: string[];
}

const cases = readdirSync(FIXTURES).map((name) => ({
  name,
  html: readFileSync(join(FIXTURES, name, 'page.html'), 'utf8'),
  expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected,
}));

const index = buildIndexFromDisk();
const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe('fixture articles', () => {
  test.each(cases)('$name', ({ html, expected }) => {
    const doc = parse(html);
    expect(passesGate(readPageMeta(doc)).pass).toBe(expected.gate);
    const text = extractArticle(doc).text;
    for (const noise of expected.absent ?? []) expect(text).not.toContain(noise);
    const result = analyzeDocument(doc, index);
    expect(result.aboutStory).toBe(expected.aboutStory);
    expect([...new Set(result.matches.map((match) => match.claimId))].sort()).toEqual([...expected.claims].sort());
    for (const match of result.matches) {
      expect(match.start).toBeGreaterThanOrEqual(0);
      expect(match.end).toBeLessThanOrEqual(result.text.length);
    }
  });
});

describe('analyzeText', () => {
  test('a page not about the story gets no matches unless asked', () => {
    const meta = { url: '', title: 'Lemon chicken' };
    expect(analyzeText('Roast the chicken. Serve it hot.', meta, index)).toMatchObject({
      aboutStory: false,
      matches: [],
    });
  });

  test('a headline missing from the text is prepended, so offsets stay valid', () => {
    const result = analyzeText('Body text here.', { url: '', title: 'The headline' }, index);
    expect(result.text).toBe('The headline\n\nBody text here.');
  });

  test('any string never throws and offsets lie inside the text', () => {
    const words = fc.constantFrom(
      'Russia',
      'meddled',
      'in the 2016 US election.',
      'Putin',
      'denied',
      '"',
      'U.S.',
      '13',
      'Mueller',
      ' ',
      '\n\n',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(words, fc.string({ maxLength: 20 })), { maxLength: 60 }),
        fc.string({ maxLength: 40 }),
        (parts, title) => {
          const result = analyzeText(parts.join(' '), { url: '', title }, index, { always: true });
          for (const match of result.matches) {
            expect(match.start).toBeGreaterThanOrEqual(0);
            expect(match.end).toBeLessThanOrEqual(result.text.length);
            expect(match.start).toBeLessThanOrEqual(match.end);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test('a 5 MB text finishes', () => {
    const text = 'The Kremlin denied that Russia meddled in the 2016 US election. '.repeat(80_000);
    expect(analyzeText(text, { url: '', title: '' }, index).aboutStory).toBe(true);
  }, 30_000);
});
