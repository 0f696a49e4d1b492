// Noun phrases that name the story as a topic without asserting it: "the Russia probe",
// "allegations of collusion", "claims that Russia hacked…", "the latest on election interference".
// A phrase that is the speaker of a finding ("the report found that…") is not a topic.
import { firstVerbGroupEnd, isBoundary, wordsEnd } from './clauses';
import { SPEECH_VERBS, TOPIC_HEADS } from './lexicon';
import type { Token } from './tokens';
import type { Attribution, Span } from './types';

/** Verbs of inquiry: their object is what is looked into, not what is found. */
const INQUIRY_VERBS = new Set([
  'investigate',
  'probe',
  'examine',
  'study',
  'review',
  'scrutinize',
  'scrutinise',
  'explore',
  'grill',
  'quiz',
  'debate',
  'discuss',
  'research',
  'look',
]);

// Not "press": "pressed him on trade" mostly urges rather than asks.
const ADDRESSED_INQUIRY = new Set(['grill', 'quiz']);

const MODIFIER_TAGS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'NUM']);
const LINKS = new Set(['of', 'into', 'about', 'on', 'over', 'surrounding', 'regarding', 'concerning', 'around']);

/** End (token index) of a noun phrase complement starting at `from`. */
function complementEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    if (t.lower === 'whether' || (t.lower === 'that' && t.pos === 'SCONJ')) return firstVerbGroupEnd(tokens, k + 1);
    if (isBoundary(tokens, k) || t.text === ',') break;
    if (t.pos === 'AUX' || (t.pos === 'VERB' && !/ing$/.test(t.lower))) break;
    k++;
  }
  return k;
}

export function findTopics(tokens: readonly Token[], attributions: readonly Attribution[]): Span[] {
  const spans: Span[] = [];
  const speakers = attributions.filter((a) => a.speaker !== null);
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    const latest = t.lower === 'latest' && tokens[k + 1]?.lower === 'on';
    const noun = t.pos === 'NOUN' || (t.pos === 'PROPN' && k === 0);
    if (!latest && !(noun && TOPIC_HEADS.has(t.lemma))) continue;
    // "in any case", "in this case": not a story.
    // "in some cases", "in this case": a case is a story only with a name or a complement
    // ("the Russia case", "the case against the officers").
    if (t.lemma === 'case') {
      const p = tokens[k - 1];
      const named = p && (/^(PROPN|NOUN|NUM)$/.test(p.pos) || /^('s|’s)$/.test(p.text));
      const complement = /^(of|against|into|over)$/.test(tokens[k + 1]?.lower ?? '');
      if (!named && !complement) continue;
    }
    // "which Washington claims to have…": a verb the tagger read as a noun.
    const p = tokens[k - 1];
    if (
      SPEECH_VERBS.has(t.lemma) &&
      p &&
      (p.pos === 'PROPN' || p.pos === 'PRON') &&
      /^(to|that)$/.test(tokens[k + 1]?.lower ?? '')
    )
      continue;
    if (speakers.some((a) => a.speakerStart <= t.start && t.end <= a.speakerEnd)) continue;
    // "brought charges against 34 people", "resulted in charges": charges brought are an event.
    if (t.lemma === 'charge' && chargesBrought(tokens, k)) continue;
    // "Putin's claim that P", "made the allegation": a speech act with a speaker is no topic;
    // "no allegation that P" says there is none, it does not name P as a topic.
    if (speakers.some((a) => a.verbStart === t.start)) continue;
    if (tokens[k - 1]?.lower === 'no' || (tokens[k - 1]?.lower === 'any' && tokens[k + 1]?.lower === 'that')) continue;
    let s = k;
    while (s > 0) {
      // A determiner is the left edge of its noun phrase ("it is clear | the … narrative").
      if ((tokens[s] as Token).pos === 'DET' && s < k) break;
      const p = tokens[s - 1] as Token;
      if (
        MODIFIER_TAGS.has(p.pos) ||
        p.text === "'s" ||
        p.text === '’s' ||
        (p.pos === 'VERB' && /(ed|ing)$/.test(p.lower) && s - 1 > 0 && tokens[s - 2]?.pos === 'DET')
      )
        s--;
      else break;
    }
    // A verb reading that only looks like a noun (a speaker before it and "that" after) is speech.
    let end = k + 1;
    const link = tokens[end];
    const dated =
      link?.lower === 'on' &&
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/i.test(
        tokens[end + 1]?.lower ?? '',
      );
    if (link && !dated && (LINKS.has(link.lower) || link.lower === 'that' || link.lower === 'whether')) {
      end =
        link.lower === 'that' || link.lower === 'whether'
          ? firstVerbGroupEnd(tokens, end + 1)
          : complementEnd(tokens, end + 1);
    }
    const start = (tokens[s] as Token).start;
    spans.push({ cue: t.text, start, end: Math.max(t.end, wordsEnd(tokens, s, end)) });
    k = Math.max(k, end - 1);
  }
  // "is investigating Russian interference", "grilled Putin on the Kremlin's role in…": what an
  // inquiry looks into is its topic, not a finding.
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // The tagger reads some past tenses as adjectives ("Megyn grilled Putin on…").
    const pastAsAdjective =
      t.pos === 'ADJ' &&
      /ed$/.test(t.lower) &&
      /^(PROPN|NOUN|PRON)$/.test(tokens[k - 1]?.pos ?? '') &&
      (INQUIRY_VERBS.has(t.lower.slice(0, -2)) || INQUIRY_VERBS.has(t.lower.slice(0, -1)));
    if (!pastAsAdjective && (t.pos !== 'VERB' || !INQUIRY_VERBS.has(t.lemma))) continue;
    let j = k + 1;
    if (t.lemma === 'look') {
      if (tokens[j]?.lower !== 'into') continue;
      j++;
    } else if (ADDRESSED_INQUIRY.has(t.lemma) || pastAsAdjective) {
      // An addressee before the subject matter: "grilled Putin on …", "quizzed lawyers about …";
      // the person questioned is no topic.
      let m = j;
      const addressee = (u: Token) =>
        /^(PROPN|PRON|NOUN|DET|ADJ|CCONJ)$/.test(u.pos) || u.text === ',' || /^(for|from|at|of)$/.test(u.lower);
      while (m < tokens.length && m < j + 12 && addressee(tokens[m] as Token)) m++;
      if (!/^(on|about|over|regarding|concerning)$/.test(tokens[m]?.lower ?? '')) continue;
      j = m + 1;
    } else if (/^(on|about|over|into|regarding|concerning)$/.test(tokens[j]?.lower ?? '')) j++;
    if (!tokens[j] || !/^(DET|ADJ|NOUN|PROPN|NUM|VERB)$/.test((tokens[j] as Token).pos)) continue;
    if (tokens[j]?.lower === 'whether' || tokens[j]?.lower === 'that') continue;
    const end = complementEnd(tokens, j);
    if (end <= j) continue;
    const start = (tokens[j] as Token).start;
    const stop = wordsEnd(tokens, j, end);
    if (!spans.some((sp) => sp.start < stop && start < sp.end)) spans.push({ cue: t.text, start, end: stop });
  }
  // "the individuals behind the DNC hack", "whoever was behind the attack": the event is named as
  // a known fact whose author is left open, not claimed of anyone.
  for (let k = 1; k + 1 < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.lower !== 'behind' || tokens[k + 1]?.pos !== 'DET') continue;
    const head = tokens[k - 1] as Token;
    const generic = /^(individual|people|person|those|whoever|someone|anyone|group|culprit|perpetrator|actor)s?$/.test(
      head.lemma,
    );
    if (!generic) continue;
    // The noun phrase, whose head the tagger may read as a verb ("the DNC hack and …").
    let end = k + 1;
    while (end < tokens.length) {
      const u = tokens[end] as Token;
      const nominal = /^(DET|ADJ|NOUN|PROPN|NUM|CCONJ)$/.test(u.pos) || /^('s|’s)$/.test(u.text);
      const verbAsNoun =
        u.pos === 'VERB' &&
        /^(NOUN|PROPN)$/.test(tokens[end - 1]?.pos ?? '') &&
        !/^(DET|PRON)$/.test(tokens[end + 1]?.pos ?? '');
      if (!nominal && !verbAsNoun) break;
      end++;
    }
    while (end > k + 1 && (tokens[end - 1] as Token).pos === 'CCONJ') end--;
    const start = (tokens[k + 1] as Token).start;
    const stop = wordsEnd(tokens, k + 1, end);
    if (end > k + 1 && !spans.some((sp) => sp.start < stop && start < sp.end))
      spans.push({ cue: t.text, start, end: stop });
  }
  spans.sort((x, y) => x.start - y.start);
  const label = labelBeforeColon(tokens);
  if (label && !spans.some((sp) => sp.start < label.end && label.start < sp.end)) spans.unshift(label);
  return spans;
}

