// Where clauses begin and end inside one sentence, from punctuation, conjunctions and relative
// pronouns. A negation or a hedge reaches to the end of its clause and no further.
import { CLAUSE_OPENERS, SUBORDINATORS } from './lexicon';
import type { Token } from './tokens';

const HARD_PUNCT = new Set([';', ':', '—', '–', '--', '(', ')', '[', ']', '.', '!', '?', '…']);
const DOUBLE_QUOTES = new Set(['"', '“', '”', '«', '»']);
const SINGLE_QUOTES = new Set(["'", '‘', '’']);

/** A quotation mark (not an apostrophe of a possessive such as "Democrats' claims"). */
export function isQuote(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (DOUBLE_QUOTES.has(t.text)) return true;
  if (!SINGLE_QUOTES.has(t.text)) return false;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // Opening: at the start or after a space, directly before a word.
  if ((!prev || prev.end < t.start) && next && next.start === t.end) return true;
  // Closing: right after punctuation ("…it,' he said").
  return !!prev && prev.pos === 'PUNCT' && !SINGLE_QUOTES.has(prev.text);
}

/** Token k opens a new clause, or is punctuation that ends the previous one. */
export function isBoundary(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return true;
  if (HARD_PUNCT.has(t.text) || isQuote(tokens, k)) return true;
  if (CLAUSE_OPENERS.has(t.lower)) {
    if (t.lower === 'since' && tokens[k + 1]?.pos === 'NUM') return false;
    if (t.lower === 'when' || t.lower === 'where') return tokens[k - 1]?.text === ',';
    return true;
  }
  if (t.text === ',') {
    const next = tokens[k + 1];
    if (!next) return true;
    if (closesSubordinate(tokens, k)) return true;
    if (CLAUSE_OPENERS.has(next.lower)) return true;
    if (next.lower === 'and' || next.lower === 'or' || next.lower === 'so') {
      // ", and he said…": a new clause when a verb follows before the next comma.
      for (let j = k + 2; j < Math.min(tokens.length, k + 7); j++) {
        const u = tokens[j] as Token;
        if (u.text === ',') break;
        if (u.pos === 'VERB' || u.pos === 'AUX') return true;
      }
    }
  }
  return false;
}

/** Index of the first token after `from` that ends the clause (tokens.length at the end). */
export function clauseEnd(tokens: readonly Token[], from: number, extra: ReadonlySet<number> = new Set()): number {
  for (let k = from + 1; k < tokens.length; k++) if (extra.has(k) || isBoundary(tokens, k)) return k;
  return tokens.length;
}

/** Index of the first token of the clause that holds token `at`. */
export function clauseStart(tokens: readonly Token[], at: number, extra: ReadonlySet<number> = new Set()): number {
  for (let k = at; k > 0; k--) {
    if (extra.has(k) || isBoundary(tokens, k)) {
      const t = tokens[k] as Token;
      // A boundary word ("although") belongs to the clause it opens; punctuation does not.
      return t.pos === 'PUNCT' || t.text === ',' ? k + 1 : k;
    }
  }
  return 0;
}

/** Character end of the last word in tokens[from, to) (punctuation and quotes trimmed). */
export function wordsEnd(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (t.pos !== 'PUNCT' && t.pos !== 'SYM') return t.end;
  }
  return tokens[from]?.start ?? 0;
}

/** Index of the first word token in [from, to) (leading punctuation and quotes skipped). */
export function firstWord(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) if ((tokens[k] as Token).pos !== 'PUNCT') return k;
  return from;
}

/** The comma at k closes an introductory subordinate clause: "If they had known, …". */
function closesSubordinate(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const t = tokens[j] as Token;
    if (t.text === ',' || HARD_PUNCT.has(t.text)) return false;
    if (j === 0 || (tokens[j - 1] as Token).pos === 'PUNCT') return SUBORDINATORS.has(t.lower);
  }
  return false;
}

/** End of a complement clause used as part of a noun phrase: "Putin's denial that his government
 * was involved | did not convince…" stops where a second verb group begins. */
export function firstVerbGroupEnd(tokens: readonly Token[], from: number): number {
  const end = clauseEnd(tokens, from - 1);
  let inGroup = false;
  let seen = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    const verbal = t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PART' && /^(not|n't|n’t)$/.test(t.lower));
    if (verbal && seen && !inGroup) return k;
    // "that they did not know | drew criticism": a finite verb right after a lexical verb
    // begins the main clause again.
    const prev = tokens[k - 1] as Token | undefined;
    if (
      inGroup &&
      t.pos === 'VERB' &&
      prev?.pos === 'VERB' &&
      !/(ing|en)$/.test(t.lower) &&
      !/^(get|got|keep|help|let|make|go|come|see|hear|dare)$/.test(prev.lemma)
    )
      return k;
    if (t.pos === 'CCONJ' || t.pos === 'SCONJ') seen = false;
    else if (verbal) seen = true;
    inGroup = verbal || (inGroup && t.pos === 'ADV');
  }
  return end;
}

/** Index of "and"/"but"/"or" that joins a finite (past or third-person) verb with no subject of its
 * own, in [from, end); end if none. With `like`, only a verb of the same form ("denied … and
 * vowed"): it shares that verb's subject. */
export function finiteConjunct(tokens: readonly Token[], from: number, end: number, like?: Token): number {
  const form = (w: Token) => (/ed$/.test(w.lower) ? 'ed' : /[^s]s$/.test(w.lower) ? 's' : '');
  for (let k = from; k < end - 1; k++) {
    if ((tokens[k] as Token).pos !== 'CCONJ') continue;
    let v = k + 1;
    while (v < end && (tokens[v] as Token).pos === 'ADV') v++;
    const w = tokens[v];
    if (w?.pos !== 'VERB' || w.lemma === w.lower) continue;
    // Only when the clause's own verb cannot share the conjunct's form ("were not acting … and
    // vowed", "could be behind them and called"; not "hid the funds and forged", "could have
    // hacked and leaked"); with a speech verb, the conjunct has that verb's form.
    let own = k - 1;
    while (own >= from && !/^(VERB|AUX)$/.test((tokens[own] as Token).pos)) own--;
    const ownVerb = own >= from ? tokens[own] : undefined;
    const incompatible = !!ownVerb && (/ing$/.test(ownVerb.lower) || ownVerb.lemma === ownVerb.lower);
    if (incompatible && (!like || form(like) === form(w) || form(w) === ''))
      return tokens[k - 1]?.text === ',' ? k - 1 : k;
  }
  return end;
}
