import { readSentence } from '../reading/read-sentence';
import type { SentenceReading } from '../reading/types';
import { sliceTokens } from '../text/slice-tokens';
import type { Token } from '../text/tokenize-text';
import { stemPhrase } from '../text/tokenize-text';
import type { ClaimMatch, Sentence } from '../types';
import { type Credit, creditsSpeaker, findSpeaker } from './find-speaker';
import type { CompiledQuote, StemPhrase } from './index-format';
import type { LoadedIndex } from './load-index';
import { propositionHits } from './proposition-hits';
import { readAt } from './read-at';
import {
  findAny,
  indexSentence,
  positionsOf,
  type SentenceScan,
  type Span,
  scanFor,
  surface,
  type TokenIndex,
} from './token-index';

export interface MatchOptions {
  /** The page headline; matched like a sentence but never used to resolve pronouns. */
  headline?: Sentence;
  /**
   * The text the sentences' offsets point into, with tokenizeText(text): each sentence then
   * takes its share of these tokens instead of being tokenised again.
   */
  tokenized?: { text: string; tokens: Token[] };
}

interface Hit {
  score: number;
  evidence: string[];
  /** Who the sentence says asserts it, when it names someone. */
  speaker?: string;
}
type Found = Map<number, Hit>;

function keep(found: Found, claim: number, hit: Hit): void {
  const previous = found.get(claim);
  if (!previous || hit.score > previous.score) found.set(claim, hit);
}

/** The sentence being matched, and its reading, taken once and only if a proposition occurs. */
interface Current {
  own: TokenIndex;
  reading?: SentenceReading;
  /** Readings of windows of an over-long sentence, by window start. */
  windows?: Map<number, SentenceReading>;
}

/** Longer than this, a "sentence" is a run-on page: it is read in windows around each find. */
const READ_WHOLE = 2_000;
const WINDOW = 600;

/** A reading's offsets moved by `by` characters. */
function shifted(r: SentenceReading, by: number): SentenceReading {
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: x.start + by, end: x.end + by });
  return {
    ...r,
    hedges: r.hedges.map(span),
    negations: r.negations.map(span),
    topics: r.topics.map(span),
    attributions: r.attributions.map((a) => ({
      ...a,
      speakerStart: a.speakerStart + by,
      speakerEnd: a.speakerEnd + by,
      contentStart: a.contentStart + by,
      contentEnd: a.contentEnd + by,
      verbStart: a.verbStart + by,
      verbEnd: a.verbEnd + by,
    })),
  };
}

/**
 * The reading around a position of the sentence: the whole sentence's reading, or for a run-on
 * page, the reading of the window of text around it, so that cost stays linear in the page.
 */
function readingOf(current: Current, at = 0): SentenceReading {
  const text = current.own.sentence.text;
  if (text.length <= READ_WHOLE) {
    current.reading ??= readSentence(text);
    return current.reading;
  }
  const from = Math.max(0, Math.floor((at - WINDOW / 2) / WINDOW) * WINDOW);
  current.windows ??= new Map();
  let reading = current.windows.get(from);
  if (!reading) {
    reading = shifted(readSentence(text.slice(from, from + 2 * WINDOW)), from);
    current.windows.set(from, reading);
  }
  return reading;
}

/** A span of tokens as offsets into the sentence's own text. */
function offsets(own: TokenIndex, span: Span): [number, number] {
  const base = own.sentence.start;
  return [(own.tokens[span.start]?.start ?? base) - base, (own.tokens[span.end]?.end ?? base) - base];
}

const PRONOUN = /^(he|she|they|it|we|i)$/i;
/** "the financier of …", "a former diplomat": a description that may be the speaker, not a name. */
const DESCRIPTION = /^(the|a|an|his|her|its|their|one|another)\s+\p{Ll}/u;

/** The named speaker the reading gives for [start, end), as a quote credit; undefined if none. */
function readingCredit(reading: SentenceReading, start: number): Credit | undefined {
  let best: SentenceReading['attributions'][number] | undefined;
  for (const a of reading.attributions) {
    if (start < a.contentStart || start >= a.contentEnd || !a.speaker || a.unnamed) continue;
    if (!best || a.contentEnd - a.contentStart < best.contentEnd - best.contentStart) best = a;
  }
  if (!best?.speaker || PRONOUN.test(best.speaker.trim()) || DESCRIPTION.test(best.speaker.trim())) return undefined;
  return { kind: 'named', text: best.speaker, stems: stemPhrase(best.speaker) };
}

