// Reported speech: who asserts which part of the sentence, with which verb and stance.
// Forms: "X said (that) P", "P, X said", "P," said X, "According to X, P", "P, according to X",
// passives ("It was reported that P"), "X quoted Y as saying P", "X called P a hoax",
// "P is a myth, X said", "P, though X denies it", and speech nouns ("Putin's denial that P").
import { clauseStart, finiteConjunct, firstVerbGroupEnd, firstWord, isBoundary, isQuote, wordsEnd } from './clauses';
import { DISMISSIVE, NEGATING_VERBS, NEGATORS, SPEECH_NOUNS, SPEECH_VERBS, UNNAMED_HEADS } from './lexicon';
import type { Token } from './tokens';
import type { Attribution, Stance } from './types';

/** Verbs that are speech verbs only with a complement clause, a quote or in a "…, X said" tail. */
const NEEDS_COMPLEMENT = new Set([
  'find',
  'conclude',
  'add',
  'note',
  'post',
  'answer',
  'respond',
  'reply',
  'recall',
  'observe',
  'indicate',
  'hint',
  'imply',
  'predict',
  'assess',
  'remark',
  'maintain',
  'agree',
  'concur',
  'show',
  'determine',
  'establish',
  'think',
  'believe',
  'boast',
  'brag',
  'write',
  'report',
  'state',
  'explain',
  'charge',
  'question',
  'doubt',
  'query',
  'warn',
  'stress',
  'testify',
  'announce',
  'declare',
  'tell',
  'reveal',
  'disclose',
  'argue',
  'contend',
]);
/** Verbs that deny only with a dismissive word: "called it a hoax", "branded the report fake",
 * "blasted the probe as a witch hunt". */
const LABELLING_VERBS = new Set([
  'call',
  'brand',
  'label',
  'term',
  'describe',
  'characterize',
  'characterise',
  'blast',
  'slam',
  'denounce',
  'decry',
  'deride',
]);
const ADDRESSING_VERBS = new Set(['tell', 'warn', 'assure', 'remind', 'inform', 'promise', 'convince']);
const SUBORDINATE_WORDS = new Set([
  'when',
  'where',
  'if',
  'as',
  'because',
  'once',
  'after',
  'before',
  'while',
  'since',
  'whether',
  'then',
]);
const HARD_STOPS = new Set([';', ':', '.', '?', '!']);
const PASSIVE_ADJECTIVES: ReadonlyMap<string, string> = new Map([
  ['alleged', 'allege'],
  ['reported', 'report'],
  ['said', 'say'],
  ['believed', 'believe'],
  ['thought', 'think'],
  ['accused', 'accuse'],
  ['suspected', 'suspect'],
  ['rumored', 'suggest'],
  ['rumoured', 'suggest'],
]);
const COMPLEMENTIZERS = new Set(['that', 'whether', 'if', ':']);
const SPEAKER_TAGS = new Set(['PROPN', 'NOUN', 'PRON', 'DET', 'ADJ', 'NUM', 'PART']);
const SKIPPABLE_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const CONTRAST = new Set(['but', 'yet', 'though', 'although', 'whereas', 'however']);
const ANAPHORS = new Set(['it', 'this', 'that', 'so', 'them', 'these', 'those']);
const QUASI_NEGATIVE_SPEAKERS = new Set(['few', 'nobody', 'none', 'no']);

interface Found {
  attribution: Attribution;
  /** Token index of a "…, X said" comma, which ends the clause before it. */
  tailComma: number | null;
}

export interface AttributionResult {
  attributions: Attribution[];
  /** Token indexes where a reported-speech tail begins (", X said"): clause boundaries. */
  tailBoundaries: Set<number>;
  /** Token indexes of negation cues that govern a speech verb rather than its content. */
  negatorsOfSpeech: Map<number, number>;
  /** Token indexes of the speech verbs (and of "according") that were read. */
  verbTokens: Set<number>;
}

function isNounLike(t: Token | undefined): boolean {
  return !!t && (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM');
}

/** The speech-verb lemma at k, or null. Corrects taggings such as "no one disputes" as a noun. */
function speechVerbAt(tokens: readonly Token[], k: number): string | null {
  const t = tokens[k] as Token;
  const prev = tokens[k - 1];
  // "is alleged to…", "was reported to…": the tagger reads some participles as adjectives.
  const participle = t.pos === 'ADJ' && prev?.lemma === 'be' ? PASSIVE_ADJECTIVES.get(t.lower) : undefined;
  if (participle) return participle;
  if (!SPEECH_VERBS.has(t.lemma)) return null;
  const next = tokens[k + 1];
  if (t.pos === 'NOUN') {
    const verbal = !!prev && isNounLike(prev) && !!next && COMPLEMENTIZERS.has(next.lower);
    if (!verbal) return null;
  } else if (t.pos !== 'VERB') return null;
  // An adjectival participle: "the alleged hacking", "reported contacts".
  if (
    /ed$/.test(t.lower) &&
    (!prev || prev.pos === 'DET' || prev.pos === 'ADP') &&
    next &&
    /^(NOUN|ADJ|PROPN)$/.test(next.pos)
  )
    return null;
  return t.lemma;
}

/** Walks back from the token before `k` over adverbs and auxiliaries, then over a noun phrase. */
function speakerBefore(
  tokens: readonly Token[],
  k: number,
  floor: number,
): { start: number; end: number; negator: number | null } | null {
  let j = k - 1;
  let negator: number | null = null;
  while (j >= floor) {
    const t = tokens[j] as Token;
    if (NEGATORS.has(t.lower) && t.pos !== 'PRON' && t.pos !== 'DET' && t.pos !== 'NOUN') negator = j;
    else if (t.lower === 'to' && NEGATING_VERBS.has(tokens[j - 1]?.lemma ?? '')) {
      negator = j - 1;
      j--;
    } else if (!SKIPPABLE_BEFORE_VERB.has(t.pos) || t.text === "'s" || SUBORDINATE_WORDS.has(t.lower)) break;
    j--;
  }
  const end = j + 1;
  while (j >= floor) {
    const t = tokens[j] as Token;
    const inner =
      SPEAKER_TAGS.has(t.pos) ||
      (t.pos === 'ADP' &&
        /^(of|for|at|from|in|with|to|on)$/.test(t.lower) &&
        j > floor &&
        (isNounLike(tokens[j - 1]) || tokens[j - 1]?.pos === 'ADJ')) ||
      (t.pos === 'VERB' && t.lower === 'familiar') ||
      (t.pos === 'PUNCT' && (t.text === '.' || t.text === "'" || t.text === '’') && j > floor && !isQuote(tokens, j));
    if (!inner || (t.pos === 'PRON' && /^(that|which|who|whom|whose|what)$/.test(t.lower))) break;
    if (t.pos === 'PART' && !/^('s|’s|'|’)$/.test(t.text)) break;
    j--;
  }
  let start = j + 1;
  while (start < end && (tokens[start] as Token).pos === 'ADP') start++;
  if (start >= end) return null;
  const words = tokens.slice(start, end);
  if (!words.some((w) => w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || w.lower === 'one')) return null;
  // "Hardly anyone denies…": an adverb before the subject negates it.
  const pre = tokens[start - 1];
  if (pre && start - 1 >= floor && /^(hardly|scarcely|barely)$/.test(pre.lower)) negator ??= start - 1;
  for (let m = start; m < end; m++) {
    const w = tokens[m] as Token;
    if (QUASI_NEGATIVE_SPEAKERS.has(w.lower) && !(w.lower === 'few' && tokens[m - 1]?.lower === 'a')) negator ??= m;
  }
  return { start, end, negator };
}

/** A noun phrase forward from `from`, up to a boundary or a verb. */
function phraseAfter(tokens: readonly Token[], from: number, stopAt: (t: Token) => boolean): number {
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.text === ',' || isBoundary(tokens, k) || stopAt(t)) break;
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !(t.lower === 'familiar' || (/ing$/.test(t.lower) && k > from))) break;
    k++;
  }
  return k;
}

