import { type Token, tokenizeText } from './tokenize-text';

// The analysis tokenises the whole text once and hands each sentence its share. A share is
// only taken when it is exactly what tokenising the sentence alone would give; where a token
// crosses the sentence's edge, or a letter touches it (the tokeniser looks one character past a
// match, "U.S." before "Next"), that one sentence is tokenised on its own.

const WORD_CHAR = /[\p{L}\p{N}]/u;

function touchesWord(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 0x80) {
    const lower = code | 0x20;
    return (lower >= 0x61 && lower <= 0x7a) || (code >= 0x30 && code <= 0x39);
  }
  // Surrogate halves count as touching: the slow path then decides.
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHAR.test(text[at] as string);
}

/** Index of the first token ending after `offset` (tokens are in text order). */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid] as Token).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The tokens of `text.slice(start, end)`, offsets into `text`, equal to
 * tokenizeText(text.slice(start, end), start). `tokens` must be tokenizeText(text).
 */
export function sliceTokens(text: string, tokens: readonly Token[], start: number, end: number): Token[] {
  const from = firstEndingAfter(tokens, start);
  let to = from;
  while (to < tokens.length && (tokens[to] as Token).start < end) to++;
  const first = tokens[from];
  const last = tokens[to - 1];
  const crosses = (first !== undefined && first.start < start) || (last !== undefined && to > from && last.end > end);
  if (crosses || touchesWord(text, start - 1) || touchesWord(text, end)) {
    return tokenizeText(text.slice(start, end), start);
  }
  return tokens.slice(from, to);
}
