import { describe, expect, test } from 'vitest';
import { compileIndex } from './compile-index';
import { TEST_CLAIMS, TEST_HINTS } from './test-index';

describe('compileIndex', () => {
  test('is deterministic and independent of hint order', () => {
    const a = JSON.stringify(compileIndex(TEST_CLAIMS, TEST_HINTS));
    const b = JSON.stringify(compileIndex(TEST_CLAIMS, [...TEST_HINTS].reverse()));
    expect(a).toBe(b);
  });

  test('stores stems and indexes each rule under its rarest group', () => {
    const index = compileIndex(TEST_CLAIMS, TEST_HINTS);
    expect(index.claimCount).toBe(TEST_CLAIMS.length);
    const constitution = index.payload.rules.find((r) => r.name === 'constitution bars it');
    expect(constitution?.all[0]?.alts).toEqual([['constitution']]);
    expect(index.payload.ruleTriggers.constitution).toContain(index.payload.rules.indexOf(constitution as never));
    expect(index.payload.quotes[0]?.fragments).toEqual([['prepar', 'to', 'look', 'at', 'them']]);
  });

  test.each([
    ['unknown claim', [{ claim: 'nope', rules: [] }], /unknown claim nope/],
    ['empty term', [{ claim: 'finding', rules: [{ name: 'x', all: [['...']] }] }], /has no words/],
    ['bad anchor', [{ claim: 'finding', rules: [{ name: 'x', all: [['a']], anchor: 2 }] }], /anchor 2/],
    [
      'unknown misattribution',
      [
        {
          claim: 'materials',
          rules: [],
          quotes: [{ fragments: ['a b'], speaker: 'X', aliases: ['x'], misattributed: 'nope' }],
        },
      ],
      /unknown claim nope/,
    ],
  ])('rejects %s', (_, hints, message) => {
    expect(() => compileIndex(TEST_CLAIMS, hints)).toThrow(message);
  });
});