/** "Foreign meddling in the vote: what we know": a label of common nouns and no verb before a
 * colon that opens the sentence names its topic. ("Lavrov: …" names a speaker, not a topic.) */
function labelBeforeColon(tokens: readonly Token[]): Span | null {
  const colon = tokens.findIndex((t) => t.text === ':');
  if (colon <= 0) return null;
  const words = tokens.slice(0, colon).filter((t) => t.pos !== 'PUNCT');
  const gerund = (t: Token) => t.pos === 'VERB' && /ing$/.test(t.lower);
  if (words.length === 0 || words.some((t) => (t.pos === 'VERB' && !gerund(t)) || t.pos === 'AUX' || t.pos === 'PRON'))
    return null;
  const beforeLink = words.slice(0, words.findIndex((t) => t.pos === 'ADP') >>> 0);
  const head = beforeLink.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').at(-1);
  if (head?.pos !== 'NOUN') return null;
  const first = words[0] as Token;
  return { cue: head.text, start: first.start, end: wordsEnd(tokens, 0, colon) };
}

const BRINGING = new Set(['bring', 'file', 'produce', 'press', 'level', 'lay', 'unseal', 'result', 'lead', 'yield']);

/** "brought (criminal) charges", "resulted in charges": the charges are the object of a verb that
 * brings them about. */
function chargesBrought(tokens: readonly Token[], k: number): boolean {
  let j = k - 1;
  while (j >= 0 && /^(ADJ|DET|NUM)$/.test((tokens[j] as Token).pos)) j--;
  if (/^(in|to)$/.test(tokens[j]?.lower ?? '')) j--;
  const v = tokens[j];
  return !!v && (v.pos === 'VERB' || v.pos === 'NOUN') && BRINGING.has(v.lemma);
}
