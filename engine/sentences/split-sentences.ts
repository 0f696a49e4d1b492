import type { Sentence } from '../types';

// Intl.Segmenter follows Unicode sentence rules, which break after every "word. Capital".
// News text is full of such dots that do not end a sentence (titles, initials, U.S.), and
// quotes that hold several sentences but belong to the one that reports them; we merge those.

/** Words that, followed by a dot, almost never end an English sentence. */
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'maj',
  'rev',
  'hon',
  'pres',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'vs',
  'v',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'dept',
  'e.g',
  'i.e',
  'cf',
  'atty',
  'supt',
  'gov',
]);

/** Abbreviations that are only abbreviations before a number ("No. 5", not "he said no."). */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos', 'art', 'vol', 'sec', 'fig', 'ch', 'para', 'p', 'pp']);

/** Words that usually open a new sentence; after "U.S." they mean the acronym did end one. */
const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'in',
  'on',
  'at',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'our',
  'its',
  'there',
  'meanwhile',
  'however',
  'yet',
  'still',
  'after',
  'before',
  'when',
  'while',
  'if',
  'as',
  'for',
  'some',
  'many',
  'most',
  'no',
  'not',
  'what',
  'who',
  'why',
  'how',
  'then',
  'also',
  'since',
]);

/** Longest stretch we accept to keep an open quote in one sentence; longer means a stray mark. */
const MAX_QUOTE_SPAN = 500;

const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(locale: string): Intl.Segmenter {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, segmenter);
  }
  return segmenter;
}

export interface Piece {
  start: number;
  end: number;
}

// The merge checks below read the text in place, by index: they run once per segment, and
// slicing each segment (and a tail of the sentence so far) cost more than the checks.

/** JavaScript's \s, by code unit. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Characters a sentence may open with before its first word. */
function isOpening(code: number): boolean {
  return isSpace(code) || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x28;
}

function isOpeningMark(code: number): boolean {
  return code === 0x28 || code === 0x22 || code === 0x27 || code === 0x201c || code === 0x2018 || code === 0x5b;
}

/** Only the tail of the sentence so far is looked at, so long merges stay linear. */
const TAIL = 80;
const TOKEN_TAIL = 40;

/** The trailing whitespace of text[from, end) holds a line break (it ends a paragraph or line). */
function endsWithLineBreak(text: string, from: number, end: number): boolean {
  for (let i = end - 1; i >= from; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return true;
    if (!isSpace(code)) return false;
  }
  return false;
}

/** The last token before a trailing dot ("Mr." → "Mr", "U.S." → "U.S"), within text[from, end). */
function lastDottedToken(text: string, from: number, end: number): string | null {
  let e = end;
  while (e > from && isSpace(text.charCodeAt(e - 1))) e--;
  const dot = e - 1;
  if (dot < from || text.charCodeAt(dot) !== 0x2e) return null;
  let b = dot;
  while (b > from && !isSpace(text.charCodeAt(b - 1))) b--;
  if (b === dot) return null;
  // Opening quotes and brackets are not part of the token.
  while (b < dot && isOpeningMark(text.charCodeAt(b))) b++;
  return text.slice(b, dot);
}

const WORD_RUN = /[\p{L}\p{N}]+/uy;

/** The first word of text[from, end), looking at its first 60 characters only. */
function firstWord(text: string, from: number, end: number): string {
  const limit = Math.min(end, from + 60);
  let i = from;
  while (i < limit && isOpening(text.charCodeAt(i))) i++;
  if (i >= limit) return '';
  WORD_RUN.lastIndex = i;
  const word = WORD_RUN.exec(text)?.[0] ?? '';
  if (i + word.length <= limit) return word;
  const cut = word.slice(0, limit - i);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

/** True when the dot ending text[from, end) is part of an abbreviation, not a sentence end. */
function endsWithAbbreviation(text: string, from: number, end: number, next: Piece): boolean {
  if (endsWithLineBreak(text, from, end)) return false;
  const original = lastDottedToken(text, Math.max(from, end - TOKEN_TAIL), end);
  if (!original) return false;
  const token = original.toLowerCase();
  const nextWord = firstWord(text, next.start, next.end);
  if (!nextWord) return false;
  const nextIsLower = nextWord[0] !== nextWord[0]?.toUpperCase();
  if (nextIsLower) return true;
  if (TITLE_ABBREVIATIONS.has(token)) return true;
  if (NUMBER_ABBREVIATIONS.has(token)) return /^\d/.test(nextWord);
  // A single initial ("H. R. McMaster") before a capitalised name.
  if (original.length <= 2 && /^\p{Lu}$/u.test(original)) return true;
  // Dotted acronyms: U.S., U.K., D.C., U.N. Keep going unless the next word opens a sentence.
  if (token.includes('.') && /^(\p{L}\.)+\p{L}$/u.test(token)) return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return false;
}

/** Net quote depth change over text[from, end): curly pairs count exactly, straight quotes toggle. */
function quoteBalance(text: string, from: number, end: number, open: boolean): boolean {
  let isOpen = open;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c)
      isOpen = true; // “
    else if (c === 0x201d)
      isOpen = false; // ”
    else if (c === 0x22)
      isOpen = !isOpen; // "
    else if (c === 0x0a && i > from && text.charCodeAt(i - 1) === 0x0a) isOpen = false; // paragraph
  }
  return isOpen;
}

/** Whether an open quote closes within reach of `from` (before a paragraph break), so merging is worth it. */
function quoteClosesSoon(text: string, from: number): boolean {
  const limit = Math.min(text.length, from + MAX_QUOTE_SPAN);
  for (let i = from; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x201d) return true;
    if (c === 0x0a && i + 1 < limit && text.charCodeAt(i + 1) === 0x0a) return false;
  }
  return false;
}

