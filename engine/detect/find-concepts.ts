import { normalizeText } from '../text/normalize-text';
import type { Token } from '../text/tokenize-text';
import type { Concept, ConceptName } from './story-concepts';

/** One concept term found in the text. */
export interface ConceptHit {
  concept: ConceptName;
  term: string;
  start: number;
}

/** One term of one pattern, for the token-driven scan. */
interface Alternative {
  pattern: number;
  /** The term's leading letters and digits, normalized: a word must equal or (prefix) start with it. */
  head: string;
  prefix: boolean;
  /** One word, no separators inside: most hits are decided without running the regex. */
  simple: boolean;
  /** The term alone, sticky: decides a hit at one position exactly as the pattern would. */
  sticky: RegExp;
}

export interface CompiledConcepts {
  patterns: { concept: ConceptName; regex: RegExp }[];
  alternatives: Alternative[];
  /** Word → the alternatives that can start at it; words repeat, so each is worked out once. */
  byWord: Map<string, Alternative[]>;
}

function escapeRegex(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** "sow* discord" → sow, sows, sowing + discord; spaces also match hyphens and line breaks. */
function termSource(term: string): string {
  return term
    .split(' ')
    .map((word) => word.split('*').map(escapeRegex).join('[\\p{L}\\p{M}\\-]*'))
    .join('[\\s\\-]+');
}

// Lookarounds instead of \b: \b only knows ASCII letters, and the Russian terms need it too.
function wordRegex(terms: string[], flags: string): RegExp {
  const alternatives = terms.map(termSource).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, flags);
}

const LEADING_WORD = /^[\p{L}\p{N}]+/u;

function alternativeOf(term: string, pattern: number, caseSensitive: boolean): Alternative {
  const head = LEADING_WORD.exec(term)?.[0] ?? '';
  return {
    pattern,
    head: normalizeText(head),
    prefix: term[head.length] === '*',
    simple:
      !caseSensitive && (head.length === term.length || (term[head.length] === '*' && head.length + 1 === term.length)),
    sticky: wordRegex([term], caseSensitive ? 'uy' : 'iuy'),
  };
}

export function compileConcepts(concepts: Concept[]): CompiledConcepts {
  const patterns: CompiledConcepts['patterns'] = [];
  const alternatives: Alternative[] = [];
  const add = (concept: ConceptName, terms: string[], caseSensitive: boolean) => {
    const pattern = patterns.length;
    patterns.push({ concept, regex: wordRegex(terms, caseSensitive ? 'gu' : 'giu') });
    for (const term of terms) alternatives.push(alternativeOf(term, pattern, caseSensitive));
  };
  for (const concept of concepts) {
    add(concept.name, concept.terms, false);
    if (concept.caseSensitive?.length) add(concept.name, concept.caseSensitive, true);
  }
  return { patterns, alternatives, byWord: new Map() };
}

function termOf(match: string): string {
  return match.toLowerCase().replace(/[\s-]+/g, ' ');
}

/** All concept hits in `text`, in text order. Linear in the text: one scan per pattern. */
export function findConcepts(text: string, compiled: CompiledConcepts): ConceptHit[] {
  const hits: ConceptHit[] = [];
  compiled.patterns.forEach(({ concept, regex }) => {
    regex.lastIndex = 0;
    for (const match of text.matchAll(regex)) hits.push({ concept, term: termOf(match[0]), start: match.index });
  });
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordCode(code: number): boolean {
  if (code < 0x80)
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** Is the character that starts at `i` a letter or digit (astral characters included)? */
function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i) as number));
  if (code >= 0xdc00 && code <= 0xdfff) return false;
  return isWordCode(code);
}

function isWordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const code = text.charCodeAt(i - 1);
  if (code >= 0xdc00 && code <= 0xdfff && i >= 2) return isWordAt(text, i - 2);
  return isWordCode(code);
}

/**
 * Where a one-word, case-insensitive term that `word` (a plain token's run at `at`) already
 * satisfies ends, without the regex: -1 when it cannot match there, -2 when only the regex can
 * tell (accents, digits, a hyphen or mark that "word*" would run on into).
 */
