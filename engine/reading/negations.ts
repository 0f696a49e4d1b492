// Negation cues and the reach of each: from the cue to the end of its clause. A negation that
// governs a speech verb ("few deny", "no one disputes", "did not say") reaches only to that
// verb: what the verb introduces is not itself negated.
import { clauseEnd, wordsEnd } from './clauses';
import { NEGATING_VERBS, NEGATORS } from './lexicon';
import type { Token } from './tokens';
import type { Span } from './types';

/** Length in tokens of the negation cue at k (0 when there is none). */
function cueAt(tokens: readonly Token[], k: number): number {
  const t = tokens[k] as Token;
  const next = tokens[k + 1];
  // "not only", "whether or not", "many, if not most": no negation of the clause.
  if (t.lower === 'not' && (next?.lower === 'only' || /^(or|if)$/.test(tokens[k - 1]?.lower ?? ''))) return 0;
  if (t.lower === 'no' && (next?.lower === 'one' || next?.lower === 'longer')) return 2;
  if (t.lower === 'few' && tokens[k - 1]?.lower !== 'a' && tokens[k - 1]?.lower !== 'the') return 1;
  if (NEGATORS.has(t.lower)) return 1;
  if (NEGATING_VERBS.has(t.lemma) && t.pos === 'VERB' && (next?.lower === 'to' || t.lemma === 'lack')) return 1;
  return 0;
}

export function findNegations(
  tokens: readonly Token[],
  sentence: string,
  boundaries: ReadonlySet<number>,
  negatorsOfSpeech: ReadonlyMap<number, number>,
): Span[] {
  const spans: Span[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const size = cueAt(tokens, k);
    if (size === 0) continue;
    const first = tokens[k] as Token;
    const last = tokens[k + size - 1] as Token;
    const cue = sentence.slice(first.start, last.end);
    let speechVerb = negatorsOfSpeech.get(k);
    if (speechVerb === undefined && size === 2) speechVerb = negatorsOfSpeech.get(k + 1);
    // "no doubt that P", "no question that P", "no denying P": a double negative asserts P.
    const after = tokens[k + size];
    if (speechVerb === undefined && after && /^(doubt|question|denying|dispute|disputing)$/.test(after.lower))
      speechVerb = k + size;
    const end =
      speechVerb !== undefined
        ? (tokens[speechVerb] as Token).end
        : wordsEnd(tokens, k, clauseEnd(tokens, k + size - 1, boundaries));
    spans.push({ cue, start: first.start, end: Math.max(end, last.end) });
    k += size - 1;
  }
  return spans;
}
