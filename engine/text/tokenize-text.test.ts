import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stemPhrase, tokenizeText } from './tokenize-text';

describe('tokenizeText', () => {
  test.each([
    ["Russia didn't meddle", ['russia', 'did', 'not', 'meddl']],
    ['The Kremlin cannot deny it', ['the', 'kremlin', 'can', 'not', 'deny', 'it']],
    ["Moscow won't extradite", ['moscow', 'wil', 'not', 'extradit']],
    ['the U.S. election', ['the', 'us', 'election']],
    ["Putin's “assertion”", ['putin', 'assertion']],
    ['3,814 accounts', ['3814', 'account']],
    ['thirty-five diplomats', ['35', 'diplomat']],
    ['thirteen Russians', ['13', 'russian']],
    ['Déjà vu — naïve', ['deja', 'vu', 'naiv']],
  ])('%s', (text, stems) => {
    expect(tokenizeText(text).map((t) => t.stem)).toEqual(stems);
  });

  test('offsets point at the original words, shifted by the offset given', () => {
    const text = 'Hello “U.S.” world';
    const tokens = tokenizeText(text, 100);
    expect(tokens.map((t) => text.slice(t.start - 100, t.end - 100))).toEqual(['Hello', 'U.S.', 'world']);
    expect(tokens.map((t) => t.cap)).toEqual([true, true, false]);
  });

  test('stemPhrase matches how text is tokenized', () => {
    expect(stemPhrase('official channels')).toEqual(['official', 'channel']);
    expect(stemPhrase('yelling and hollering')).toEqual(['yel', 'and', 'holler']);
  });

  test('any string tokenizes without throwing and with offsets inside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const token of tokenizeText(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.start).toBeLessThan(token.end);
        }
      }),
    );
  });
});