/** Does a named speaker differ from the claim's speaker? (Pronouns and unnamed sources don't.) */
function creditsSomeoneElse(credit: Credit | undefined, aliases: StemPhrase[]): boolean {
  return credit !== undefined && aliases.length > 0 && !creditsSpeaker(credit, aliases);
}

const NONE: number[] = [];

/**
 * Ids (ascending) of the entries whose trigger stems occur in the sentence, each once. `seen`
 * holds, per entry, the last sentence that listed it: no set is built per sentence.
 */
function candidates(triggers: (number[] | undefined)[], scan: SentenceScan, seen: Int32Array, stamp: number): number[] {
  let ids: number[] = NONE;
  for (let k = 0; k < scan.count; k++) {
    const list = triggers[scan.present[k] as number];
    if (!list) continue;
    for (const id of list) {
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      if (ids === NONE) ids = [];
      ids.push(id);
    }
  }
  return ids.length > 1 ? ids.sort((a, b) => a - b) : ids;
}

/** Every required group has one of its first stems in the sentence: worth a full evaluation. */
function mayHold(required: Int32Array[], scan: SentenceScan): boolean {
  const { stamp, serial } = scan;
  for (const group of required) {
    let present = false;
    for (let g = 0; g < group.length; g++) {
      if (stamp[group[g] as number] === serial) {
        present = true;
        break;
      }
    }
    if (!present) return false;
  }
  return true;
}

/**
 * A known quote's words: who does the sentence credit? The reading's speaker for the words when
 * it names one ("Frolov quoted Putin as saying" credits Putin), else the speaker found beside a
 * speech verb or through a pronoun. The real speaker gives the quote claim; someone else gives
 * the misattribution claim, where the dataset has one.
 */
function matchQuote(quote: CompiledQuote, sentences: TokenIndex[], at: number, current: Current, found: Found): void {
  const own = sentences[at] as TokenIndex;
  const spans = findAny(own, quote.fragments);
  const span = spans[0];
  if (!span) return;
  const fragment = `quote "${surface(own, span)}" (words of ${quote.speaker})`;
  const [start, end] = offsets(own, span);
  const reading = readingOf(current, start);
  const standing = readAt(reading, start, end);
  if (standing.kind === 'none') return;
  const credit = readingCredit(reading, start) ?? findSpeaker(sentences, at, span.start, span.end);
  if (credit.kind === 'none') {
    keep(found, quote.claim, { score: 0.6, evidence: [fragment, 'speaker not named nearby'] });
  } else if (creditsSpeaker(credit, quote.aliases)) {
    keep(found, quote.claim, { score: 0.9, evidence: [fragment, `credited to ${credit.text}`], speaker: credit.text });
  } else if (quote.misattributed >= 0) {
    keep(found, quote.misattributed, {
      score: 0.85,
      evidence: [fragment, `but credited to ${credit.text}`],
      speaker: credit.text,
    });
  }
}

interface Seen {
  rules: Int32Array;
  quotes: Int32Array;
  stamp: number;
}