function isUnnamed(tokens: readonly Token[], start: number, end: number): boolean {
  const words = tokens.slice(start, end).filter((t) => t.pos !== 'PUNCT');
  if (words.length === 0) return true;
  if (words.some((w) => w.lower === 'someone' || w.lower === 'source' || w.lower === 'sources')) return true;
  // The head: the last noun before any "of/with/familiar…" modifier.
  let head: Token | undefined;
  for (const w of words) {
    if (w.pos === 'ADP' || w.lower === 'familiar') break;
    if (w.pos === 'NOUN' || w.pos === 'PROPN' || w.pos === 'PRON' || w.pos === 'NUM') head = w;
  }
  if (!head) return true;
  if (head.pos === 'PROPN') return false;
  return UNNAMED_HEADS.has(head.lemma) || UNNAMED_HEADS.has(head.lower);
}

/** End (token index, exclusive) of reported content that starts at `from`. */
function contentStop(tokens: readonly Token[], from: number, taken: ReadonlySet<number>): number {
  let verbSeen = false;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // "denied it and said nothing": an object, then the main clause goes on with a new verb.
    if (!verbSeen && t.pos === 'CCONJ' && k > from) {
      let v = k + 1;
      while (tokens[v]?.pos === 'ADV') v++;
      if (tokens[v]?.pos === 'VERB' && !/ing$/.test((tokens[v] as Token).lower)) return k;
    }
    if (t.pos === 'VERB' || t.pos === 'AUX') verbSeen = true;
    if (taken.has(k) || t.text === ';') return k;
    if (CONTRAST.has(t.lower) && k > from) return tokens[k - 1]?.text === ',' ? k - 1 : k;
    const next = tokens[k + 1];
    if (
      t.text === ',' &&
      k > from &&
      isBoundary(tokens, k) &&
      !/^(which|who|whom|whose|where|when)$/.test(next?.lower ?? '')
    )
      return k;
    if (
      t.text === ',' &&
      next &&
      (/^(while|whereas)$/.test(next.lower) || (next.pos === 'VERB' && /ing$/.test(next.lower)))
    )
      return k;
    // ", a day after X", ", after X", ", as X", ", when X": a temporal or adverbial adjunct of
    // the reporting clause, not part of what is reported.
    if (t.text === ',' && k > from && adjunctAt(tokens, k + 1)) return k;
  }
  return tokens.length;
}

const ADJUNCT_OPENERS = new Set(['after', 'before', 'as', 'when', 'while', 'since', 'until', 'following', 'amid']);
const TIME_NOUNS = /^(day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|moment|moments)$/;

/** An adverbial adjunct opens at k: "after…", "as…", "a day after…", "two weeks before…". */
function adjunctAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (ADJUNCT_OPENERS.has(t.lower)) return true;
  let j = k;
  while (j < k + 3 && /^(DET|NUM|ADJ)$/.test(tokens[j]?.pos ?? '')) j++;
  return (
    j > k &&
    TIME_NOUNS.test(tokens[j]?.lower ?? '') &&
    /^(after|before|since|later|earlier)$/.test(tokens[j + 1]?.lower ?? '')
  );
}

const FALSE_WORDS = new Set([
  'wrong',
  'incorrect',
  'inaccurate',
  'misleading',
  'untrue',
  'false',
  'absurd',
  'ridiculous',
  'laughable',
  'nonsense',
  'preposterous',
  'nonsensical',
]);
const TRUE_WORDS = new Set(['true', 'correct', 'accurate', 'right']);

/** "it is false that P", "it was absurd to suggest that P", "it is not true that P": the
 * adjective, the speech verb (if any) and where the content starts. */
