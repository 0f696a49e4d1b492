import { type Token, tokenizeText } from '../text/tokenize-text';
import type { Sentence } from '../types';
import type { StemPhrase } from './index-format';

// Every lookup starts from a phrase's first stem (or a trigger stem), and an index has a few
// hundred of them: each gets a number, its id in the index's vocabulary. Where the ids occur
// in a sentence is kept in typed arrays indexed by id and by token, which one scan reuses from
// sentence to sentence: matching a sentence allocates no map and no list per stem.

/** Where the vocabulary's stems occur in one sentence at a time. */
export interface SentenceScan {
  vocabulary: ReadonlyMap<string, number>;
  /** The serial of the sentence now held; an id whose `stamp` differs does not occur in it. */
  serial: number;
  /** Per id: the serial of the sentence its `first` and `last` are about. */
  stamp: Int32Array;
  first: Int32Array;
  last: Int32Array;
  /** Per token of the sentence: the next token with the same id, or -1. */
  next: Int32Array;
  /** The distinct ids of the sentence, in order of first occurrence: `present[0, count)`. */
  present: Int32Array;
  count: number;
}

/** A sentence and its tokens; lookups need its positions, which the scan computes on demand. */
export interface TokenIndex {
  sentence: Sentence;
  tokens: Token[];
  scan: SentenceScan;
  /** The scan serial its positions were computed under (0: never). */
  serial: number;
}

/** Token positions [start, end] (inclusive) of one phrase occurrence. */
export interface Span {
  start: number;
  end: number;
}

const scans = new WeakMap<ReadonlyMap<string, number>, SentenceScan>();

/** The scan for a vocabulary, made once (its arrays are sized by the vocabulary). */
export function scanFor(vocabulary: ReadonlyMap<string, number>): SentenceScan {
  let scan = scans.get(vocabulary);
  if (scan) return scan;
  const size = Math.max(vocabulary.size, 1);
  scan = {
    vocabulary,
    serial: 0,
    stamp: new Int32Array(size),
    first: new Int32Array(size),
    last: new Int32Array(size),
    next: new Int32Array(64),
    present: new Int32Array(size),
    count: 0,
  };
  scans.set(vocabulary, scan);
  return scan;
}

/**
 * A sentence ready for lookups. `tokens`: its tokens when the caller already has them (cut
 * from the whole text's); otherwise the sentence is tokenised.
 */
export function indexSentence(sentence: Sentence, scan: SentenceScan, tokens?: Token[]): TokenIndex {
  const own = tokens ?? tokenizeText(typeof sentence.text === 'string' ? sentence.text : '', sentence.start);
  return { sentence, tokens: own, scan, serial: 0 };
}

/** Makes `index` the sentence the scan holds (a no-op when it already is); returns the scan. */
export function positionsOf(index: TokenIndex): SentenceScan {
  const scan = index.scan;
  if (index.serial !== 0 && index.serial === scan.serial) return scan;
  if (scan.serial >= 0x7ffffffe) {
    scan.stamp.fill(0);
    scan.serial = 0;
  }
  const serial = ++scan.serial;
  const { tokens } = index;
  if (scan.next.length < tokens.length) scan.next = new Int32Array(Math.max(tokens.length, scan.next.length * 2));
  const { vocabulary, stamp, first, last, next, present } = scan;
  let count = 0;
  for (let i = 0; i < tokens.length; i++) {
    const id = vocabulary.get((tokens[i] as Token).stem);
    if (id === undefined) continue;
    next[i] = -1;
    if (stamp[id] !== serial) {
      stamp[id] = serial;
      first[id] = i;
      present[count++] = id;
    } else {
      next[last[id] as number] = i;
    }
    last[id] = i;
  }
  scan.count = count;
  index.serial = serial;
  return scan;
}

/** A phrase list with each phrase's first-stem id, built once per list and vocabulary. */
interface PhraseList {
  vocabulary: ReadonlyMap<string, number>;
  firsts: Int32Array;
  /** First-stem id → the phrases (by position) that start with it; built when first needed. */
  byFirst: Map<number, number[]> | null;
}

const lists = new WeakMap<StemPhrase[], PhraseList>();

