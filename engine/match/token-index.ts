import { type Token, tokenizeText } from '../text/tokenize-text';
import type { Sentence } from '../types';
import type { StemPhrase } from './index-format';

/** A sentence's tokens plus where each stem occurs, so phrase lookups skip the scan. */
export interface TokenIndex {
  sentence: Sentence;
  tokens: Token[];
  positions: Map<string, number[]>;
}

/** Token positions [start, end] (inclusive) of one phrase occurrence. */
export interface Span {
  start: number;
  end: number;
}

/**
 * Indexes one sentence. `tokens`: its tokens when the caller already has them (cut from the
 * whole text's); `heads`: the only stems worth a position list (an index's first stems), since
 * every lookup starts from one of them. Without `heads` every stem is indexed.
 */
export function indexSentence(sentence: Sentence, tokens?: Token[], heads?: ReadonlySet<string>): TokenIndex {
  const own = tokens ?? tokenizeText(typeof sentence.text === 'string' ? sentence.text : '', sentence.start);
  const positions = new Map<string, number[]>();
  for (let i = 0; i < own.length; i++) {
    const stem = (own[i] as Token).stem;
    if (heads && !heads.has(stem)) continue;
    const list = positions.get(stem);
    if (list) list.push(i);
    else positions.set(stem, [i]);
  }
  return { sentence, tokens: own, positions };
}

/** Every occurrence of a stem phrase, in token order. */
export function findPhrase(index: TokenIndex, phrase: StemPhrase): Span[] {
  const first = index.positions.get(phrase[0] as string);
  if (!first) return [];
  if (phrase.length === 1) return first.map((i) => ({ start: i, end: i }));
  const out: Span[] = [];
  for (const i of first) {
    let ok = true;
    for (let k = 1; k < phrase.length; k++) {
      if (index.tokens[i + k]?.stem !== phrase[k]) {
        ok = false;
        break;
      }
    }
    if (ok) out.push({ start: i, end: i + phrase.length - 1 });
  }
  return out;
}

function phraseAt(index: TokenIndex, phrase: StemPhrase, i: number): boolean {
  for (let k = 1; k < phrase.length; k++) if (index.tokens[i + k]?.stem !== phrase[k]) return false;
  return true;
}

// Rule groups and vetoes list dozens of phrases, and a sentence holds a handful of the index's
// stems: walking the sentence's stems and looking up the phrases that start with each is then
// far cheaper than looking up every phrase. The grouping is built once per phrase list.
const byFirstStem = new WeakMap<StemPhrase[], Map<string, StemPhrase[]>>();

function phrasesByFirstStem(phrases: StemPhrase[]): Map<string, StemPhrase[]> {
  let map = byFirstStem.get(phrases);
  if (map) return map;
  map = new Map();
  for (const phrase of phrases) {
    const first = phrase[0] as string;
    const list = map.get(first);
    if (list) list.push(phrase);
    else map.set(first, [phrase]);
  }
  byFirstStem.set(phrases, map);
  return map;
}

/** The phrases worth looking up in this sentence, each with its first stem's positions. */
function lookups(
  index: TokenIndex,
  phrases: StemPhrase[],
  visit: (phrase: StemPhrase, first: number[]) => boolean,
): void {
  if (phrases.length <= 2 * index.positions.size) {
    for (const phrase of phrases) {
      const first = index.positions.get(phrase[0] as string);
      if (first && visit(phrase, first)) return;
    }
    return;
  }
  const grouped = phrasesByFirstStem(phrases);
  for (const [stem, first] of index.positions) {
    const starting = grouped.get(stem);
    if (starting) for (const phrase of starting) if (visit(phrase, first)) return;
  }
}

/** Occurrences of any of the phrases, sorted by position. */
export function findAny(index: TokenIndex, phrases: StemPhrase[]): Span[] {
  const out: Span[] = [];
  let sources = 0;
  lookups(index, phrases, (phrase, first) => {
    const before = out.length;
    const last = phrase.length - 1;
    for (const i of first) if (last === 0 || phraseAt(index, phrase, i)) out.push({ start: i, end: i + last });
    if (out.length > before) sources++;
    return false;
  });
  if (sources > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Whether any of the phrases occurs at all. */
export function hasAny(index: TokenIndex, phrases: StemPhrase[]): boolean {
  let found = false;
  lookups(index, phrases, (phrase, first) => {
    found = phrase.length === 1 || first.some((i) => phraseAt(index, phrase, i));
    return found;
  });
  return found;
}

/** The article text a token span covers. */
export function surface(index: TokenIndex, span: Span): string {
  const { sentence, tokens } = index;
  const from = (tokens[span.start] as Token).start - sentence.start;
  const to = (tokens[span.end] as Token).end - sentence.start;
  return sentence.text.slice(from, to);
}