function falseToSay(
  tokens: readonly Token[],
  k: number,
): { adjective: number; verb: number | null; from: number; negator: number | null } | null {
  if (tokens[k]?.lower !== 'it' || tokens[k + 1]?.lemma !== 'be') return null;
  let j = k + 2;
  let negator: number | null = null;
  while (j < tokens.length && /^(ADV|PART)$/.test((tokens[j] as Token).pos)) {
    if (/^(not|n't|n’t|never)$/.test((tokens[j] as Token).lower)) negator = j;
    j++;
  }
  const negated = negator !== null;
  const adj = tokens[j];
  if (!adj) return null;
  const calledFalse = negated ? TRUE_WORDS.has(adj.lower) : FALSE_WORDS.has(adj.lower) || DISMISSIVE.has(adj.lower);
  if (!calledFalse) return null;
  let from = j + 1;
  let verb: number | null = null;
  if (tokens[from]?.lower === 'to' && tokens[from + 1]?.pos === 'VERB') {
    verb = from + 1;
    from += 2;
  }
  if (tokens[from]?.lower === 'that') from++;
  else if (verb === null) return null;
  return from < tokens.length ? { adjective: j, verb, from, negator } : null;
}

/** "S is a myth", "S was a hoax": content dismissed as false. */
function dismissal(tokens: readonly Token[], from: number, to: number): { start: number; end: number } | null {
  // "there is no evidence that S" is not a denial: its negation covers S (see negations).
  // "S be (a|an|the|pure|…)* DISMISSIVE" at the end of the content.
  let last = to - 1;
  while (last > from && (tokens[last] as Token).pos === 'PUNCT') last--;
  for (let k = last; k > from && k >= last - 4; k--) {
    const t = tokens[k] as Token;
    if (t.lemma === 'be') {
      const tail = tokens.slice(k + 1, last + 1);
      if (
        !tail.some((w) => NEGATORS.has(w.lower)) &&
        tail.some((w) => DISMISSIVE.has(w.lemma) || DISMISSIVE.has(w.lower)) &&
        tail.every((w) => w.pos !== 'VERB' || DISMISSIVE.has(w.lower))
      )
        return { start: from, end: k };
      return null;
    }
  }
  return null;
}

function make(
  tokens: readonly Token[],
  verb: string,
  stance: Stance,
  speaker: { start: number; end: number } | null,
  content: { start: number; end: number },
  negated: boolean,
  sentence: string,
): Attribution {
  const c0 = firstWord(tokens, content.start, content.end);
  const contentStart = tokens[c0]?.start ?? sentence.length;
  const contentEnd = Math.max(contentStart, wordsEnd(tokens, c0, content.end));
  const speakerStart = speaker ? (tokens[speaker.start] as Token).start : 0;
  const speakerEnd = speaker ? (tokens[speaker.end - 1] as Token).end : 0;
  return {
    speaker: speaker ? sentence.slice(speakerStart, speakerEnd) : null,
    speakerStart,
    speakerEnd,
    unnamed: speaker ? isUnnamed(tokens, speaker.start, speaker.end) : true,
    verb,
    stance: negatedStance(stance, negated),
    contentStart,
    contentEnd,
    negated,
    relayedBy: null,
    verbStart: 0,
    verbEnd: 0,
  };
}

/** Sets the offsets of the speech word (tokens [from, to)) on an attribution. */
function at<T extends Attribution>(a: T, tokens: readonly Token[], from: number, to = from + 1): T {
  a.verbStart = (tokens[from] as Token).start;
  a.verbEnd = (tokens[to - 1] as Token).end;
  return a;
}

/** A negated denial asserts; any other negated speech act leaves its content unasserted, which
 * reads as a denial of it; a negated indirect question is still a question. */
function negatedStance(stance: Stance, negated: boolean): Stance {
  if (!negated) return stance;
  if (stance === 'deny') return 'assert';
  if (stance === 'question' || stance === 'assert') return stance;
  return 'deny';
}

/** Refines a say-type stance when the content calls something false. */
function refine(
  tokens: readonly Token[],
  stance: Stance,
  content: { start: number; end: number },
): { stance: Stance; content: { start: number; end: number } } {
  if (stance !== 'report' && stance !== 'deny') return { stance, content };
  const d = dismissal(tokens, firstWord(tokens, content.start, content.end), content.end);
  return d ? { stance: 'deny', content: d } : { stance, content };
}

export function findAttributions(tokens: readonly Token[], sentence: string): AttributionResult {
  const found: Found[] = [];
  const used = new Set<number>();
  const tailBoundaries = new Set<number>();
  const negatorsOfSpeech = new Map<number, number>();
  const verbTokens = new Set<number>();
  const n = tokens.length;

  // "According to X, P" and "P, according to X".
  for (let k = 0; k + 1 < n; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'according' || (tokens[k + 1] as Token).lower !== 'to') continue;
    let sEnd = k + 2;
    while (sEnd < n && (tokens[sEnd] as Token).text !== ',' && !isBoundary(tokens, sEnd)) sEnd++;
    if (sEnd <= k + 2) continue;
    const speaker = { start: k + 2, end: sEnd };
    const before = k > 0 && tokens[k - 1]?.text === ',';
    const content = before
      ? { start: 0, end: k - 1 }
      : { start: tokens[sEnd]?.text === ',' ? sEnd + 1 : sEnd, end: contentStop(tokens, sEnd + 1, used) };
    if (before) tailBoundaries.add(k - 1);
    const r = refine(tokens, 'report', content);
    found.push({
      attribution: at(make(tokens, 'accord', r.stance, speaker, r.content, false, sentence), tokens, k, k + 2),
      tailComma: before ? k - 1 : null,
    });
    verbTokens.add(k);
    for (let m = k; m < sEnd; m++) used.add(m);
  }

  // A headline's "Name: P" credits P to the name.
  const colon = tokens.findIndex((t) => t.text === ':');
  const quoted = tokens.slice(colon + 1).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  if (
    quoted &&
    colon > 0 &&
    colon <= 4 &&
    tokens.slice(0, colon).every((t) => t.pos === 'PROPN' || t.text === "'s" || t.text === '’s')
  ) {
    const a = make(tokens, 'say', 'report', { start: 0, end: colon }, { start: colon + 1, end: n }, false, sentence);
    const r = refine(tokens, 'report', { start: colon + 1, end: n });
    found.push({
      attribution: at(
        {
          ...a,
          ...(r.stance === 'deny'
            ? make(tokens, 'say', 'deny', { start: 0, end: colon }, r.content, false, sentence)
            : {}),
        },
        tokens,
        colon,
      ),
      tailComma: null,
    });
    verbTokens.add(colon);
  }

  // "It is false that P", "it was absurd to suggest that P": the content is called false.
  const extraposed: Attribution[] = [];
  for (let k = 0; k + 3 < n; k++) {
    const e = falseToSay(tokens, k);
    if (!e) continue;
    if (e.verb !== null) used.add(e.verb);
    if (e.negator !== null) negatorsOfSpeech.set(e.negator, e.adjective);
    const a = make(
      tokens,
      'deny',
      'deny',
      null,
      { start: e.from, end: contentStop(tokens, e.from, used) },
      false,
      sentence,
    );
    at(a, tokens, e.adjective);
    extraposed.push(a);
    found.push({ attribution: a, tailComma: null });
    verbTokens.add(e.adjective);
  }

  for (let k = 0; k < n; k++) {
    if (used.has(k)) continue;
    // "Putin's proposal to question the officers", "no reason to believe": an infinitive after a
    // noun is no speech act of anyone.
    if (
      tokens[k - 1]?.lower === 'to' &&
      tokens[k - 2]?.pos === 'NOUN' &&
      !purposeSubject(tokens, k, clauseStart(tokens, k))
    )
      continue;
    const lemma = speechVerbAt(tokens, k);
    if (lemma) {
      // "…, adding that P": a participle after a comma shares the previous speaker.
      const prior = found[found.length - 1]?.attribution;
      const participle = /ing$/.test((tokens[k] as Token).lower) && tokens[k - 1]?.text === ',';
      // "…denies P and says Q": a second verb with no subject of its own.
      let b = k - 1;
      while (b > 0 && (tokens[b] as Token).pos === 'ADV') b--;
      const coordinated = /^(and|but)$/.test(tokens[b]?.lower ?? '') && !isNounLike(tokens[b + 1]);
      const inherit =
        (participle || coordinated) && prior?.speaker ? tokenRange(tokens, prior.speakerStart, prior.speakerEnd) : null;
      const a = verbAttribution(tokens, k, lemma, sentence, used, tailBoundaries, negatorsOfSpeech, inherit);
      if (a) {
        at(a.attribution, tokens, k);
        found.push(a);
        verbTokens.add(k);
      }
      continue;
    }
    const t = tokens[k] as Token;
    const noun = t.pos === 'NOUN' ? SPEECH_NOUNS.get(t.lemma) : undefined;
    if (noun) {
      const a = nounAttribution(tokens, k, noun[0], noun[1], sentence, negatorsOfSpeech);
      if (a) found.push({ attribution: at(a, tokens, k), tailComma: null });
    }
  }
  // The one who calls it false is the speaker the sentence reports, if any ("Putin said it was
  // absurd to suggest…").
  for (const a of extraposed) {
    let outer: Attribution | null = null;
    for (const f of found) {
      const b = f.attribution;
      if (b === a || b.contentStart > a.verbStart || a.verbStart >= b.contentEnd) continue;
      if (!outer || b.contentEnd - b.contentStart < outer.contentEnd - outer.contentStart) outer = b;
    }
    if (outer?.speaker) {
      a.speaker = outer.speaker;
      a.speakerStart = outer.speakerStart;
      a.speakerEnd = outer.speakerEnd;
      a.unnamed = outer.unnamed;
    }
  }
  return { attributions: found.map((f) => f.attribution), tailBoundaries, negatorsOfSpeech, verbTokens };
}

/** "Putin's denial that P", "the denial by Moscow of P". */
function nounAttribution(
  tokens: readonly Token[],
  k: number,
  verb: string,
  stance: Stance,
  sentence: string,
  negatorsOfSpeech: Map<number, number>,
): Attribution | null {
  let speaker: { start: number; end: number } | null = null;
  const prev = tokens[k - 1];
  if (prev && /^('s|’s|'|’)$/.test(prev.text)) {
    const s = speakerBefore(tokens, k - 1, 0);
    if (s) speaker = { start: s.start, end: k - 1 };
  } else if (prev && /^(his|her|their|its|our|my)$/.test(prev.lower)) {
    // "Putin reiterated his denial of…": the subject of the verb, else the possessive pronoun.
    const lv = tokens[k - 2];
    const s =
      lv?.pos === 'VERB' && LIGHT_VERBS.has(lv.lemma) ? speakerBefore(tokens, k - 2, clauseStart(tokens, k - 2)) : null;
    speaker = s && s.negator == null ? { start: s.start, end: s.end } : { start: k - 1, end: k };
  } else if (prev?.pos === 'PROPN') {
    // "Putin denial of meddling": a name before the noun is its speaker.
    let s = k - 1;
    while (s > 0 && tokens[s - 1]?.pos === 'PROPN') s--;
    speaker = { start: s, end: k };
  }
  // "issued a forceful denial of…", "made the allegation", "contains no allegation that…": the
  // subject of a light verb makes the speech act the noun names.
  let light = false;
  let negator: number | null = null;
  if (!speaker) {
    let v = k - 1;
    while (v > 0 && /^(DET|ADJ|ADV|NOUN|PUNCT)$/.test((tokens[v] as Token).pos) && (tokens[v] as Token).text !== ',') {
      if (/^(no|never)$/.test((tokens[v] as Token).lower)) negator = v;
      v--;
    }
    const lv = tokens[v];
    if (lv?.pos === 'VERB' && LIGHT_VERBS.has(lv.lemma)) {
      const s = speakerBefore(tokens, v, clauseStart(tokens, v));
      if (s) {
        speaker = { start: s.start, end: s.end };
        light = true;
        if (s.negator != null) negator ??= s.negator;
      }
    }
  }
  let after = k + 1;
  if (tokens[after]?.lower === 'by') {
    const end = phraseAfter(tokens, after + 1, (t) => t.lower === 'of' || t.lower === 'that');
    if (end > after + 1) speaker = { start: after + 1, end };
    after = end;
  }
  if (!speaker) return null;
  const link = tokens[after];
  const linked = !!link && /^(that|of)$/.test(link.lower);
  if (!linked && !light) return null;
  if (negator != null) negatorsOfSpeech.set(negator, k);
  const content = linked
    ? {
        start: after + 1,
        end: link.lower === 'of' ? ofPhraseEnd(tokens, after + 1) : firstVerbGroupEnd(tokens, after + 1),
      }
    : { start: after, end: after };
  return make(tokens, verb, stance, speaker, content, negator != null, sentence);
}

/** End of the noun phrase after "denial of": "election meddling | powerful", "meddling | was…". */
function ofPhraseEnd(tokens: readonly Token[], from: number): number {
  const end = firstVerbGroupEnd(tokens, from);
  for (let k = from; k < end; k++) {
    const t = tokens[k] as Token;
    const prev = tokens[k - 1] as Token;
    if (
      t.pos === 'ADJ' &&
      k > from &&
      /^(NOUN|PROPN)$/.test(prev.pos) &&
      !/^(NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? '')
    )
      return k;
  }
  return end;
}

/** Verbs that carry a speech noun: "issued a denial", "made the allegation", "repeated the claim". */
const LIGHT_VERBS = new Set([
  'issue',
  'make',
  'repeat',
  'reiterate',
  'renew',
  'offer',
  'give',
  'voice',
  'express',
  'level',
  'lodge',
  'deliver',
  'contain',
  'include',
]);

function verbAttribution(
  tokens: readonly Token[],
  k: number,
  lemma: string,
  sentence: string,
  used: Set<number>,
  tailBoundaries: Set<number>,
  negatorsOfSpeech: Map<number, number>,
  inherit: { start: number; end: number } | null = null,
): Found | null {
  const n = tokens.length;
  const t = tokens[k] as Token;
  let stance = SPEECH_VERBS.get(lemma) as Stance;
  let verb = lemma;
  let relayedBy: string | null = null;

  // "X quoted Y as saying", "X cited Y as saying": Y is the speaker, X relays.
  let quoted: { start: number; end: number } | null = null;
  if (lemma === 'quote' || lemma === 'cite') {
    let j = k + 1;
    while (j < n && (tokens[j] as Token).lower !== 'as' && !isBoundary(tokens, j)) j++;
    const saying = tokens[j + 1];
    if (tokens[j]?.lower !== 'as' || !saying || !SPEECH_VERBS.has(saying.lemma) || j === k + 1) return null;
    quoted = { start: k + 1, end: j };
    used.add(j + 1);
    verb = saying.lemma;
    stance = SPEECH_VERBS.get(saying.lemma) as Stance;
  }

  // Passive: "It was reported that P", "Russia is alleged to have…", "…, it was claimed".
  const prevWord = (() => {
    let j = k - 1;
    while (j >= 0 && ((tokens[j] as Token).pos === 'ADV' || NEGATORS.has((tokens[j] as Token).lower))) j--;
    return j;
  })();
  // "three entities accused of meddling": a participle after a noun is a reduced passive relative.
  const reduced =
    /ed$/.test(t.lower) &&
    isNounLike(tokens[k - 1]) &&
    tokens[k - 1]?.pos !== 'PRON' &&
    /^(of|with|by|in|over)$/.test(tokens[k + 1]?.lower ?? '') &&
    (stance === 'allege' || stance === 'report');
  const passive =
    reduced ||
    (t.pos === 'ADJ' && PASSIVE_ADJECTIVES.has(t.lower)) ||
    (prevWord >= 0 &&
      (tokens[prevWord] as Token).lemma === 'be' &&
      /(ed|en|id|ld|wn|ght)$/.test(t.lower) &&
      !LABELLING_VERBS.has(lemma));

  const clause0 = clauseStart(tokens, k);
  const speaker = passive
    ? null
    : (purposeSubject(tokens, k, clause0) ??
      speakerBefore(tokens, k, clause0) ??
      speakerBeforeRelative(tokens, k) ??
      (inherit ? { ...inherit, negator: null } : null));

  // Tail: "P, X said" / "P," said X / "P, though X denies it".
  const before = speaker ? speaker.start - 1 : k - 1;
  const beforeTok = tokens[before];
  const tailLead = !!beforeTok && (beforeTok.text === ',' || isQuote(tokens, before) || beforeTok.text === '—');
  let restAt = quoted ? quoted.end + 2 : k + 1;
  if (speaker && ADDRESSING_VERBS.has(lemma) && tokens[restAt]?.pos !== 'PUNCT') {
    let m = restAt;
    while (
      m < n &&
      m < restAt + 3 &&
      /^(DET|NOUN|PRON|ADJ)$/.test((tokens[m] as Token).pos) &&
      !ANAPHORS.has((tokens[m] as Token).lower)
    )
      m++;
    if (m > restAt && (!tokens[m] || (tokens[m] as Token).pos === 'PUNCT' || (tokens[m] as Token).pos === 'ADP'))
      restAt = m;
  }
  const rest = tokens[restAt];
  const nothingAfter =
    !rest ||
    rest.pos === 'PUNCT' ||
    rest.pos === 'ADP' ||
    (rest.pos === 'PROPN' && !speaker) ||
    rest.pos === 'ADV' ||
    ((rest.pos === 'PRON' || rest.pos === 'DET') && ANAPHORS.has(rest.lower) && isEndish(tokens, k + 2));
  const inverted = !speaker && !!rest && (rest.pos === 'PROPN' || rest.pos === 'NOUN' || rest.pos === 'DET');
  if (tailLead && before > 0 && nothingAfter && (speaker || inverted) && !COMPLEMENTIZERS.has(rest?.lower ?? '')) {
    // Inverted: '…," said Lavrov.'
    let spk = speaker;
    if (!spk && rest && (rest.pos === 'PROPN' || rest.pos === 'NOUN' || rest.pos === 'DET')) {
      const end = phraseAfter(tokens, k + 1, (u) => u.pos === 'ADP' && u.lower !== 'of');
      spk = { start: k + 1, end, negator: null };
    }
    let cEnd = before;
    while (cEnd > 0 && ((tokens[cEnd - 1] as Token).text === ',' || isQuote(tokens, cEnd - 1))) cEnd--;
    // "…, though X denies it": the opener belongs to the tail.
    const opener = tokens[before + 1];
    let cStart = 0;
    for (let m = cEnd - 1; m > 0; m--)
      if (tailBoundaries.has(m) || (tokens[m] as Token).text === ';') {
        cStart = m + 1;
        break;
      }
    const lead = beforeTok.text === ',' && opener && CONTRAST.has(opener.lower) ? before : before;
    tailBoundaries.add(lead);
    if (spk?.negator != null) negatorsOfSpeech.set(spk.negator, k);
    const r = refine(tokens, stance, { start: cStart, end: cEnd });
    const a = make(tokens, verb, r.stance, spk, r.content, spk?.negator != null, sentence);
    if (quoted) {
      relayedBy = spk ? sentence.slice(a.speakerStart, a.speakerEnd) : null;
      Object.assign(a, speakerFields(tokens, quoted, sentence));
    }
    a.relayedBy = relayedBy;
    return { attribution: a, tailComma: lead };
  }
  // A speaker inside "P, though X denies it" starts after the contrast word.
  if (speaker && CONTRAST.has((tokens[speaker.start] as Token).lower)) speaker.start++;

  // Content after the verb.
  let cFrom = quoted ? quoted.end + 2 : k + 1;
  let j = cFrom;
  let complement = false;
  const limit = Math.min(n, cFrom + 8);
  for (; j < limit; j++) {
    const u = tokens[j] as Token;
    const quoteOpens = isQuote(tokens, j) && (j === cFrom || /^[,:]$/.test(tokens[j - 1]?.text ?? ''));
    // "questioned that." is an anaphor, not a complementizer.
    const anaphoricThat = u.lower === 'that' && isEndish(tokens, j + 1) && !CONTRAST.has(tokens[j + 1]?.lower ?? '');
    if ((COMPLEMENTIZERS.has(u.lower) && !anaphoricThat) || quoteOpens) {
      complement = true;
      break;
    }
    if (u.text === ',' && j === cFrom && parentheticalEnd(tokens, j) > j) {
      j = parentheticalEnd(tokens, j);
      continue;
    }
    if (u.pos === 'VERB' || u.pos === 'AUX' || isBoundary(tokens, j) || u.text === ',') break;
  }
  if (complement) cFrom = j + 1;
  else if (bareClause(tokens, cFrom)) {
    complement = true;
    // "told Reuters the diplomats would leave": the addressee is not the content.
    const addressee = ADDRESSING_VERBS.has(lemma) ? addresseeEnd(tokens, cFrom) : cFrom;
    if (addressee > cFrom && bareClause(tokens, addressee)) cFrom = addressee;
  }
  // "P, though X denies it": the pronoun stands for the clause before.
  const obj = tokens[cFrom];
  if (obj && ANAPHORS.has(obj.lower) && !complement && isEndish(tokens, cFrom + 1)) {
    const open = speaker ? speaker.start - 1 : k - 1;
    let stop = open;
    while (stop > 0 && (CONTRAST.has((tokens[stop] as Token).lower) || (tokens[stop] as Token).text === ',')) stop--;
    if (stop > 0 && stop < open) {
      tailBoundaries.add(stop + 1);
      const r = refine(tokens, stance, { start: 0, end: stop + 1 });
      const a = make(tokens, verb, r.stance, speaker, r.content, speaker?.negator != null, sentence);
      return { attribution: a, tailComma: stop + 1 };
    }
  }

  if (!complement && NEEDS_COMPLEMENT.has(lemma) && !quoted) {
    // "warned of…", "told reporters…", "wrote a book": not reported content.
    if (!(lemma === 'charge' && tokens[k + 1]?.pos !== 'PUNCT')) return null;
  }
  let cEnd = contentStop(tokens, cFrom, tailBoundaries);
  // "denied that P and vowed Q": a verb of the speech verb's own form goes back to its subject.
  if (complement) cEnd = finiteConjunct(tokens, cFrom + 1, cEnd, t);
  // In a relative clause ("Putin, who has denied it, spoke…") the content ends at its comma.
  let r0 = k - 1;
  while (r0 > 0 && SKIPPABLE_BEFORE_VERB.has((tokens[r0] as Token).pos)) r0--;
  // "denied the report, which…": a relative clause on a noun phrase object is the writer's.
  if (!complement) {
    const rel = tokens.findIndex(
      (u, q) => q > cFrom && q < cEnd && u.text === ',' && /^(which|who|whom|whose)$/.test(tokens[q + 1]?.lower ?? ''),
    );
    if (rel >= 0) cEnd = rel;
  }
  if (/^(who|which)$/.test(tokens[r0]?.lower ?? '') && /^(,|—|–|--|\()$/.test(tokens[r0 - 1]?.text ?? '')) {
    const comma = tokens.findIndex((u, q) => q >= cFrom && q < cEnd && /^(,|—|–|--|\))$/.test(u.text));
    if (comma >= 0) cEnd = comma;
  }

  // "called on the US to provide evidence", "called for proof": a demand.
  if (lemma === 'call' && /^(on|upon|for)$/.test(tokens[k + 1]?.lower ?? '')) {
    const from = tokens[k + 1]?.lower === 'for' ? k + 2 : requestContent(tokens, k + 2, cEnd);
    if (from === null || !speaker) return null;
    const a = make(tokens, 'call', 'demand', speaker, { start: from, end: cEnd }, speaker.negator != null, sentence);
    return { attribution: a, tailComma: null };
  }
  if (LABELLING_VERBS.has(lemma)) {
    let d = -1;
    for (let m = k + 2; m < cEnd; m++)
      if (DISMISSIVE.has((tokens[m] as Token).lemma)) {
        d = m;
        break;
      }
    if (d < 0) {
      // "called the proposal an incredible offer": a naming verb with a label that is not
      // dismissive reports the speaker's view of it.
      if (!NAMING_VERBS.has(lemma) || !speaker || !labelAfterObject(tokens, cFrom, cEnd)) return null;
      const stop = finiteConjunct(tokens, cFrom + 1, cEnd);
      const a = make(tokens, verb, 'report', speaker, { start: cFrom, end: stop }, speaker.negator != null, sentence);
      return { attribution: a, tailComma: null };
    }
    const as = tokens.findIndex((u, q) => q > k + 1 && q < d && u.lower === 'as');
    // "called it a witch hunt" (the phrase from its determiner) or "called the report baseless".
    const modifier = (q: number) => /^(ADJ|NOUN|ADV)$/.test((tokens[q] as Token).pos) || isQuote(tokens, q);
    let m = d;
    while (m > k + 2 && modifier(m - 1)) m--;
    if (m > k + 2 && (tokens[m - 1] as Token).pos === 'DET' && !ANAPHORS.has((tokens[m - 1] as Token).lower)) m--;
    else {
      m = d;
      while (m > k + 2 && ((tokens[m - 1] as Token).pos === 'ADV' || isQuote(tokens, m - 1))) m--;
    }
    if (as > 0) m = as;
    if (m <= k + 1) return null;
    cEnd = m;
  }
  if (stance === 'deny' && !LABELLING_VERBS.has(lemma)) {
    // "dismissed claims that P as nonsense": the content is P.
    for (let m = cFrom; m < cEnd; m++) {
      if ((tokens[m] as Token).lower === 'as' && tokens.slice(m + 1, cEnd).some((w) => DISMISSIVE.has(w.lemma))) {
        if (m > cFrom) cEnd = m;
        else {
          // "dismissed as nonsense the charges that P": the content follows the label.
          let q = m + 1;
          while (q < cEnd && (/^(ADJ|NOUN|ADV|DET)$/.test((tokens[q] as Token).pos) || isQuote(tokens, q))) {
            if (DISMISSIVE.has((tokens[q] as Token).lemma)) {
              q++;
              while (q < cEnd && isQuote(tokens, q)) q++;
              break;
            }
            q++;
          }
          cFrom = q;
        }
        break;
      }
    }
    const head = tokens[cFrom];
    if (
      head &&
      /^(claim|allegation|accusation|report|suggestion|charge|assertion|notion|idea)s?$/.test(head.lemma) &&
      /^(that|of)$/.test(tokens[cFrom + 1]?.lower ?? '')
    )
      cFrom += 2;
    else if (
      head?.pos === 'DET' &&
      tokens[cFrom + 2] &&
      /^(that|of)$/.test((tokens[cFrom + 2] as Token).lower) &&
      /^(claim|allegation|accusation|report|suggestion|charge|notion|idea)$/.test((tokens[cFrom + 1] as Token).lemma)
    )
      cFrom += 3;
    else {
      // "dismissed charges brought by X against Y over Z": what is denied is what the charges
      // say (Z); who brought them against whom is taken as given.
      let h = cFrom;
      while (h < cEnd && /^(DET|ADJ)$/.test((tokens[h] as Token).pos)) h++;
      const noun = tokens[h];
      if (noun && /^(charge|allegation|accusation|claim)$/.test(noun.lemma) && noun.pos === 'NOUN') {
        for (let m = h + 1; m < cEnd; m++) {
          const u = tokens[m] as Token;
          if (/^(over|of|for|about)$/.test(u.lower) && m + 1 < cEnd) {
            cFrom = m + 1;
            break;
          }
          // A participle right after the noun modifies it ("charges brought by…"); another verb
          // ends the noun phrase.
          if (u.pos === 'AUX' || (u.pos === 'VERB' && m !== h + 1)) break;
        }
      }
    }
  }
  if ((lemma === 'ask' || lemma === 'wonder' || lemma === 'question' || lemma === 'doubt') && complement)
    stance = 'question';
  // "did not say whether P", "assessed whether P": an indirect question asserts nothing.
  const complementizer = tokens[cFrom - 1]?.lower ?? '';
  if (complement && (complementizer === 'whether' || (complementizer === 'if' && stance !== 'deny')))
    stance = 'question';
  // "no one doubts that P", "few question that P": the negated doubt asserts P.
  if (stance === 'question' && complementizer === 'that' && speaker?.negator != null) stance = 'assert';
  if (lemma === 'ask' && !complement) {
    const wh = whAfterAddressee(tokens, cFrom);
    const req = wh === null ? requestContent(tokens, cFrom, cEnd) : null;
    if (wh !== null) cFrom = wh;
    else if (req !== null) {
      stance = 'demand';
      cFrom = req;
    } else return null; // "asked about the indictment": the topic of a question is not questioned.
  }

  // A verb with no subject ("Asked whether…, he declined", "to say that…") reports nothing.
  if (!speaker && !passive) return null;
  const negIdx = speaker?.negator ?? null;
  if (negIdx != null) negatorsOfSpeech.set(negIdx, k);
  const r = refine(tokens, stance, { start: cFrom, end: cEnd });
  let spk: { start: number; end: number } | null = speaker;
  if (passive) {
    const by = tokens[k + 1]?.lower === 'by' ? phraseAfter(tokens, k + 2, (u) => u.lower === 'that') : -1;
    if (by > k + 2) {
      spk = { start: k + 2, end: by };
      if (!complement) {
        const subject = speakerBefore(tokens, reduced ? k : prevWord, clause0);
        r.content = subject ? { start: subject.start, end: subject.end } : { start: clause0, end: prevWord };
      }
    } else if (stance === 'deny' && !complement) {
      // "Access was denied", "the request was rejected": not a speech act.
      return null;
    } else if (reduced) {
      // The noun phrase the participle modifies, and what it is accused of, up to the next verb.
      const np = speakerBefore(tokens, k, clause0);
      let stop = k + 1;
      while (stop < cEnd && !/^(VERB|AUX)$/.test((tokens[stop] as Token).pos)) stop++;
      r.content = { start: np ? np.start : k + 1, end: stop };
    } else if (!complement) {
      // "Russia is alleged to have hacked…": the subject and the rest are the content.
      r.content = { start: clause0, end: cEnd };
    }
  }
  const a = make(tokens, verb, r.stance, spk, r.content, negIdx != null, sentence);
  if (quoted) {
    a.relayedBy = spk ? sentence.slice(a.speakerStart, a.speakerEnd) : null;
    Object.assign(a, speakerFields(tokens, quoted, sentence));
  }
  return { attribution: a, tailComma: null };
}

const NAMING_VERBS = new Set(['call', 'describe', 'term', 'label', 'brand', 'characterize', 'characterise']);

/** "the proposal | an incredible offer", "the talks | productive": an object noun phrase, then a
 * label (a second noun phrase or an adjective). */
function labelAfterObject(tokens: readonly Token[], from: number, end: number): boolean {
  let k = from;
  if (tokens[k]?.lower === 'as') return false;
  while (k < end && /^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test((tokens[k] as Token).pos)) {
    const t = tokens[k] as Token;
    // The first noun phrase ends at its head: a determiner or adjective after a noun starts the label.
    if (k > from && /^(DET|ADJ)$/.test(t.pos) && /^(NOUN|PROPN|PRON)$/.test((tokens[k - 1] as Token).pos)) return true;
    k++;
  }
  return false;
}

const INSTRUMENT_VERBS = new Set(['use', 'take', 'seize', 'exploit', 'spend', 'leverage']);
const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|morning|evening|night|today|yesterday|time)s?$/;

