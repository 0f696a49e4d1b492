// The form of the sentence: a direct question, or a heading without a finite verb.
import { isQuote } from './clauses';
import type { Token } from './tokens';

const WH = new Set(['who', 'what', 'why', 'how', 'when', 'where', 'which', 'whose']);

/** A heading or label: words but no finite verb ("Russian election interference: the latest"). */
export function isHeading(tokens: readonly Token[]): boolean {
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'PUNCT' || t.pos === 'SYM') continue;
    words++;
    if (t.pos === 'AUX') return false;
    if (t.pos === 'VERB') {
      const prev = tokens[k - 1];
      const next = tokens[k + 1];
      // "the leaked emails": a participle used as an adjective.
      const attributive =
        (prev?.pos === 'DET' || prev?.pos === 'ADJ') && (next?.pos === 'NOUN' || next?.pos === 'PROPN');
      const nonFinite = /ing$/.test(t.lower) || prev?.lower === 'to' || attributive;
      if (!nonFinite) return false;
    }
  }
  return words > 0;
}

/** A direct question, not a reported one ("'Why?' he asked", "He asked: 'Why?'"). */
export function isQuestion(tokens: readonly Token[], speechVerbAt: (k: number) => boolean): boolean {
  let last = tokens.length - 1;
  while (last >= 0 && (isQuote(tokens, last) || /^[)\]]$/.test((tokens[last] as Token).text))) last--;
  const first = tokens.findIndex((t) => t.pos !== 'PUNCT');
  if (first < 0) return false;
  const f = tokens[first] as Token;
  const inverted = (WH.has(f.lower) && tokens[first + 1]?.pos === 'AUX') || (f.pos === 'AUX' && first === 0);
  const mark = tokens.findLastIndex((t) => t.text === '?' || t.text === '?');
  // Without a question mark, "Who has denied it" is a relative clause or a headline, not a question.
  if (mark < 0) return false;
  // A speech verb after the question mark reports it: "'Did they?' he asked."
  for (let k = mark + 1; k < tokens.length; k++) if (speechVerbAt(k)) return false;
  if (mark !== last) return false;
  if (first === 0 || inverted) {
    // A question in quotes opened after a speech verb: "He asked: 'Did they?'"
    const open = tokens.findLastIndex((t, k) => k < mark && isQuote(tokens, k) && t.start > 0);
    if (open > 0 && !inverted) for (let k = 0; k < open; k++) if (speechVerbAt(k)) return false;
    return true;
  }
  return true;
}
