import { describe, expect, test } from 'vitest';
import { stemWord } from './stem-word';

describe('stemWord', () => {
  test.each([
    [['meddle', 'meddled', 'meddling', 'meddles'], 'meddl'],
    [['interfere', 'interfered', 'interfering', 'interferes'], 'interfer'],
    [['deny', 'denied', 'denies', 'denying'], 'deny'],
    [['expel', 'expelled', 'expels'], 'expel'],
    [['charge', 'charged', 'charges'], 'charg'],
    [['indict', 'indicted', 'indicts'], 'indict'],
    [['agency', 'agencies'], 'agency'],
    [['say', 'said', 'says'], 'say'],
  ])('%j all stem to %s', (words, stem) => {
    for (const word of words) expect(stemWord(word)).toBe(stem);
  });

  test.each([
    ['twelve', '12'],
    ['thirteen', '13'],
    ['us', 'us'],
    ['this', 'this'],
    ['press', 'press'],
    ['2016', '2016'],
  ])('%s → %s', (word, stem) => {
    expect(stemWord(word)).toBe(stem);
  });
});
