// Hedges: epistemic modals and adverbs, "it is possible that…", counterfactuals ("if … had",
// "would have") and speculation verbs. A hedge governs the clause that holds it; "it is possible
// that P" and speculation verbs govern their content P.
import { clauseEnd, clauseStart, wordsEnd } from './clauses';
import { HEDGE_ADJECTIVES, HEDGE_WORDS, HEDGING_SPEECH_VERBS } from './lexicon';
import type { Token } from './tokens';
import type { Attribution, Span } from './types';

export function findHedges(
  tokens: readonly Token[],
  boundaries: ReadonlySet<number>,
  attributions: readonly Attribution[],
): Span[] {
  const spans: Span[] = [];
  const n = tokens.length;
  const clauseOf = (k: number, cue: string) => {
    const s = clauseStart(tokens, k, boundaries);
    const e = clauseEnd(tokens, k, boundaries);
    spans.push({ cue, start: (tokens[s] as Token).start, end: wordsEnd(tokens, s, e) });
  };
  for (let k = 0; k < n; k++) {
    const t = tokens[k] as Token;
    const next = tokens[k + 1];
    if (HEDGE_WORDS.has(t.lower)) {
      // "May" the month, "might" the noun: only modal or adverbial uses hedge.
      if (t.pos === 'PROPN' || t.pos === 'NOUN') continue;
      if (t.lower === 'likely' && tokens[k - 1]?.lemma === 'be' && next?.lower !== 'to' && next?.lower !== 'that')
        continue;
      clauseOf(k, t.text);
    } else if (t.lower === 'would' && next?.lower === 'have') {
      clauseOf(k, `${t.text} ${next.text}`);
    } else if (
      HEDGE_ADJECTIVES.has(t.lower) &&
      (next?.lower === 'that' || next?.lower === 'whether' || next?.lower === 'if' || next?.lower === 'to')
    ) {
      // "It is possible that P", "it remains unclear whether P": the rest of the sentence.
      const s = clauseStart(tokens, k, boundaries);
      spans.push({
        cue: t.text,
        start: (tokens[s] as Token).start,
        end: wordsEnd(tokens, k, clauseEnd(tokens, k + 1, boundaries)),
      });
    } else if (t.lower === 'if' || t.lower === 'had') {
      // Counterfactual: "if Russia had not…, …would have…" or inverted "Had Russia not…, …".
      const e = clauseEnd(tokens, k, boundaries);
      const inverted =
        t.lower === 'had' &&
        (k === 0 || (k === 1 && tokens[0]?.pos === 'PUNCT')) &&
        !!next &&
        /^(PRON|PROPN|DET|NOUN)$/.test(next.pos);
      const counterfactual =
        inverted || (t.lower === 'if' && tokens.slice(k + 1, e).some((u) => u.lower === 'had' || u.lower === "'d"));
      if (!counterfactual) continue;
      let after = e;
      if (tokens[after]?.text === ',') after = clauseEnd(tokens, after, boundaries);
      spans.push({ cue: t.text, start: t.start, end: wordsEnd(tokens, k, after) });
    }
  }
  for (const a of attributions) {
    const hedging = HEDGING_SPEECH_VERBS.has(a.verb) || (a.speaker === null && a.verb === 'suggest');
    if (hedging && a.contentEnd > a.contentStart) spans.push({ cue: a.verb, start: a.contentStart, end: a.contentEnd });
  }
  spans.sort((x, y) => x.start - y.start || x.end - y.end);
  return spans.filter(
    (s, i) => i === 0 || s.start !== spans[i - 1]?.start || s.end !== spans[i - 1]?.end || s.cue !== spans[i - 1]?.cue,
  );
}
