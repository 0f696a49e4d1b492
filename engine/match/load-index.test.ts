import { describe, expect, test } from 'vitest';
import { compileBundle } from '../../dataset/compile/compile-bundle';
import { loadDataset } from '../../dataset/load/load-dataset';
import { IndexLoadError, loadIndex } from './load-index';

// The shipped dataset's index, as the build compiles it.
const dataset = loadDataset();
const json = JSON.stringify(compileBundle(dataset).index);

function edited(change: (index: Record<string, unknown>) => void): string {
  const copy = JSON.parse(json) as Record<string, unknown>;
  change(copy);
  return JSON.stringify(copy);
}

describe('loadIndex', () => {
  test('loads JSON text and parsed JSON alike', () => {
    expect(loadIndex(json).claims.length).toBe(dataset.claims.length);
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
    ['altered payload', json.replace('"russia-interfered-2016"', '"russia-interfered-2017"'), /checksum mismatch/],
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
