import { expect, test } from 'vitest';
import type { Verdict } from '@/engine/types';
import { composite, contrastRatio, markFor, VERDICT_MARK } from './verdict-marks';

// Typical article colours: dark text on white, light text on near-black.
const PAGES: Array<[string, [number, number, number], [number, number, number]]> = [
  ['light', [34, 34, 34], [255, 255, 255]],
  ['dark', [224, 224, 224], [18, 18, 18]],
];

test.each(Object.keys(VERDICT_MARK) as Verdict[])(
  'a full %s highlight keeps the text at WCAG AA contrast (4.5:1) on light and dark pages',
  (verdict) => {
    for (const [, text, background] of PAGES) {
      const fill = VERDICT_MARK[verdict].fill;
      // The fill is drawn over the text's box: text and background are both seen through it.
      expect(contrastRatio(composite(fill, text), composite(fill, background))).toBeGreaterThanOrEqual(4.5);
    }
  },
);

test('the underline stands apart from both a light and a dark page (3:1 for non-text marks)', () => {
  for (const { line } of Object.values(VERDICT_MARK)) {
    const rgb = [1, 3, 5].map((i) => Number.parseInt(line.slice(i, i + 2), 16)) as [number, number, number];
    const best = Math.max(contrastRatio(rgb, [255, 255, 255]), contrastRatio(rgb, [18, 18, 18]));
    expect(best).toBeGreaterThanOrEqual(3);
  }
});

test('each group of verdicts has its own line pattern', () => {
  expect(VERDICT_MARK.supported.pattern).toBe('solid');
  expect(VERDICT_MARK['needs-context'].pattern).toBe(VERDICT_MARK.misleading.pattern);
  expect(VERDICT_MARK.contradicted.pattern).toBe(VERDICT_MARK.misattributed.pattern);
  const groups = new Set(Object.values(VERDICT_MARK).map((m) => m.pattern));
  expect(groups.size).toBe(4);
});

test('an unknown verdict gets a neutral mark rather than none', () => {
  expect(markFor('made-up')).toBe(VERDICT_MARK.unsupported);
});
