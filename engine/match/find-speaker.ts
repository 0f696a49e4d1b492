import type { Token } from '../text/tokenize-text';
import type { StemPhrase } from './index-format';
import type { TokenIndex } from './token-index';

// Who does the article credit with a quote? Coverage names the speaker next to a speech verb
// ("Putin said", "said Vladimir Frolov", "the Russian leader stressed") or uses a pronoun whose
// referent is the speaker of an earlier sentence. This is deliberately small: it only has to
// tell the real speaker of a known quote from someone else.

/** Credit for a quote: a person's name, a role ("the source"), a pronoun, or nothing. */
export interface Credit {
  kind: 'named' | 'role' | 'none';
  /** As written in the article, e.g. "Vladimir Frolov". */
  text: string;
  stems: string[];
}

const SPEECH = new Set([
  'say',
  'tell',
  'stress',
  'add',
  'insist',
  'reply',
  'declar',
  'explain',
  'claim',
  'assert',
  'writ',
  'continu',
  'vow',
  'warn',
  'argu',
  'accord',
  'answer',
  'respond',
  'remark',
  'suggest',
  'acknowledg',
  'admit',
]);
const PRONOUNS = new Set(['he', 'she']);
/** Words between a name and its verb that do not end the name ("Putin has also said"). */
const SKIP = new Set([
  'has',
  'have',
  'had',
  'was',
  'also',
  'then',
  'later',
  'previously',
  'once',
  'reportedly',
  'again',
  'just',
  'repeatedly',
  'publicly',
  'recently',
  'earlier',
  'now',
]);
/** Words that end the search for a speaker phrase. */
const STOP = new Set([
  'that',
  'who',
  'which',
  'and',
  'but',
  'when',
  'while',
  'as',
  'if',
  'because',
  'what',
  'where',
  'to',
  'of',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'about',
  'it',
  'they',
  'we',
  'i',
  'you',
  'this',
  'there',
  'not',
  'no',
  'so',
]);
const ROLES = new Set([
  'source',
  'official',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'leader',
  'president',
  'minister',
  'diplomat',
  'analyst',
  'expert',
  'aide',
  'lawmaker',
  'senator',
  'ambassador',
  'secretary',
  'director',
  'prosecutor',
  'counsel',
  'host',
  'anchor',
  'reporter',
  'kremlin',
]);
/** Capitalised words that are not people (places, bodies, titles, sentence openers). */
const NOT_NAMES = new Set([
  'russia',
  'russian',
  'russians',
  'moscow',
  'kremlin',
  'washington',
  'america',
  'american',
  'americans',
  'united',
  'states',
  'us',
  'usa',
  'uk',
  'britain',
  'british',
  'ukraine',
  'congress',
  'senate',
  'house',
  'white',
  'nbc',
  'cnn',
  'tass',
  'reuters',
  'rt',
  'sputnik',
  'news',
  'the',
  'a',
  'an',
  'in',
  'on',
  'at',
  'when',
  'while',
  'now',
  'it',
  'this',
  'that',
  'these',
  'those',
  'he',
  'she',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'if',
  'as',
  'after',
  'before',
  'meanwhile',
  'however',
  'yet',
  'still',
  'federal',
  'assembly',
  'department',
  'justice',
  'treasury',
  'special',
  'democratic',
  'republican',
  'national',
  'committee',
  'internet',
  'research',
  'agency',
  'gru',
  'fbi',
  'cia',
  'nsa',
  'dnc',
  'president',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sen',
  'rep',
  'gov',
  'secretary',
  'minister',
  'prime',
  'foreign',
  'press',
  'spokesman',
  'spokeswoman',
  'deputy',
  'attorney',
  'general',
  'director',
  'chairman',
  'judge',
  'counsel',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'former',
  'senior',
  'state',
  'government',
  'officials',
  'official',
  'intelligence',
  'source',
  'sources',
  'ministry',
  'council',
  'never',
  'yes',
  'no',
  'let',
  'give',
  'one',
  'what',
  'why',
  'how',
  'there',
  'our',
  'my',
  'his',
  'her',
  'their',
  'its',
]);

const NONE: Credit = { kind: 'none', text: '', stems: [] };
const MAX_PHRASE = 5;
/** How many sentences back a pronoun may look for its speaker. */
const MAX_BACK = 3;

