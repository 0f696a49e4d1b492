// Negation cues and the reach of each: from the cue to the end of its clause. A negation that
// governs a speech verb ("few deny", "no one disputes", "did not say") reaches only to that
// verb: what the verb introduces is not itself negated.
import { clauseEnd, clauseStart, finiteConjunct, wordsEnd } from './clauses';
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
  // "the two countries lack a treaty": the verb the tagger read as a noun.
  if (
    t.lemma === 'lack' &&
    t.pos === 'NOUN' &&
    /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]?.pos ?? '') &&
    /^(DET|ADJ|NOUN|NUM)$/.test(next?.pos ?? '')
  )
    return 1;
  // "has yet to show", "is yet to appear": not done so far.
  if (
    t.lower === 'yet' &&
    next?.lower === 'to' &&
    tokens[k - 1]?.lemma &&
    /^(have|be)$/.test(tokens[k - 1]?.lemma ?? '')
  )
    return 2;
  return 0;
}

/** Verbs whose object stays under their negation: having, finding, showing, giving ("do not
 * have a treaty", "did not find evidence"). Other verbs presuppose a definite object. */
const OBJECT_NEGATING = new Set([
  'have',
  'possess',
  'hold',
  'contain',
  'include',
  'find',
  'show',
  'provide',
  'produce',
  'present',
  'offer',
  'give',
  'see',
  'get',
  'obtain',
  'reach',
  'make',
  'take',
  'bring',
  'file',
  'uncover',
  'detect',
  'identify',
]);
/** Verbs that take an object and an infinitive of its own: "help the Russians interfere". */
const CAUSATIVE = new Set([
  'help',
  'let',
  'allow',
  'enable',
  'make',
  'cause',
  'force',
  'permit',
  'encourage',
  'get',
  'lead',
]);
const VERBAL_CUES = new Set(['not', "n't", 'n’t', 'never']);

/** Where a verbal negation stops short of its clause end: before a definite or possessive object
 * or an oblique of a verb that presupposes it ("did not condemn Russia's meddling", "did not respond
 * to the interference"), and before the subject of another verb's infinitive ("did not help the
 * Russians interfere"). */
export function objectCut(tokens: readonly Token[], k: number, end: number, open?: Span[]): number {
  let v = k + 1;
  while (v < end && /^(ADV|AUX|PART)$/.test((tokens[v] as Token).pos)) v++;
  const verb = tokens[v];
  // "failed to stop X", "lacked options to…": the negating verb's own complement is looked into.
  const negatingVerb = NEGATING_VERBS.has((tokens[k] as Token).lemma);
  if (!negatingVerb && (verb?.pos !== 'VERB' || verb.lemma === 'be')) return end;
  for (let j = v; j < end; j++) {
    const t = tokens[j] as Token;
    if (CAUSATIVE.has(t.lemma) && t.pos === 'VERB') {
      // "help the Russians (to) interfere": an object, then a bare or to-infinitive.
      let m = j + 1;
      while (m < end && /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test((tokens[m] as Token).pos)) m++;
      if (m > j + 1 && (tokens[m]?.pos === 'VERB' || (tokens[m]?.lower === 'to' && tokens[m + 1]?.pos === 'VERB'))) {
        // Not helping them do it leaves open whether they did: that clause is left unasserted.
        open?.push({ cue: t.text, start: (tokens[j + 1] as Token).start, end: wordsEnd(tokens, j + 1, end) });
        return j + 1;
      }
    }
  }
  // Each action verb in reach, in turn ("lacked options to respond | to Moscow's meddling").
  for (let w = v; w < end; w++) {
    const u = tokens[w] as Token;
    if (u.pos !== 'VERB' || u.lemma === 'be' || OBJECT_NEGATING.has(u.lemma) || NEGATING_VERBS.has(u.lemma)) continue;
    // A participle after a noun ("accounts linked to X") belongs to that noun's phrase.
    if (/(ed|ing)$/.test(u.lower) && /^(NOUN|PROPN|NUM)$/.test(tokens[w - 1]?.pos ?? '')) continue;
    const cut = presupposedAfter(tokens, w, end);
    if (cut < end) return cut;
  }
  return end;
}

/** Where the object or oblique of the verb at w starts when it is presupposed (definite or
 * possessive object, "to/against/about/over/into" + noun phrase); end otherwise. */
function presupposedAfter(tokens: readonly Token[], w: number, end: number): number {
  let j = w + 1;
  while (j < end && (tokens[j] as Token).pos === 'ADV') j++;
  const o = tokens[j];
  if (!o) return end;
  const possessive = (q: number) => /^('s|’s|'|’)$/.test(tokens[q]?.text ?? '');
  const definite =
    /^(the|this|that|these|those|his|her|its|their|our|my|your)$/.test(o.lower) ||
    (o.pos === 'PROPN' && (possessive(j + 1) || possessive(j + 2)));
  if (definite) return j;
  // An oblique: "respond to the interference", "respond forcefully to Russian interference".
  if (/^(to|against|about|over|into)$/.test(o.lower) && /^(DET|ADJ|NOUN|PROPN|PRON)$/.test(tokens[j + 1]?.pos ?? ''))
    return j;
  return end;
}

export function findNegations(
  tokens: readonly Token[],
  sentence: string,
  boundaries: ReadonlySet<number>,
  negatorsOfSpeech: ReadonlyMap<number, number>,
  /** Receives the clauses a negation leaves open ("did not help them interfere": whether they
   * interfered is not said). */
  open?: Span[],
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
    // "neither … nor …", "not … nor …": one negation; "nor" continues the open one.
    if (first.lower === 'nor' && spans.some((sp) => sp.start < first.start && first.start < sp.end)) continue;
    let stop = clauseEnd(tokens, k + size - 1, boundaries);
    // "No group was targeted more than X": a comparison with nothing, i.e. X the most; no negation.
    if (/^(no|nobody|nothing|none)$/.test(first.lower) && comparedWithThan(tokens, k + size, stop)) continue;
    // "Russia, which has no treaty with the US, is…": a relative clause between commas ends at
    // its closing comma.
    const opener = tokens[clauseStart(tokens, k, boundaries)];
    if (opener && /^(which|who|whose|whom)$/.test(opener.lower) && tokens[opener.i - 1]?.text === ',') {
      const comma = tokens.findIndex((u, q) => q > k && q < stop && u.text === ',');
      if (comma >= 0) stop = comma;
    }
    if (speechVerb === undefined && (VERBAL_CUES.has(first.lower) || NEGATING_VERBS.has(first.lemma))) {
      stop = objectCut(tokens, k, stop, open);
      // "weren't acting for the state | and vowed…": a finite verb joined by "and" is not negated.
      stop = finiteConjunct(tokens, k + 1, stop);
    }
    const end = speechVerb !== undefined ? (tokens[speechVerb] as Token).end : wordsEnd(tokens, k, stop);
    spans.push({ cue, start: first.start, end: Math.max(end, last.end) });
    k += size - 1;
  }
  return spans;
}

/** A comparative ("more", "less", "fewer", an "-er" adjective or adverb) followed by "than" in
 * [from, end). */
function comparedWithThan(tokens: readonly Token[], from: number, end: number): boolean {
  let comparative = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    if (
      /^(more|less|fewer|better|worse|greater)$/.test(t.lower) ||
      (/^(ADJ|ADV)$/.test(t.pos) && /[^e]er$/.test(t.lower) && t.lemma !== t.lower)
    )
      comparative = true;
    else if (t.lower === 'than' && comparative) return true;
  }
  return false;
}