/** "Putin used his speech on Thursday to warn…": a purpose infinitive after a verb of using or
 * after a time phrase has the main clause's subject as its speaker. */
function purposeSubject(
  tokens: readonly Token[],
  k: number,
  clause0: number,
): { start: number; end: number; negator: number | null } | null {
  if (tokens[k - 1]?.lower !== 'to') return null;
  let v = k - 2;
  while (v > clause0 && (tokens[v] as Token).pos !== 'VERB') v--;
  const verb = tokens[v];
  if (verb?.pos !== 'VERB' || v === k - 2) return null;
  const before = tokens[k - 2] as Token;
  if (!INSTRUMENT_VERBS.has(verb.lemma) && !TIME_WORDS.test(before.lower)) return null;
  const s = speakerBefore(tokens, v, clause0);
  return s;
}

/** "asked Sanders why P": the index of the wh-word after an addressee of up to four words. */
function whAfterAddressee(tokens: readonly Token[], from: number): number | null {
  for (let k = from; k < Math.min(tokens.length, from + 5); k++) {
    const t = tokens[k] as Token;
    if (/^(why|how|what|who|when|where|which)$/.test(t.lower)) return k;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON)$/.test(t.pos)) return null;
  }
  return null;
}

/** "asked Washington to provide proof", "asked for proof": the start of what is requested, or
 * null when the verb does not ask for anything. */