function matchOne(index: LoadedIndex, sentences: TokenIndex[], at: number, seen: Seen, out: ClaimMatch[]): void {
  const own = sentences[at] as TokenIndex;
  const scan = positionsOf(own);
  if (scan.count === 0) return;
  const stamp = ++seen.stamp;
  const rules = candidates(index.ruleTriggersById, scan, seen.rules, stamp);
  const quotes = candidates(index.quoteTriggersById, scan, seen.quotes, stamp);
  if (rules.length === 0 && quotes.length === 0) return;
  const found: Found = new Map();
  const current: Current = { own };
  for (const id of rules) {
    const rule = index.rules[id];
    if (!rule || !mayHold(index.required[id] as Int32Array[], positionsOf(own))) continue;
    const entry = index.claims[rule.claim];
    for (const hit of propositionHits(rule, own)) {
      const [start, end] = offsets(own, hit.anchor);
      const reading = readingOf(current, start);
      const standing = readAt(reading, start, end, {
        hedged: rule.hedged === true,
        requested: rule.requested === true,
      });
      if (standing.kind === 'none' || (standing.kind === 'denies') !== rule.denies) continue;
      let claim = rule.claim;
      // A quote claim says who said it. A sentence that credits the words to someone else makes
      // the claim's misattribution instead, where the dataset has one, and otherwise nothing;
      // a misattribution claim is never made by a sentence that credits the real speaker.
      if (entry?.speaker) {
        const credit = readingCredit(reading, start);
        const aliases = index.speakerAliases[rule.claim] ?? [];
        const misattribution = entry.verdict === 'misattributed';
        if (misattribution && credit && !creditsSomeoneElse(credit, aliases)) continue;
        if (!misattribution && creditsSomeoneElse(credit, aliases)) {
          const instead = index.misattributionOf[rule.claim] ?? -1;
          if (instead < 0) continue;
          claim = instead;
        }
      }
      // Who says it: the speaker of the statement it sits in, or, when the predicate is itself
      // the act of speaking ("the Kremlin denied …"), the one who speaks.
      const speaker =
        standing.speaker?.speaker ??
        reading.attributions.find((a) => start >= a.verbStart && start < a.verbEnd)?.speaker ??
        undefined;
      keep(found, claim, {
        score: hit.score,
        evidence: [...hit.evidence, ...standing.why],
        ...(speaker && { speaker }),
      });
      break;
    }
  }
  for (const id of quotes) {
    const quote = index.quotes[id];
    if (quote) matchQuote(quote, sentences, at, current, found);
  }
  if (found.size === 0) return;
  for (const claim of [...found.keys()])
    for (const general of index.claims[claim]?.refines ?? []) found.delete(general);
  const { start, end } = own.sentence;
  for (const [claim, hit] of [...found.entries()].sort((a, b) => a[0] - b[0])) {
    out.push({
      claimId: (index.claims[claim] as { id: string }).id,
      start,
      end,
      score: Math.round(hit.score * 1000) / 1000,
      evidence: hit.evidence,
      ...(hit.speaker && { speaker: hit.speaker }),
    });
  }
}

function isSentence(value: unknown): value is Sentence {
  if (typeof value !== 'object' || value === null) return false;
  const s = value as Sentence;
  return typeof s.text === 'string' && Number.isFinite(s.start) && Number.isFinite(s.end);
}

function tokensOf(sentence: Sentence, tokenized: MatchOptions['tokenized']): Token[] | undefined {
  if (!tokenized) return undefined;
  const { start, end, text } = sentence;
  // Only a sentence that is exactly its stretch of the text may share the text's tokens.
  if (start < 0 || end > tokenized.text.length || end - start !== text.length) return undefined;
  if (text.length > 0 && (tokenized.text[start] !== text[0] || tokenized.text[end - 1] !== text[text.length - 1])) {
    return undefined;
  }
  return sliceTokens(tokenized.text, tokenized.tokens, start, end);
}

/**
 * Finds the catalogue claims each sentence makes. A sentence may make several claims; each
 * match carries the sentence's offsets, a score in (0, 1] and the evidence that made it.
 * Cost follows the rules a sentence can satisfy, not the size of the index: a rule is looked
 * at only when its trigger stem occurs, and evaluated only when every required group can.
 */
export function matchClaims(index: LoadedIndex, sentences: Sentence[], options: MatchOptions = {}): ClaimMatch[] {
  const list = Array.isArray(sentences) ? sentences.filter(isSentence) : [];
  const scan = scanFor(index.vocabulary);
  const indexed = list.map((sentence) => indexSentence(sentence, scan, tokensOf(sentence, options.tokenized)));
  const seen: Seen = {
    rules: new Int32Array(index.rules.length),
    quotes: new Int32Array(index.quotes.length),
    stamp: 0,
  };
  const matches: ClaimMatch[] = [];
  if (options.headline && isSentence(options.headline)) {
    const headline = indexSentence(options.headline, scan, tokensOf(options.headline, options.tokenized));
    matchOne(index, [headline], 0, seen, matches);
  }
  for (let i = 0; i < indexed.length; i++) matchOne(index, indexed, i, seen, matches);
  return matches;
}