// Segmenter time grows faster than linearly with input length in V8, so it gets short pieces.
// Unicode breaks after every line break anyway, so cutting there first changes nothing; a
// line longer than CHUNK_CHARS is cut near that length, at a sentence end or a space.
const CHUNK_CHARS = 2000;

/** Where to cut text[from, lineEnd) near `limit`: after a sentence end, else a space. */
function chunkEnd(text: string, from: number, limit: number, lineEnd: number): number {
  if (limit >= lineEnd) return lineEnd;
  const floor = from + Math.floor(CHUNK_CHARS / 2);
  let space = -1;
  // Bounded backwards scan: lastIndexOf would search to the start of the text every time.
  for (let i = limit - 1; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09) {
      const before = text.charCodeAt(i - 1);
      if (before === 0x2e || before === 0x21 || before === 0x3f) return i + 1;
      if (space < 0) space = i + 1;
    }
  }
  return space > 0 ? space : limit;
}

// Unicode's sentence rules always break after ".", "!" or "?" (with closing quotes or brackets)
// and spaces when a capital letter follows (UAX #29, SB11: no rule before it applies there), and
// break nowhere in a stretch without a terminator or line separator. So a stretch of plain
// ASCII that ends at such a certain break and holds no other terminator is one segment: the
// segmenter is asked only about stretches where it has something to decide (abbreviations,
// decimals, lower-case continuations, any non-ASCII text), and gives the same pieces.
const CERTAIN_BREAK = /[.!?]["')\]}]*[ ]+(?=[A-Z])/g;
const UNDECIDED = /[.!?\r\n\u0080-\uffff]/g;

/** Whether text[from, to) has a character that could end a sentence (or is not plain ASCII). */
function undecided(text: string, from: number, to: number): boolean {
  UNDECIDED.lastIndex = from;
  const found = UNDECIDED.exec(text);
  return found !== null && found.index < to;
}

/**
 * Where text[from, body) ends before its closing terminator: a line that ends in ".", "!" or
 * "?" (with closing quotes or brackets and spaces) breaks after its line break (SB9-SB11) and
 * nowhere in that tail, so only the text before the tail can hold an undecided break.
 */
function plainEnd(text: string, from: number, body: number): number {
  let i = body;
  while (i > from && text.charCodeAt(i - 1) === 0x20) i--;
  while (i > from && isClose(text.charCodeAt(i - 1))) i--;
  if (i > from && isTerminator(text.charCodeAt(i - 1))) return i - 1;
  return body;
}

function isClose(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x29 || code === 0x5d || code === 0x7d;
}

function isTerminator(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f;
}

function segmentInto(pieces: Piece[], segmenter: Intl.Segmenter, text: string, from: number, to: number): void {
  for (let start = from; start < to; ) {
    const end = chunkEnd(text, start, start + CHUNK_CHARS, to);
    for (const part of segmenter.segment(text.slice(start, end))) {
      pieces.push({ start: start + part.index, end: start + part.index + part.segment.length });
    }
    start = end;
  }
}

/**
 * The segmenter's pieces of `text`, with the stretches it has nothing to decide in taken
 * without asking it. `everywhere`: ask it about every stretch (the reference the tests hold
 * the shortcuts to).
 */
export function rawPieces(text: string, locale: string, everywhere = false): Piece[] {
  const pieces: Piece[] = [];
  const segmenter = getSegmenter(locale);
  // One pass of the break pattern over the whole text (a break never spans a line break).
  CERTAIN_BREAK.lastIndex = 0;
  let next = CERTAIN_BREAK.exec(text);
  for (let line = 0; line < text.length; ) {
    const newline = text.indexOf('\n', line);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    let from = line;
    for (; next !== null && next.index < lineEnd; next = CERTAIN_BREAK.exec(text)) {
      const to = next.index + next[0].length;
      if (everywhere || undecided(text, from, next.index)) segmentInto(pieces, segmenter, text, from, to);
      else pieces.push({ start: from, end: to });
      from = to;
    }
    const body = newline < 0 ? lineEnd : lineEnd - 1;
    if (from < lineEnd) {
      if (everywhere || undecided(text, from, plainEnd(text, from, body)))
        segmentInto(pieces, segmenter, text, from, lineEnd);
      else pieces.push({ start: from, end: lineEnd });
    }
    line = lineEnd;
  }
  return pieces;
}

function trimmed(text: string, piece: Piece): Sentence | null {
  let { start, end } = piece;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (start >= end) return null;
  return { text: text.slice(start, end), start, end };
}

/**
 * Splits text into sentences with offsets into `text`; offsets exclude surrounding whitespace.
 * Never breaks at common abbreviations, initials or "U.S." before a name, nor inside a quote
 * that closes within a few hundred characters.
 */
export function splitSentences(text: string, locale = 'en'): Sentence[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const pieces = rawPieces(text, locale);
  const sentences: Sentence[] = [];
  let current: Piece | null = null;
  let quoteOpen = false;
  for (const piece of pieces) {
    if (current) {
      const from = Math.max(current.start, current.end - TAIL);
      const merge =
        (quoteOpen && !endsWithLineBreak(text, from, current.end) && quoteClosesSoon(text, piece.start)) ||
        endsWithAbbreviation(text, from, current.end, piece);
      if (merge) {
        current.end = piece.end;
        quoteOpen = quoteBalance(text, piece.start, piece.end, quoteOpen);
        continue;
      }
      const done = trimmed(text, current);
      if (done) sentences.push(done);
    }
    current = { start: piece.start, end: piece.end };
    quoteOpen = quoteBalance(text, piece.start, piece.end, false);
  }
  if (current) {
    const done = trimmed(text, current);
    if (done) sentences.push(done);
  }
  return sentences;
}