function requestContent(tokens: readonly Token[], from: number, end: number): number | null {
  if (tokens[from]?.lower === 'for') return from + 1;
  for (let k = from; k < Math.min(end, from + 6); k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'to' && tokens[k + 1]?.pos === 'VERB') return from;
    // "asked the US for materials": what is asked for.
    if (t.lower === 'for' && k > from) return k + 1;
    if (!/^(DET|ADJ|NOUN|PROPN|PRON|NUM|PART)$/.test(t.pos)) return null;
  }
  return null;
}

function isEndish(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return !t || t.pos === 'PUNCT' || t.pos === 'ADV' || t.pos === 'ADP' || CONTRAST.has(t.lower);
}

function speakerFields(tokens: readonly Token[], s: { start: number; end: number }, sentence: string) {
  const speakerStart = (tokens[s.start] as Token).start;
  const speakerEnd = (tokens[s.end - 1] as Token).end;
  return {
    speaker: sentence.slice(speakerStart, speakerEnd),
    speakerStart,
    speakerEnd,
    unnamed: isUnnamed(tokens, s.start, s.end),
  };
}

/** "said the threat was real": a clause without "that" (a short noun phrase, then a finite verb). */
function bareClause(tokens: readonly Token[], from: number): boolean {
  let k = from;
  const nominal = (t: Token) => /^(DET|ADJ|NOUN|PROPN|PRON|NUM)$/.test(t.pos) || t.text === "'s" || t.text === '’s';
  while (k < tokens.length && k < from + 7 && nominal(tokens[k] as Token)) k++;
  const v = tokens[k];
  // "found 3,814 accounts linked to the agency": a participle with "to/by" after a noun phrase
  // modifies it; the verb takes that noun phrase as its object.
  if (v?.pos === 'VERB' && /ed$/.test(v.lower) && /^(to|by)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  return k > from && !!v && (v.pos === 'AUX' || (v.pos === 'VERB' && !/ing$/.test(v.lower)));
}

/** "The senators, who had read the annex, said…": the speaker before a relative clause. */
function speakerBeforeRelative(
  tokens: readonly Token[],
  k: number,
): { start: number; end: number; negator: number | null } | null {
  let c = k - 1;
  while (c > 0 && SKIPPABLE_BEFORE_VERB.has((tokens[c] as Token).pos)) c--;
  const rel = tokens[c];
  if (rel && /^(who|which)$/.test(rel.lower)) {
    // "Putin, who has denied it, …", "Putin — who has denied it —": the antecedent.
    const before = /^(,|—|–|--|\()$/.test(tokens[c - 1]?.text ?? '') ? c - 1 : c;
    const s = speakerBefore(tokens, before, 0);
    return s && s.end === before ? s : null;
  }
  if (rel?.text !== ',') return null;
  for (let j = c - 1; j > 0; j--) {
    const t = tokens[j] as Token;
    if (t.text === ',') {
      // The phrase before the parenthetical must start its clause ("Lavrov, asked about…, said").
      const s = speakerBefore(tokens, j, 0);
      if (!s || s.end !== j) return null;
      const first = tokens[s.start - 1];
      return !first || first.pos === 'PUNCT' ? s : null;
    }
    if (HARD_STOPS.has(t.text)) return null;
  }
  return null;
}

/** Token indexes [start, end) covering the characters [from, to). */
function tokenRange(tokens: readonly Token[], from: number, to: number): { start: number; end: number } | null {
  const start = tokens.findIndex((t) => t.start >= from);
  let end = start;
  while (end >= 0 && end < tokens.length && (tokens[end] as Token).end <= to) end++;
  return start >= 0 && end > start ? { start, end } : null;
}

/** Index of the comma that closes a parenthetical opened by the comma at k (", however,"), or k. */
function parentheticalEnd(tokens: readonly Token[], k: number): number {
  for (let j = k + 1; j < Math.min(tokens.length, k + 8); j++) {
    const t = tokens[j] as Token;
    if (t.text === ',') return j > k + 1 ? j : k;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || HARD_STOPS.has(t.text)) return k;
  }
  return k;
}

/** End of an addressee after a verb of telling: a name, an object pronoun or one plural noun. */
function addresseeEnd(tokens: readonly Token[], from: number): number {
  const t = tokens[from];
  if (!t) return from;
  if (t.pos === 'PRON' && /^(me|us|him|her|them|you)$/.test(t.lower)) return from + 1;
  let k = from;
  while (k < tokens.length && (tokens[k] as Token).pos === 'PROPN') k++;
  if (k > from) return k;
  // "told the press conference he…": a noun phrase, then a subject pronoun.
  if (t.pos === 'DET') {
    k = from + 1;
    while (k < tokens.length && /^(ADJ|NOUN|PROPN)$/.test((tokens[k] as Token).pos)) k++;
    if (k > from + 1 && /^(he|she|they|it|we|i|you)$/.test(tokens[k]?.lower ?? '')) return k;
  }
  return t.pos === 'NOUN' && /s$/.test(t.lower) ? from + 1 : from;
}
