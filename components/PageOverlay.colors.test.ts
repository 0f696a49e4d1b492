// The in-page card's text colours, read from its stylesheet: WCAG AA (4.5:1) in light and dark.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import { contrastRatio } from './verdict-marks';

const css = readFileSync(resolve('components/PageOverlay.css'), 'utf8');
const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

function variables(block: string): Record<string, [number, number, number]> {
  return Object.fromEntries(
    Array.from(block.matchAll(/--(bs-[a-z]+):\s*(#[0-9a-f]{6})/gi), (m) => [m[1], rgb(m[2] as string)]),
  );
}

const light = variables(css.slice(css.indexOf('.bs-root {'), css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = variables(css.slice(css.indexOf('@media (prefers-color-scheme: dark)')));

test.each([
  ['light', light],
  ['dark', dark],
])('%s: text, muted text, links and the launcher button reach 4.5:1', (_, v) => {
  const bg = v['bs-bg'] as [number, number, number];
  for (const name of ['bs-fg', 'bs-muted', 'bs-accent'])
    expect(contrastRatio(v[name] as never, bg)).toBeGreaterThanOrEqual(4.5);
  // The launcher: the background colour as text on the accent.
  expect(contrastRatio(bg, v['bs-accent'] as never)).toBeGreaterThanOrEqual(4.5);
});

test('verdict chips: white text on each chip colour reaches 4.5:1', () => {
  const chips = Array.from(css.matchAll(/\.bs-chip--[a-z-]+ \{\s*background: (#[0-9a-f]{6})/gi), (m) => m[1] as string);
  expect(chips).toHaveLength(6);
  for (const chip of chips) expect(contrastRatio([255, 255, 255], rgb(chip))).toBeGreaterThanOrEqual(4.5);
});
