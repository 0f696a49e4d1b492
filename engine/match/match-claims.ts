import type { ClaimMatch, Sentence } from '../types';
import { evaluateRule } from './evaluate-rule';
import { creditsSpeaker, findSpeaker } from './find-speaker';
import type { CompiledQuote } from './index-format';
import type { LoadedIndex } from './load-index';
import { findAny, indexSentence, surface, type TokenIndex } from './token-index';

export interface MatchOptions {
  /** The page headline; matched like a sentence but never used to resolve pronouns. */
  headline?: Sentence;
}

type Found = Map<number, { score: number; evidence: string[] }>;

function keep(found: Found, claim: number, score: number, evidence: string[]): void {
  const previous = found.get(claim);
  if (!previous || score > previous.score) found.set(claim, { score, evidence });
}

/** Rules whose trigger stems occur in the sentence: the only ones worth evaluating. */
function candidates(triggers: Map<string, number[]>, index: TokenIndex): number[] {
  const ids = new Set<number>();
  for (const stem of index.positions.keys()) {
    const list = triggers.get(stem);
    if (list) for (const id of list) ids.add(id);
  }
  return [...ids].sort((a, b) => a - b);
}

function matchQuote(quote: CompiledQuote, sentences: TokenIndex[], at: number, found: Found): void {
  const own = sentences[at] as TokenIndex;
  const spans = findAny(own, quote.fragments);
  const span = spans[0];
  if (!span) return;
  const fragment = `quote "${surface(own, span)}" (words of ${quote.speaker})`;
  const credit = findSpeaker(sentences, at, span.start, span.end);
  if (credit.kind === 'none') {
    keep(found, quote.claim, 0.6, [fragment, 'speaker not named nearby']);
  } else if (creditsSpeaker(credit, quote.aliases)) {
    keep(found, quote.claim, 0.9, [fragment, `credited to ${credit.text}`]);
  } else if (quote.misattributed >= 0) {
    keep(found, quote.misattributed, 0.85, [fragment, `but credited to ${credit.text}`]);
  }
}

function matchOne(index: LoadedIndex, sentences: TokenIndex[], at: number): ClaimMatch[] {
  const own = sentences[at] as TokenIndex;
  if (own.tokens.length === 0) return [];
  const found: Found = new Map();
  for (const id of candidates(index.ruleTriggers, own)) {
    const rule = index.rules[id];
    if (!rule) continue;
    const hit = evaluateRule(rule, own);
    if (hit) keep(found, rule.claim, hit.score, hit.evidence);
  }
  for (const id of candidates(index.quoteTriggers, own)) {
    const quote = index.quotes[id];
    if (quote) matchQuote(quote, sentences, at, found);
  }
  const { start, end } = own.sentence;
  return [...found.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([claim, hit]) => ({
      claimId: (index.claims[claim] as { id: string }).id,
      start,
      end,
      score: Math.round(hit.score * 1000) / 1000,
      evidence: hit.evidence,
    }));
}

function isSentence(value: unknown): value is Sentence {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Sentence;
  return typeof s.text === 'string' && Number.isFinite(s.start) && Number.isFinite(s.end);
}

/**
 * Finds the catalogue claims each sentence makes. A sentence may make several claims; each
 * match carries the sentence's offsets, a score in (0, 1] and the evidence that made it.
 */
export function matchClaims(index: LoadedIndex, sentences: Sentence[], options: MatchOptions = {}): ClaimMatch[] {
  const list = Array.isArray(sentences) ? sentences.filter(isSentence) : [];
  const indexed = list.map(indexSentence);
  const matches: ClaimMatch[] = [];
  if (options.headline && isSentence(options.headline)) {
    matches.push(...matchOne(index, [indexSentence(options.headline)], 0));
  }
  for (let i = 0; i < indexed.length; i++) matches.push(...matchOne(index, indexed, i));
  return matches;
}