function plainEnd(text: string, at: number, word: string, prefix: boolean): number {
  const end = at + word.length;
  if (isWordBefore(text, at)) return -1;
  for (let i = at; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80 || (prefix && code <= 0x39)) return -2;
  }
  if (prefix) {
    const next = text.charCodeAt(end);
    if (next === 0x2d || next >= 0x80) return -2;
  }
  return end;
}

/** Bounded like the stem cache: a page of unusual words cannot grow it without limit. */
const WORD_CACHE_LIMIT = 20_000;

function candidatesFor(word: string, compiled: CompiledConcepts): Alternative[] {
  let list = compiled.byWord.get(word);
  if (list) return list;
  list = compiled.alternatives.filter((alt) => (alt.prefix ? word.startsWith(alt.head) : word === alt.head));
  if (compiled.byWord.size >= WORD_CACHE_LIMIT) compiled.byWord.clear();
  compiled.byWord.set(word, list);
  return list;
}

/** Tries, at `at`, the terms that can start with `word`; each pattern resumes after its last hit. */
function visit(scan: Scan, word: string, at: number, plain: boolean): void {
  const { text, compiled, resume, hits } = scan;
  for (const alt of candidatesFor(word, compiled)) {
    if (at < (resume[alt.pattern] as number)) continue;
    const end = plain && alt.simple ? plainEnd(text, at, word, alt.prefix) : -2;
    if (end === -1) continue;
    let term = word;
    let length = word.length;
    // A plain hit is the run itself, and its plain ASCII lower-cased is `word`.
    if (end < 0) {
      alt.sticky.lastIndex = at;
      const match = alt.sticky.exec(text);
      if (!match) continue;
      term = termOf(match[0]);
      length = match[0].length;
    }
    const pattern = compiled.patterns[alt.pattern] as { concept: ConceptName };
    hits.push({ concept: pattern.concept, term, start: at });
    resume[alt.pattern] = at + length;
  }
}

interface Scan {
  text: string;
  compiled: CompiledConcepts;
  /** Per pattern, where its next hit may start (a global scan resumes after each match). */
  resume: number[];
  hits: ConceptHit[];
}

/**
 * The same hits as findConcepts, found from the text's tokens instead of one regex scan per
 * pattern. A pattern can only match where a run of letters and digits starts, and only with
 * a term whose leading word that run equals (or, for "word*", starts with); only those terms
 * are tried, each with its own sticky regex at that position, so every hit and its extent are
 * decided by the very pattern the full scan uses. Each pattern resumes after its last hit, as
 * a global scan does. `tokens` must be tokenizeText(text).
 */
export function findConceptsInTokens(text: string, tokens: readonly Token[], compiled: CompiledConcepts): ConceptHit[] {
  const scan: Scan = { text, compiled, resume: new Array<number>(compiled.patterns.length).fill(0), hits: [] };
  let covered = 0;
  for (const token of tokens) {
    if (token.end <= covered) continue;
    // Most tokens are a plain word: the token's word is then the normalized run itself.
    // Numbers keep their separators ("11.08.2016"), so they take the slow path.
    const first = token.word.charCodeAt(0);
    const digit = first >= 0x30 && first <= 0x39;
    if (
      token.start >= covered &&
      !digit &&
      token.end - token.start === token.word.length &&
      !isWordAt(text, token.end)
    ) {
      covered = token.end;
      visit(scan, token.word, token.start, true);
      continue;
    }
    // Contractions, dotted acronyms, numbers, words glued to digits: walk the runs of letters
    // and digits the token covers (a run may go on past the token's end).
    let i = Math.max(token.start, covered);
    while (i < token.end) {
      if (!isWordAt(text, i) || isWordBefore(text, i)) {
        i++;
        continue;
      }
      let end = i;
      while (isWordAt(text, end)) end += text.charCodeAt(end) >= 0xd800 && text.charCodeAt(end) <= 0xdbff ? 2 : 1;
      visit(scan, normalizeText(text.slice(i, end)), i, false);
      i = end;
    }
    covered = Math.max(i, token.end);
  }
  return scan.hits;
}
