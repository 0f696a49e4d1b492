import { normalizeText } from './normalize-text';
import { numberWord, stemWord } from './stem-word';

/** One word of a text, with its offsets into that text. */
export interface Token {
  /** The normalized surface form ("didn't" gives "did" and "not"). */
  word: string;
  stem: string;
  start: number;
  end: number;
  /** The original started with a capital letter: a hint for names, never for matching. */
  cap: boolean;
}

// Dotted acronyms first ("u.s." is one word, "us"), then numbers with separators ("3,814"),
// then words with an optional apostrophe tail. Each alternative is linear: no nested
// quantifiers over the same characters, so any input finishes in time proportional to its size.
const TOKEN = /(\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}]))|(\d+(?:[.,]\d+)*)|([\p{L}\p{N}]+(?:'[\p{L}]+)?)/gu;

const CONTRACTION_TAILS: Record<string, string | null> = {
  s: null,
  re: null,
  ve: null,
  d: null,
  m: null,
  ll: 'will',
  t: null,
};

const TENS = new Set(['20', '30', '40', '50', '60', '70', '80', '90']);

function push(tokens: Token[], word: string, start: number, end: number, cap: boolean): void {
  if (!word) return;
  tokens.push({ word, stem: stemWord(word), start, end, cap });
}

function pushWord(tokens: Token[], raw: string, start: number, end: number, cap: boolean): void {
  const apostrophe = raw.indexOf("'");
  if (apostrophe < 0) {
    // "cannot" is the one common fused negation.
    if (raw === 'cannot') {
      push(tokens, 'can', start, end, cap);
      push(tokens, 'not', start, end, false);
      return;
    }
    push(tokens, raw, start, end, cap);
    return;
  }
  const head = raw.slice(0, apostrophe);
  const tail = raw.slice(apostrophe + 1);
  if (tail === 't' && head.endsWith('n')) {
    // "didn't" → "did not", "can't" → "can not", "won't" → "will not".
    const base = head.slice(0, -1);
    const fixed = base === 'ca' ? 'can' : base === 'wo' ? 'will' : base === 'sha' ? 'shall' : base;
    push(tokens, fixed, start, end, cap);
    push(tokens, 'not', start, end, false);
    return;
  }
  push(tokens, head, start, end, cap);
  const extra = CONTRACTION_TAILS[tail];
  if (extra) push(tokens, extra, start, end, false);
}

/** Joins "thirty-five" / "thirty five" into one number token so hints can ask for "35". */
function joinCompoundNumbers(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && TENS.has(token.stem) && /^[1-9]$/.test(next.stem) && numberWord(next.word)) {
      const gap = text.slice(token.end, next.start);
      if (gap === '-' || gap === ' ') {
        const value = String(Number(token.stem) + Number(next.stem));
        out.push({ word: value, stem: value, start: token.start, end: next.end, cap: token.cap });
        i++;
        continue;
      }
    }
    out.push(token);
  }
  return out;
}

/** Splits text into normalized, stemmed tokens with offsets (plus `offset`) into the text. */
export function tokenizeText(text: string, offset = 0): Token[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const normalized = normalizeText(text);
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(normalized); m !== null; m = TOKEN.exec(normalized)) {
    const start = m.index;
    const end = start + m[0].length;
    const first = text[start] ?? '';
    const cap = first !== first.toLowerCase();
    if (m[1] !== undefined) push(tokens, m[1].replace(/\./g, ''), start, end, cap);
    else if (m[2] !== undefined) push(tokens, m[2].replace(/,(?=\d{3}(?!\d))/g, ''), start, end, false);
    else pushWord(tokens, m[3] as string, start, end, cap);
  }
  const joined = joinCompoundNumbers(tokens, normalized);
  if (offset !== 0)
    for (const token of joined) {
      token.start += offset;
      token.end += offset;
    }
  return joined;
}

/** Stems of a hint phrase, in order: the form the index stores. */
export function stemPhrase(phrase: string): string[] {
  return tokenizeText(phrase).map((token) => token.stem);
}
