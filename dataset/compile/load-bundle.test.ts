// The bundle the extension ships: built from the real dataset, and refused when damaged.
import bundleJson from 'virtual:backstory-dataset';
import { describe, expect, test } from 'vitest';
import { IndexLoadError } from '../../engine/match/load-index';
import { BundleLoadError, loadBundle } from './load-bundle';

describe('loadBundle', () => {
  test('loads the compiled dataset with every claim, primary sources first', () => {
    const b = loadBundle(bundleJson);
    expect(b.claimCount).toBe(85);
    expect(b.index.claims).toHaveLength(85);
    for (const c of b.claims) {
      const ranks = c.sources.map((s) => (s.kind === 'primary' ? 0 : 1));
      expect(ranks, c.id).toEqual([...ranks].sort());
    }
  });

  test.each([
    ['truncated text', (t: string) => t.slice(0, Math.floor(t.length / 2)), BundleLoadError],
    ['an empty file', () => '', BundleLoadError],
    ['a claim dropped', (t: string) => mutate(t, (b) => b.claims.pop()), BundleLoadError],
    [
      'a verdict edited inside the index',
      (t: string) => mutate(t, (b) => (b.index.payload.claims[0].verdict = 'supported-ish')),
      IndexLoadError,
    ],
    ['an index rule removed', (t: string) => mutate(t, (b) => b.index.payload.rules.pop()), IndexLoadError],
    ['another format version', (t: string) => mutate(t, (b) => (b.formatVersion = 2)), BundleLoadError],
  ])('fails loudly on %s', (_, damage, error) => {
    expect(() => loadBundle(damage(bundleJson))).toThrow(error);
  });
});

// biome-ignore lint/suspicious/noExplicitAny: the test reaches into raw JSON to damage it
function mutate(text: string, edit: (b: any) => void): string {
  const b = JSON.parse(text);
  edit(b);
  return JSON.stringify(b);
}
