import { sliceTokens } from '../text/slice-tokens';
import type { Token } from '../text/tokenize-text';
import type { ClaimMatch, Sentence } from '../types';
import { evaluateRule } from './evaluate-rule';
import { creditsSpeaker, findSpeaker } from './find-speaker';
import type { CompiledQuote } from './index-format';
import type { LoadedIndex } from './load-index';
import {
  findAny,
  indexSentence,
  positionsOf,
  type SentenceScan,
  scanFor,
  surface,
  type TokenIndex,
} from './token-index';

export interface MatchOptions {
  /** The page headline; matched like a sentence but never used to resolve pronouns. */
  headline?: Sentence;
  /**
   * The text the sentences' offsets point into, with tokenizeText(text): each sentence then
   * takes its share of these tokens instead of being tokenised again.
   */
  tokenized?: { text: string; tokens: Token[] };
}

type Found = Map<number, { score: number; evidence: string[] }>;

function keep(found: Found, claim: number, score: number, evidence: string[]): void {
  const previous = found.get(claim);
  if (!previous || score > previous.score) found.set(claim, { score, evidence });
}

const NONE: number[] = [];

/**
 * Ids (ascending) of the entries whose trigger stems occur in the sentence, each once. `seen`
 * holds, per entry, the last sentence that listed it: no set is built per sentence.
 */
function candidates(triggers: (number[] | undefined)[], scan: SentenceScan, seen: Int32Array, stamp: number): number[] {
  let ids: number[] = NONE;
  for (let k = 0; k < scan.count; k++) {
    const list = triggers[scan.present[k] as number];
    if (!list) continue;
    for (const id of list) {
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      if (ids === NONE) ids = [];
      ids.push(id);
    }
  }
  return ids.length > 1 ? ids.sort((a, b) => a - b) : ids;
}

/** Every required group has one of its first stems in the sentence: worth a full evaluation. */
function mayHold(required: Int32Array[], scan: SentenceScan): boolean {
  const { stamp, serial } = scan;
  for (const group of required) {
    let present = false;
    for (let g = 0; g < group.length; g++) {
      if (stamp[group[g] as number] === serial) {
        present = true;
        break;
      }
    }
    if (!present) return false;
  }
  return true;
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

interface Seen {
  rules: Int32Array;
  quotes: Int32Array;
  stamp: number;
}

function matchOne(index: LoadedIndex, sentences: TokenIndex[], at: number, seen: Seen, out: ClaimMatch[]): void {
  const own = sentences[at] as TokenIndex;
  const scan = positionsOf(own);
  if (scan.count === 0) return;
  const stamp = ++seen.stamp;
  const rules = candidates(index.ruleTriggersById, scan, seen.rules, stamp);
  const quotes = candidates(index.quoteTriggersById, scan, seen.quotes, stamp);
  if (rules.length === 0 && quotes.length === 0) return;
  const found: Found = new Map();
  for (const id of rules) {
    const rule = index.rules[id];
    if (!rule || !mayHold(index.required[id] as Int32Array[], positionsOf(own))) continue;
    const hit = evaluateRule(rule, own);
    if (hit) keep(found, rule.claim, hit.score, hit.evidence);
  }
  for (const id of quotes) {
    const quote = index.quotes[id];
    if (quote) matchQuote(quote, sentences, at, found);
  }
  if (found.size === 0) return;
  const { start, end } = own.sentence;
  for (const [claim, hit] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    out.push({
      claimId: (index.claims[claim] as { id: string }).id,
      start,
      end,
      score: Math.round(hit.score * 1000) / 1000,
      evidence: hit.evidence,
    });
  }
}

function isSentence(value: unknown): value is Sentence {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Sentence;
  return typeof s.text === 'string' && Number.isFinite(s.start) && Number.isFinite(s.end);
}

function tokensOf(sentence: Sentence, tokenized: MatchOptions['tokenized']): Token[] | undefined {
  if (!tokenized) return undefined;
  const { start, end, text } = sentence;
  // Only a sentence that is exactly its stretch of the text may share the text's tokens.
  if (start < 0 || end > tokenized.text.length || end - start !== text.length) return undefined;
  if (text.length > 0 && (tokenized.text[start] !== text[0] || tokenized.text[end - 1] !== text[text.length - 1])) {
    return undefined;
  }
  return sliceTokens(tokenized.text, tokenized.tokens, start, end);
}

/**
 * Finds the catalogue claims each sentence makes. A sentence may make several claims; each
 * match carries the sentence's offsets, a score in (0, 1] and the evidence that made it.
 * Cost follows the rules a sentence can satisfy, not the size of the index: a rule is looked
 * at only when its trigger stem occurs, and evaluated only when every required group can.
 */
export function matchClaims(index: LoadedIndex, sentences: Sentence[], options: MatchOptions = {}): ClaimMatch[] {
  const list = Array.isArray(sentences) ? sentences.filter(isSentence) : [];
  const scan = scanFor(index.vocabulary);
  const indexed = list.map((sentence) => indexSentence(sentence, scan, tokensOf(sentence, options.tokenized)));
  const seen: Seen = {
    rules: new Int32Array(index.rules.length),
    quotes: new Int32Array(index.quotes.length),
    stamp: 0,
  };
  const matches: ClaimMatch[] = [];
  if (options.headline && isSentence(options.headline)) {
    const headline = indexSentence(options.headline, scan, tokensOf(options.headline, options.tokenized));
    matchOne(index, [headline], 0, seen, matches);
  }
  for (let i = 0; i < indexed.length; i++) matchOne(index, indexed, i, seen, matches);
  return matches;
}