function listOf(phrases: StemPhrase[], vocabulary: ReadonlyMap<string, number>): PhraseList {
  let list = lists.get(phrases);
  if (list && list.vocabulary === vocabulary) return list;
  const firsts = new Int32Array(phrases.length);
  for (let p = 0; p < phrases.length; p++) {
    const phrase = phrases[p] as StemPhrase;
    firsts[p] = phrase.length > 0 ? (vocabulary.get(phrase[0] as string) ?? -1) : -1;
  }
  list = { vocabulary, firsts, byFirst: null };
  lists.set(phrases, list);
  return list;
}

function groupedByFirst(list: PhraseList): Map<number, number[]> {
  if (list.byFirst) return list.byFirst;
  const map = new Map<number, number[]>();
  list.firsts.forEach((id, p) => {
    if (id < 0) return;
    const starting = map.get(id);
    if (starting) starting.push(p);
    else map.set(id, [p]);
  });
  list.byFirst = map;
  return map;
}

function phraseAt(tokens: Token[], phrase: StemPhrase, i: number): boolean {
  for (let k = 1; k < phrase.length; k++) if (tokens[i + k]?.stem !== phrase[k]) return false;
  return true;
}

/** Appends the occurrences of `phrase` from its first stem's position chain; true if any. */
function collect(tokens: Token[], next: Int32Array, phrase: StemPhrase, from: number, out: Span[]): boolean {
  const before = out.length;
  const last = phrase.length - 1;
  for (let i = from; i >= 0; i = next[i] as number) {
    if (last === 0 || phraseAt(tokens, phrase, i)) out.push({ start: i, end: i + last });
  }
  return out.length > before;
}

function occursAt(tokens: Token[], next: Int32Array, phrase: StemPhrase, from: number): boolean {
  if (phrase.length === 1) return true;
  for (let i = from; i >= 0; i = next[i] as number) if (phraseAt(tokens, phrase, i)) return true;
  return false;
}

// Rule groups and vetoes list dozens of phrases, and a sentence holds a handful of the
// vocabulary: when the list is the longer, walking the sentence's ids and looking up the
// phrases that start with each is the cheaper way round.

/**
 * Calls visit(phrase, first position of its first stem) for each phrase whose first stem is in
 * the sentence, walking whichever side is shorter; stops as soon as visit returns true.
 */
function visitCandidates(
  index: TokenIndex,
  phrases: StemPhrase[],
  visit: (phrase: StemPhrase, from: number) => boolean,
): boolean {
  const scan = positionsOf(index);
  const { stamp, first, serial } = scan;
  const list = listOf(phrases, scan.vocabulary);
  if (phrases.length <= 2 * scan.count) {
    for (let p = 0; p < phrases.length; p++) {
      const id = list.firsts[p] as number;
      if (id < 0 || stamp[id] !== serial) continue;
      if (visit(phrases[p] as StemPhrase, first[id] as number)) return true;
    }
    return false;
  }
  const grouped = groupedByFirst(list);
  for (let k = 0; k < scan.count; k++) {
    const id = scan.present[k] as number;
    const starting = grouped.get(id);
    if (!starting) continue;
    for (const p of starting) if (visit(phrases[p] as StemPhrase, first[id] as number)) return true;
  }
  return false;
}

/** Occurrences of any of the phrases, sorted by position. */
export function findAny(index: TokenIndex, phrases: StemPhrase[]): Span[] {
  const { next } = positionsOf(index);
  const out: Span[] = [];
  let sources = 0;
  visitCandidates(index, phrases, (phrase, from) => {
    if (collect(index.tokens, next, phrase, from, out)) sources++;
    return false;
  });
  if (sources > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** Whether any of the phrases occurs at all. */
export function hasAny(index: TokenIndex, phrases: StemPhrase[]): boolean {
  const { next } = positionsOf(index);
  return visitCandidates(index, phrases, (phrase, from) => occursAt(index.tokens, next, phrase, from));
}

/** The article text a token span covers. */
export function surface(index: TokenIndex, span: Span): string {
  const { sentence, tokens } = index;
  const from = (tokens[span.start] as Token).start - sentence.start;
  const to = (tokens[span.end] as Token).end - sentence.start;
  return sentence.text.slice(from, to);
}
