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

interface Piece {
  start: number;
  end: number;
}

/** The last token before a trailing dot ("Mr." → "Mr", "U.S." → "U.S"). */
function lastDottedToken(segment: string): string | null {
  const match = /(\S+)\.\s*$/.exec(segment.length > 40 ? segment.slice(-40) : segment);
  if (!match?.[1]) return null;
  return match[1].replace(/^[("'“‘[]+/, '');
}

function firstWord(segment: string): string {
  const match = /^[\s"'“‘(]*([\p{L}\p{N}]+)/u.exec(segment.slice(0, 60));
  return match?.[1] ?? '';
}

/** True when the dot at the end of `current` is part of an abbreviation, not a sentence end. */
function endsWithAbbreviation(current: string, next: string): boolean {
  if (/\n\s*$/.test(current)) return false;
  const original = lastDottedToken(current);
  if (!original) return false;
  const token = original.toLowerCase();
  const nextWord = firstWord(next);
  if (!nextWord) return false;
  const nextIsLower = nextWord[0] !== nextWord[0]?.toUpperCase();
  if (nextIsLower) return true;
  if (TITLE_ABBREVIATIONS.has(token)) return true;
  if (NUMBER_ABBREVIATIONS.has(token)) return /^\d/.test(nextWord);
  // A single initial ("H. R. McMaster") before a capitalised name.
  if (/^\p{Lu}$/u.test(original)) return true;
  // Dotted acronyms: U.S., U.K., D.C., U.N. Keep going unless the next word opens a sentence.
  if (/^(\p{L}\.)+\p{L}$/u.test(token)) return !SENTENCE_OPENERS.has(nextWord.toLowerCase());
  return false;
}

/** Net quote depth change over a string: curly pairs count exactly, straight quotes toggle. */
function quoteBalance(text: string, open: boolean): boolean {
  let isOpen = open;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c)
      isOpen = true; // “
    else if (c === 0x201d)
      isOpen = false; // ”
    else if (c === 0x22)
      isOpen = !isOpen; // "
    else if (c === 0x0a && i > 0 && text.charCodeAt(i - 1) === 0x0a) isOpen = false; // paragraph
  }
  return isOpen;
}

/** Whether an open quote in `pieces[from]` closes within reach, so merging is worth it. */
function quoteClosesSoon(text: string, from: number): boolean {
  const window = text.slice(from, from + MAX_QUOTE_SPAN);
  const para = window.indexOf('\n\n');
  const scope = para >= 0 ? window.slice(0, para) : window;
  return /["”]/.test(scope);
}

/** Segmenter time grows faster than linearly with input length in V8; it gets bounded chunks. */
const CHUNK_CHARS = 2000;

/** Where to cut a long text near `limit`: after a line break, else a sentence end, else a space. */
function chunkEnd(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const floor = from + Math.floor(CHUNK_CHARS / 2);
  let sentenceEnd = -1;
  let space = -1;
  // Bounded backwards scan: lastIndexOf would search to the start of the text every time.
  for (let i = limit - 1; i > floor; i--) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) return i + 1;
    if (code === 0x20 || code === 0x09) {
      const before = text.charCodeAt(i - 1);
      if (sentenceEnd < 0 && (before === 0x2e || before === 0x21 || before === 0x3f)) sentenceEnd = i + 1;
      if (space < 0) space = i + 1;
    }
  }
  if (sentenceEnd > 0) return sentenceEnd;
  return space > 0 ? space : limit;
}

function rawPieces(text: string, locale: string): Piece[] {
  const pieces: Piece[] = [];
  const segmenter = getSegmenter(locale);
  for (let from = 0; from < text.length; ) {
    const to = chunkEnd(text, from, from + CHUNK_CHARS);
    for (const part of segmenter.segment(text.slice(from, to))) {
      pieces.push({ start: from + part.index, end: from + part.index + part.segment.length });
    }
    from = to;
  }
  return pieces;
}

function trimmed(text: string, piece: Piece): Sentence | null {
  let { start, end } = piece;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
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
    const pieceText = text.slice(piece.start, piece.end);
    if (current) {
      // Only the tail matters (the last token, a trailing newline); long merges stay linear.
      const currentText = text.slice(Math.max(current.start, current.end - 80), current.end);
      const merge =
        (quoteOpen && !/\n\s*$/.test(currentText) && quoteClosesSoon(text, piece.start)) ||
        endsWithAbbreviation(currentText, pieceText);
      if (merge) {
        current.end = piece.end;
        quoteOpen = quoteBalance(pieceText, quoteOpen);
        continue;
      }
      const done = trimmed(text, current);
      if (done) sentences.push(done);
    }
    current = { start: piece.start, end: piece.end };
    quoteOpen = quoteBalance(pieceText, false);
  }
  if (current) {
    const done = trimmed(text, current);
    if (done) sentences.push(done);
  }
  return sentences;
}
