// Hedges: epistemic modals and adverbs, "it is possible that…", counterfactuals ("if … had",
// "would have") and speculation verbs. A hedge governs the clause that holds it; "it is possible
// that P" and speculation verbs govern their content P.
import { clauseEnd, clauseStart, finiteConjunct, firstVerbGroupEnd, wordsEnd } from './clauses';
import { HEDGE_ADJECTIVES, HEDGE_WORDS, HEDGING_SPEECH_VERBS } from './lexicon';
import { objectCut } from './negations';
import type { Token } from './tokens';
import type { Attribution, Span } from './types';

export function findHedges(
  tokens: readonly Token[],
  boundaries: ReadonlySet<number>,
  attributions: readonly Attribution[],
): Span[] {
  const spans: Span[] = [];
  const n = tokens.length;
  const t0 = (k: number) => (tokens[k] as Token).lower;
  const clauseOf = (k: number, cue: string) => {
    let s = Math.max(clauseStart(tokens, k, boundaries), subjectStart(tokens, k));
    let e = clauseEnd(tokens, k, boundaries);
    // A modal governs bare verbs only: "could be behind them | and called on the US…".
    if (MODALS.has(t0(k))) e = Math.min(e, finiteConjunct(tokens, k + 1, e));
    // A definite object is presupposed, and presuppositions survive a modal: "could address
    // Russia's complaints that P" does not hedge the complaints. A verb conjoined after it is
    // still under the modal ("could have opened the safe and copied the keys").
    if (MODALS.has(t0(k))) {
      const cut = objectCut(tokens, k, e);
      if (cut < e) {
        for (let j = cut; j + 1 < e; j++) {
          if ((tokens[j] as Token).pos !== 'CCONJ' || (tokens[j + 1] as Token).pos !== 'VERB') continue;
          spans.push({ cue, start: (tokens[j + 1] as Token).start, end: wordsEnd(tokens, j + 1, e) });
          break;
        }
        e = cut;
      }
    }
    // "accounts likely operated from Russia spent…", "for allegedly interfering": an adverb over
    // a participle or gerund hedges that phrase only, up to the finite verb that follows it.
    if (!MODALS.has(t0(k)) && participleAfter(tokens, k)) {
      const v = nextFiniteVerb(tokens, k + 2, e);
      const gerund = /ing$/.test((tokens[k + 1] as Token).lower) && tokens[k - 1]?.pos === 'ADP';
      if (v < e || gerund) {
        s = k;
        e = v;
      }
    }
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
      if (MODALS.has(t.lower) && !modalHedges(tokens, k)) continue;
      // "denied that hackers could change the result": a denied possibility is a negation.
      if (
        t.lower === 'could' &&
        attributions.some((a) => a.stance === 'deny' && a.contentStart <= t.start && t.start < a.contentEnd)
      )
        continue;
      clauseOf(k, t.text);
    } else if (t.lower === 'would' && next?.lower === 'have' && tokens[k + 2]?.lower !== 'to') {
      clauseOf(k, `${t.text} ${next.text}`);
    } else if (
      HEDGE_ADJECTIVES.has(t.lower) &&
      (next?.lower === 'that' || next?.lower === 'whether' || next?.lower === 'if' || next?.lower === 'to')
    ) {
      // "It is possible that P", "it remains unclear whether P": the rest of the sentence;
      // "X is unlikely to V": from the adjective (a relative clause on X is not hedged).
      const s = next?.lower === 'to' ? k : clauseStart(tokens, k, boundaries);
      spans.push({
        cue: t.text,
        start: (tokens[s] as Token).start,
        end: wordsEnd(tokens, k, clauseEnd(tokens, k + 1, boundaries)),
      });
    } else if (
      t.lower === 'whether' &&
      !/^(or|and)$/.test(next?.lower ?? '') &&
      !HEDGE_ADJECTIVES.has(tokens[k - 1]?.lower ?? '')
    ) {
      // "Whether P remains disputed", "cast doubt on whether P": an indirect question asserts
      // nothing; it reaches to the end of its first verb group.
      const e = Math.min(firstVerbGroupEnd(tokens, k + 1), secondVerbAt(tokens, k + 1));
      if (e > k + 1) spans.push({ cue: t.text, start: t.start, end: wordsEnd(tokens, k, e) });
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

const MODALS = new Set(['may', 'might', 'could']);
const NEGATIVE_SUBJECT = new Set(['no', 'nobody', 'nothing', 'none', 'neither', 'nor']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** A modal that hedges: not a negated ability or a prohibition ("could not", "may not", "no
 * hackers could…", "nobody can"): those are negations of ability or permission, not guesses. */
function modalHedges(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const t = tokens[k] as Token;
  if (next && /^(not|n't|n’t|never)$/.test(next.lower) && t.lower !== 'might') return false;
  // "could do nothing", "could see no reason": a negative object negates the ability.
  for (let j = k + 1; j < Math.min(tokens.length, k + 4); j++) {
    const u = tokens[j] as Token;
    if (/^(nothing|no|none|nobody|nowhere)$/.test(u.lower)) return t.lower === 'might';
    if (!/^(VERB|ADV|AUX|PART)$/.test(u.pos)) break;
  }
  const s = subjectStart(tokens, k);
  for (let j = s; j < k; j++) if (NEGATIVE_SUBJECT.has((tokens[j] as Token).lower)) return false;
  return true;
}

/** Start (token index) of the subject of the hedge word at k: the noun phrase right before it,
 * past adverbs; the hedge word itself when a verb, a relative pronoun or punctuation comes first
 * ("weapons that he said could strike": the hedge starts at "could", not at "weapons"). */
function subjectStart(tokens: readonly Token[], k: number): number {
  let j = k - 1;
  while (j >= 0 && (tokens[j] as Token).pos === 'ADV') j--;
  const end = j;
  while (j >= 0) {
    const t = tokens[j] as Token;
    const nominal = /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos) || /^('s|’s)$/.test(t.text);
    if (!nominal || RELATIVES.has(t.lower)) break;
    j--;
  }
  return j === end ? k : j + 1;
}

/** A participle or gerund right after the adverb at k. */
function participleAfter(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const prev = tokens[k - 1];
  if (next?.pos !== 'VERB' || !/(ed|en|ing)$/.test(next.lower)) return false;
  return !prev || /^(NOUN|PROPN|ADP|PUNCT)$/.test(prev.pos) || prev.lower === 'for';
}

function nextFiniteVerb(tokens: readonly Token[], from: number, end: number): number {
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower) && tokens[k - 1]?.lower !== 'to')) {
      // "operated from Russia spent": a finite verb after a noun phrase.
      if (/^(NOUN|PROPN|NUM)$/.test(tokens[k - 1]?.pos ?? '')) return k;
    }
  }
  return end;
}

/** Index of the first verb after the first lexical verb from `from` ("Whether the dam leaked |
 * remains…"), or tokens.length. */
function secondVerbAt(tokens: readonly Token[], from: number): number {
  let lexical = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX';
    if (verbal && lexical) return k;
    if (t.pos === 'VERB') lexical = true;
  }
  return tokens.length;
}
