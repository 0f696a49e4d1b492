// How a checked sentence is marked in the page, per verdict: a colour, and a line pattern so the
// mark differs in shape too (colour is never the only cue). Three groups of pattern: solid for
// "supported", dashed for "needs care" (needs context, misleading), dotted for "not established"
// (unsupported) and double for "wrong" (contradicted, misattributed).
import type { Verdict } from '@/engine/types';

export type MarkPattern = 'solid' | 'dashed' | 'dotted' | 'double';

export interface VerdictMark {
  /** The underline's colour: mid-tones that stand out on light and dark pages alike. */
  line: string;
  /** The full highlight's fill: the same hue, translucent, drawn under nothing but over the text box. */
  fill: [number, number, number, number];
  pattern: MarkPattern;
}

export const VERDICT_MARK: Record<Verdict, VerdictMark> = {
  supported: { line: '#2e9e4f', fill: [46, 160, 67, 0.22], pattern: 'solid' },
  'needs-context': { line: '#c99a06', fill: [212, 160, 23, 0.26], pattern: 'dashed' },
  misleading: { line: '#e0701a', fill: [230, 120, 20, 0.26], pattern: 'dashed' },
  contradicted: { line: '#e0443e', fill: [220, 50, 47, 0.24], pattern: 'double' },
  unsupported: { line: '#8a8f98', fill: [120, 120, 120, 0.24], pattern: 'dotted' },
  misattributed: { line: '#a35cd6', fill: [150, 60, 200, 0.22], pattern: 'double' },
};

export function markFor(verdict: string): VerdictMark {
  return VERDICT_MARK[verdict as Verdict] ?? VERDICT_MARK.unsupported;
}

type Rgb = [number, number, number];

/** A translucent fill over an opaque colour. */
export function composite([r, g, b, a]: VerdictMark['fill'], under: Rgb): Rgb {
  return [r * a + under[0] * (1 - a), g * a + under[1] * (1 - a), b * a + under[2] * (1 - a)];
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG 2 contrast ratio between two opaque colours. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
