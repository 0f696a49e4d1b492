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

export function indexSentence(sentence: Sentence): TokenIndex {
  const text = typeof sentence.text === 'string' ? sentence.text : '';
  const tokens = tokenizeText(text, sentence.start);
  const positions = new Map<string, number[]>();
  tokens.forEach((token, i) => {
    const list = positions.get(token.stem);
    if (list) list.push(i);
    else positions.set(token.stem, [i]);
  });
  return { sentence, tokens, positions };
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

/** Occurrences of any of the phrases, sorted by position. */
export function findAny(index: TokenIndex, phrases: StemPhrase[]): Span[] {
  const out: Span[] = [];
  for (const phrase of phrases) out.push(...findPhrase(index, phrase));
  if (phrases.length > 1) out.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}

/** The article text a token span covers. */
export function surface(index: TokenIndex, span: Span): string {
  const { sentence, tokens } = index;
  const from = (tokens[span.start] as Token).start - sentence.start;
  const to = (tokens[span.end] as Token).end - sentence.start;
  return sentence.text.slice(from, to);
}