function boundaryBetween(index: TokenIndex, left: number, right: number): boolean {
  const a = index.tokens[left] as Token;
  const b = index.tokens[right] as Token;
  if (a.end >= b.start) return false;
  const between = index.sentence.text.slice(a.end - index.sentence.start, b.start - index.sentence.start);
  return /[,.;:!?"()[\]\n]|--/.test(between);
}

function isName(token: Token): boolean {
  return token.cap && !NOT_NAMES.has(token.word) && !/^\d/.test(token.word);
}

function classify(index: TokenIndex, picked: number[]): Credit | 'pronoun' | null {
  if (picked.length === 0) return null;
  const tokens = picked.map((i) => index.tokens[i] as Token);
  const names = tokens.filter(isName);
  const text = textOf(index, picked);
  const stems = tokens.map((t) => t.stem);
  if (names.length > 0) return { kind: 'named', text, stems };
  if (tokens.length === 1 && PRONOUNS.has(tokens[0]?.word ?? '')) return 'pronoun';
  if (tokens.some((t) => ROLES.has(t.stem))) return { kind: 'role', text, stems };
  return null;
}

function textOf(index: TokenIndex, picked: number[]): string {
  const sorted = [...picked].sort((a, b) => a - b);
  const from = (index.tokens[sorted[0] as number] as Token).start - index.sentence.start;
  const to = (index.tokens[sorted[sorted.length - 1] as number] as Token).end - index.sentence.start;
  return index.sentence.text.slice(from, to);
}

/** The speaker phrase beside the speech verb at `verb`: before it first, then after it. */
function besideVerb(index: TokenIndex, verb: number): Credit | 'pronoun' | null {
  const before: number[] = [];
  for (let j = verb - 1; j >= 0 && before.length < MAX_PHRASE; j--) {
    if (boundaryBetween(index, j, j + 1)) break;
    const word = (index.tokens[j] as Token).word;
    if (SKIP.has(word)) continue;
    if (STOP.has(word) && !PRONOUNS.has(word)) break;
    before.push(j);
    if (PRONOUNS.has(word)) break;
  }
  const fromBefore = classify(index, before);
  if (fromBefore) return fromBefore;
  const after: number[] = [];
  for (let j = verb + 1; j < index.tokens.length && after.length < MAX_PHRASE; j++) {
    if (boundaryBetween(index, j - 1, j)) break;
    const word = (index.tokens[j] as Token).word;
    if (STOP.has(word)) break;
    after.push(j);
  }
  return classify(index, after);
}

/**
 * The speaker beside a speech verb: the verb nearest to token `at`, or, with `at` < 0, the
 * first verb of the sentence (an earlier sentence's main clause names who is talking).
 */
function attributed(index: TokenIndex, at: number): Credit | 'pronoun' | null {
  const verbs: number[] = [];
  index.tokens.forEach((token, i) => {
    if (SPEECH.has(token.stem)) verbs.push(i);
  });
  if (at >= 0) verbs.sort((a, b) => Math.abs(a - at) - Math.abs(b - at));
  for (const verb of verbs.slice(0, 6)) {
    const credit = besideVerb(index, verb);
    if (credit) return credit;
  }
  return null;
}

/** The named person nearest to `at` (before it preferred), outside the range [skipFrom, skipTo]. */
function namedNear(index: TokenIndex, at: number, skipFrom: number, skipTo: number): Credit | null {
  let best: number[] | null = null;
  let bestScore = Number.POSITIVE_INFINITY;
  let run: number[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const last = run[run.length - 1] as number;
    const first = run[0] as number;
    const distance = last < at ? at - last : (first - at) * 2 + 1;
    if (distance < bestScore) {
      best = run;
      bestScore = distance;
    }
    run = [];
  };
  index.tokens.forEach((token, i) => {
    if (i >= skipFrom && i <= skipTo) {
      flush();
      return;
    }
    if (isName(token) && (run.length === 0 || !boundaryBetween(index, i - 1, i))) run.push(i);
    else {
      flush();
      if (isName(token)) run.push(i);
    }
  });
  flush();
  if (!best) return null;
  const picked = best as number[];
  return { kind: 'named', text: textOf(index, picked), stems: picked.map((i) => (index.tokens[i] as Token).stem) };
}

/**
 * Who the article credits with the words at tokens [from, to] of sentence `i`: the speaker
 * beside a speech verb, a named person in the sentence, or, for "he"/"she", the speaker of
 * the nearest earlier sentence that names one.
 */
export function findSpeaker(sentences: TokenIndex[], i: number, from: number, to: number): Credit {
  const own = sentences[i];
  if (!own) return NONE;
  const direct = attributed(own, from);
  if (direct && direct !== 'pronoun') return direct;
  if (!direct) {
    const named = namedNear(own, from, from, to);
    if (named) return named;
  }
  for (let j = i - 1; j >= 0 && j >= i - MAX_BACK; j--) {
    const earlier = sentences[j] as TokenIndex;
    const credit = attributed(earlier, -1);
    if (credit === 'pronoun') continue;
    if (credit) return credit;
    const named = namedNear(earlier, earlier.tokens.length, -1, -1);
    if (named) return named;
  }
  return NONE;
}

/** True when the credit names the quote's real speaker by one of its aliases. */
export function creditsSpeaker(credit: Credit, aliases: StemPhrase[]): boolean {
  if (credit.kind === 'none') return false;
  const { stems } = credit;
  return aliases.some((alias) => {
    if (alias.length === 0) return false;
    for (let i = 0; i + alias.length <= stems.length; i++) {
      let k = 0;
      while (k < alias.length && stems[i + k] === alias[k]) k++;
      if (k === alias.length) return true;
    }
    return false;
  });
}
