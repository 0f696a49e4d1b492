import type { CompiledRule } from './index-format';
import { findAny, hasAny, type Span, surface, type TokenIndex } from './token-index';

export interface RuleHit {
  score: number;
  evidence: string[];
  /** Where the predicate was found: the reading is taken there. */
  anchor: Span;
}

/** Token gap between two spans; 0 when they touch or overlap. */
function gap(a: Span, b: Span): number {
  if (b.start > a.end) return b.start - a.end;
  if (a.start > b.end) return a.start - b.end;
  return 0;
}

/** Index of the first span starting at or after `position` (spans are sorted by start). */
function lowerBound(spans: Span[], position: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Phrases are a few tokens long, so the nearest span is among a few around the insertion
// point; binary search keeps a megabyte-long "sentence" from turning quadratic.
const NEIGHBOURS = 4;

function nearest(spans: Span[], to: Span): Span | undefined {
  const at = lowerBound(spans, to.start);
  let best: Span | undefined;
  let bestGap = Number.POSITIVE_INFINITY;
  for (let i = Math.max(0, at - NEIGHBOURS); i < Math.min(spans.length, at + NEIGHBOURS); i++) {
    const span = spans[i] as Span;
    const g = gap(span, to);
    if (g < bestGap) {
      best = span;
      bestGap = g;
    }
  }
  return best;
}

const LONGEST_PHRASE = 12;

interface Beside {
  spans: Span[];
  before: number;
  after: number;
}

/** Is one of the spans within `before` tokens before, or `after` tokens after, the anchor? */
function beside(anchor: Span, set: Beside): Span | undefined {
  const from = anchor.start - set.before - LONGEST_PHRASE;
  for (let i = lowerBound(set.spans, from); i < set.spans.length; i++) {
    const v = set.spans[i] as Span;
    if (v.start > anchor.end + set.after) break;
    if (set.before && v.end < anchor.start && anchor.start - v.end <= set.before) return v;
    if (set.after && v.start > anchor.end && v.start - anchor.end <= set.after) return v;
  }
  return undefined;
}

/**
 * Does the proposition occur in this sentence? Every slot must be filled; `unless` words without
 * a distance block the whole sentence, with one only the predicate occurrences they stand next
 * to. Each predicate occurrence that has every other slot in reach is a hit, first first: the
 * caller reads the sentence at each and keeps the first that makes the claim.
 */
export function* propositionHits(rule: CompiledRule, index: TokenIndex): Generator<RuleHit> {
  const occurrences: Span[][] = [];
  for (const group of rule.all) {
    const spans = findAny(index, group.alts);
    if (spans.length === 0) return;
    occurrences.push(spans);
  }
  const needed: Beside[] = [];
  for (const near of rule.near) {
    const spans = findAny(index, near.alts);
    if (spans.length === 0) return;
    needed.push({ spans, before: near.before, after: near.after });
  }
  const local: Beside[] = [];
  for (const veto of rule.none) {
    if (!veto.before && !veto.after) {
      if (hasAny(index, veto.alts)) return;
      continue;
    }
    const spans = findAny(index, veto.alts);
    if (spans.length > 0) local.push({ spans, before: veto.before, after: veto.after });
  }
  const anchors = occurrences[rule.anchor] as Span[];
  for (const anchor of anchors) {
    if (local.some((veto) => beside(anchor, veto))) continue;
    const nearby = needed.map((near) => beside(anchor, near));
    if (nearby.some((span) => !span)) continue;
    const picks: Span[] = [];
    let ok = true;
    for (let g = 0; g < occurrences.length; g++) {
      if (g === rule.anchor) {
        picks.push(anchor);
        continue;
      }
      const pick = nearest(occurrences[g] as Span[], anchor);
      if (!pick || (rule.span > 0 && gap(pick, anchor) > rule.span)) {
        ok = false;
        break;
      }
      picks.push(pick);
    }
    if (!ok) continue;
    const words = picks.map((span, g) => describe(index, span, rule.all[g]?.number));
    for (const span of nearby) if (span) words.push(describe(index, span));
    const evidence = [`${rule.name}: ${words.join(' + ')}`];
    let score = rule.weight;
    const context = findAny(index, rule.context);
    if (context.length > 0) {
      const seen = [...new Set(context.map((span) => surface(index, span)))].slice(0, 3);
      score += 0.05 * seen.length;
      evidence.push(`context: ${seen.map((s) => `"${s}"`).join(', ')}`);
    }
    yield { score: Math.min(1, Math.max(0.05, score)), evidence, anchor };
  }
}

function describe(index: TokenIndex, span: Span, isNumber?: boolean): string {
  const text = `"${surface(index, span)}"`;
  return isNumber ? `number ${text}` : text;
}
