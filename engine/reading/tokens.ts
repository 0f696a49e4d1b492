// The sentence as tokens with part of speech, lemma and character offsets, from wink-nlp and its
// web model (no file system: the model is bundled JSON). The model object is built once, on the
// first call, not at import.

import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

export interface Token {
  /** Index in the token list. */
  i: number;
  text: string;
  lower: string;
  lemma: string;
  /** Universal part-of-speech tag (NOUN, VERB, AUX, PROPN, PRON, ADP, SCONJ, PUNCT, …). */
  pos: string;
  start: number;
  end: number;
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

function loadNlp(): Nlp {
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

/** Tokens of one sentence. Offsets are found in the original text, so they are exact even where
 * the tokenizer splits a word ("won't" gives "wo" + "n't"). */
export function tokenize(sentence: string): Token[] {
  if (sentence.trim() === '') return [];
  const engine = loadNlp();
  const its = engine.its;
  // A Title Case headline is tagged in lower case: otherwise every word reads as a name.
  const lowered = sentence.toLowerCase();
  const source = isTitleCase(sentence) && lowered.length === sentence.length ? lowered : sentence;
  const doc = engine.readDoc(source);
  const values = doc.tokens().out(its.value) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const tokens: Token[] = [];
  let cursor = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k] ?? '';
    const found = value === '' ? -1 : source.indexOf(value, cursor);
    // A token the tokenizer normalised (not found verbatim nearby) keeps the cursor position.
    const start = found >= 0 && found - cursor < 64 ? found : cursor;
    const end = found === start ? start + value.length : start;
    cursor = Math.max(cursor, end);
    // The original words (a Title Case headline was tagged in lower case).
    const text = end > start ? sentence.slice(start, end) : value;
    tokens.push({
      i: tokens.length,
      text,
      lower: text.toLowerCase(),
      lemma: (lemmas[k] ?? value).toLowerCase(),
      pos: tags[k] ?? 'X',
      start,
      end,
    });
  }
  if (source === sentence) retagCapitalisedStart(engine, sentence, tokens);
  retagHiddenVerb(tokens);
  return tokens;
}

const OBJECT_START = new Set(['DET', 'NUM', 'PRON', 'PROPN', 'NOUN', 'ADJ']);

/** "The indictment names 13 Russians.", "Senators grilled lawyers…": a sentence with a full stop
 * and no verb, where a word that can be a finite verb (a plural-looking noun, an "-ed" word) stands
 * between a subject noun phrase and an object, has that word as its verb. */
function retagHiddenVerb(tokens: Token[]): void {
  let last = tokens.length - 1;
  while (last >= 0 && /^["'”’»)]$/.test((tokens[last] as Token).text)) last--;
  if (tokens[last]?.text !== '.') return;
  // Only participles after a noun ("entities accused of…") may stand beside the hidden verb.
  const finite = (t: Token) =>
    t.pos === 'AUX' ||
    (t.pos === 'VERB' &&
      !/ing$/.test(t.lower) &&
      !(/ed$/.test(t.lower) && /^(NOUN|PROPN)$/.test(tokens[t.i - 1]?.pos ?? '')));
  if (tokens.some(finite)) return;
  for (let k = 1; k + 1 < last; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    const next = tokens[k + 1] as Token;
    const plural = t.pos === 'NOUN' && /[^s]s$/.test(t.lower) && t.lemma !== t.lower;
    const past = (t.pos === 'ADJ' || t.pos === 'NOUN') && /[^e]ed$/.test(t.lower);
    // "The charges … concern their lobbying": a noun right before a determiner or a possessive is
    // a verb (a noun phrase does not go on with a determiner).
    const beforeDeterminer =
      t.pos === 'NOUN' && /^(the|a|an|their|his|her|its|our|my|your|this|these|those)$/.test(next.lower);
    if (!(plural || past || beforeDeterminer) || !/^(NOUN|PROPN|PRON)$/.test(prev.pos) || !OBJECT_START.has(next.pos))
      continue;
    // A plural noun before another noun is part of a compound, not a verb.
    if (plural && next.pos === 'NOUN') continue;
    t.pos = 'VERB';
    if (past) t.lemma = t.lower.slice(0, -2);
    return;
  }
}

/** Most words (at least four) start with a capital and are not all capitals: "Kremlin Denies
 * Meddling In Vote". */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const long = words.filter((w) => w.length > 3);
  if (long.length < 3) return false;
  const capitalised = long.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  return capitalised / long.length >= 0.8;
}

/** The tagger reads a capitalised first word as a name ("Allegations of…", "Claims that…").
 * The first words are read again with that letter in lower case; a common word then shows
 * as such (its lemma changes or its tag is not a noun), while a name stays a name. */
function retagCapitalisedStart(engine: Nlp, sentence: string, tokens: Token[]): void {
  const first = tokens.find((t) => t.pos !== 'PUNCT');
  if (first?.pos !== 'PROPN' || !/^[A-Z][a-z]+$/.test(first.text)) return;
  const upto = tokens[Math.min(tokens.length - 1, first.i + 2)] as Token;
  const head = `${sentence.slice(0, first.start)}${first.text.toLowerCase()}${sentence.slice(first.end, upto.end)}`;
  const doc = engine.readDoc(head);
  const values = doc.tokens().out(engine.its.value) as string[];
  const k = values.indexOf(first.text.toLowerCase());
  if (k < 0) return;
  const item = doc.tokens().itemAt(k);
  const pos = item.out(engine.its.pos) as string;
  const lemma = (item.out(engine.its.lemma as unknown as typeof engine.its.value) as string).toLowerCase();
  // A noun whose lemma is the word itself may be a name ("Russia"), unless it is a gerund.
  if (pos === 'NOUN' && lemma === first.lower && !/ing$/.test(lemma)) return;
  first.pos = pos;
  first.lemma = lemma;
}
