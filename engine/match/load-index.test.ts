import { describe, expect, test } from 'vitest';
import { compileIndex } from './compile-index';
import { IndexLoadError, loadIndex } from './load-index';
import { TEST_CLAIMS, TEST_HINTS } from './test-index';

const json = JSON.stringify(compileIndex(TEST_CLAIMS, TEST_HINTS));

function edited(change: (index: Record<string, unknown>) => void): string {
  const copy = JSON.parse(json) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
}

describe('loadIndex', () => {
  test('loads JSON text and parsed JSON alike', () => {
    expect(loadIndex(json).claims.length).toBe(TEST_CLAIMS.length);
    expect(loadIndex(JSON.parse(json)).rules.length).toBeGreaterThan(0);
  });

  test.each([
    ['truncated JSON', json.slice(0, Math.floor(json.length / 2)), /not valid JSON/],
    ['not an object', '[]', /not an object/],
    [
      'wrong format',
      edited((i) => {
        i.format = 'other';
      }),
      /unknown format/,
    ],
    [
      'wrong version',
      edited((i) => {
        i.version = 99;
      }),
      /version 99/,
    ],
    ['altered payload', json.replace('"finding"', '"findinf"'), /checksum mismatch/],
    [
      'missing checksum',
      edited((i) => {
        delete i.checksum;
      }),
      /checksum missing/,
    ],
    [
      'claim count',
      edited((i) => {
        i.claimCount = 3;
      }),
      /claim count/,
    ],
  ])('%s throws IndexLoadError', (_, raw, message) => {
    expect(() => loadIndex(raw)).toThrow(IndexLoadError);
    expect(() => loadIndex(raw)).toThrow(message);
  });
});
