import { splitSentences } from '../sentences/split-sentences';
import { type Token, tokenizeText } from '../text/tokenize-text';
import type { ClaimMatch, PageMeta, Sentence, StoryDetection } from '../types';
import { type ConceptHit, compileConcepts, findConceptsInTokens } from './find-concepts';
import { countLaterCycles } from './find-cycles';
import { type ConceptName, STORY_CONCEPTS } from './story-concepts';

export interface DetectOptions {
  /** Sentences of `text` when the caller already split it (saves a second pass). */
  sentences?: Sentence[];
  /** tokenizeText(text) when the caller has it: concepts are then found from the tokens. */
  tokens?: Token[];
  /** Claim matches already found; a few count as extra evidence for borderline pages. */
  matches?: ClaimMatch[];
}

const compiled = compileConcepts(STORY_CONCEPTS);

/** Points at or above which a page is about the story. */
const THRESHOLD = 1.5;

// A unit's concepts as bits: a page has hundreds of sentences and pairs, each rated once.
const BIT: Record<ConceptName, number> = {
  russia: 1,
  interference: 2,
  act: 4,
  election: 8,
  us: 16,
  probe: 32,
  other: 64,
};

/** One stretch of text (a sentence, a pair of sentences, the title): its concepts and its hits. */
interface Unit {
  mask: number;
  has2016: boolean;
  /** Speaks of a later US election cycle ("the 2020 election", "the midterms"). */
  later: boolean;
  /** Hits of the unit, as ranges [from, to) of the hit list: a pair has two. */
  ranges: number[];
}

/**
 * How strongly one stretch of text (a sentence, a pair of sentences, the title) speaks of the
 * story: 2 = a Russian actor, an act and the election or its aftermath together; 1 = two of
 * those; 0 = less. Another story's context ("Macron", "Skripal", "midterms") without US or
 * 2016 context cancels it. `usPage`: the page as a whole is set in the US, so "our elections"
 * in a letter to a US paper is anchored.
 */
function rateUnit(unit: Unit, usPage: boolean, isHeadline = false, laterPage = false): 0 | 1 | 2 {
  const { mask } = unit;
  // A later cycle, or any unit of a page about a later cycle, counts only when it speaks of
  // 2016 or of the story's aftermath (the special counsel, the committees' reports).
  const probeOrYear = unit.has2016 || (mask & BIT.probe) !== 0;
  if ((unit.later || laterPage) && !probeOrYear) return 0;
  const russia = (mask & BIT.russia) !== 0;
  const interference = (mask & BIT.interference) !== 0;
  const act = interference || (mask & BIT.act) !== 0;
  const election = (mask & BIT.election) !== 0;
  const probe = (mask & BIT.probe) !== 0;
  const us = (mask & BIT.us) !== 0;
  const anchored = usPage || us || probe || unit.has2016;
  if ((mask & BIT.other) !== 0 && !unit.has2016 && !probe) {
    return russia && interference && anchored ? 1 : 0;
  }
  if (russia && act && (election || probe) && anchored) return 2;
  if (russia && interference) return 1;
  if (russia && probe) return 1;
  // "Lavrov dismisses FBI Russia charges": a headline says in few words what a sentence spells out.
  if (isHeadline && russia && act && us) return 1;
  if (interference && election && anchored) return 1;
  return 0;
}

function unitOf(hits: ConceptHit[], from: number, to: number, later = false): Unit {
  let mask = 0;
  let has2016 = false;
  for (let h = from; h < to; h++) {
    const hit = hits[h] as ConceptHit;
    mask |= BIT[hit.concept];
    if (hit.term === '2016') has2016 = true;
  }
  return { mask, has2016, later, ranges: [from, to] };
}

function unitsOf(sentences: Sentence[], hits: ConceptHit[]): Unit[] {
  const units: Unit[] = [];
  let h = 0;
  for (const sentence of sentences) {
    while (h < hits.length && (hits[h] as ConceptHit).start < sentence.start) h++;
    const from = h;
    while (h < hits.length && (hits[h] as ConceptHit).start < sentence.end) h++;
    units.push(unitOf(hits, from, h, countLaterCycles(sentence.text) > 0));
  }
  return units;
}

function merged(a: Unit, b: Unit): Unit {
  return {
    mask: a.mask | b.mask,
    has2016: a.has2016 || b.has2016,
    later: a.later || b.later,
    ranges: [...a.ranges, ...b.ranges],
  };
}

/** A page about a later cycle: it names later cycles more often than it names 2016 or the
 * story's aftermath (the headline counts twice). Such a page's other sentences ("the Kremlin
 * denied any interference") speak of that cycle too. */
function isLaterCyclePage(units: Unit[], headline: Unit): boolean {
  let later = headline.later ? 2 : 0;
  let anchored = headline.has2016 || (headline.mask & BIT.probe) !== 0 ? 2 : 0;
  for (const unit of units) {
    if (unit.later) later++;
    if (unit.has2016 || (unit.mask & BIT.probe) !== 0) anchored++;
  }
  return later > 0 && later > anchored;
}

/** A page set in the US: several distinct US terms, and more of them than of another story. */
function isUsPage(hits: ConceptHit[]): boolean {
  const usTerms = new Set<string>();
  let us = 0;
  let other = 0;
  for (const hit of hits) {
    if (hit.concept === 'us') {
      us++;
      usTerms.add(hit.term);
    } else if (hit.concept === 'other') other++;
  }
  return usTerms.size >= 2 && us > other;
}

function headlineOf(meta: PageMeta): string {
  const parts = [meta.title, meta.headline].filter((part): part is string => !!part?.trim());
  if (parts.length === 2 && parts[0]?.trim() === parts[1]?.trim()) parts.pop();
  return parts.join('\n');
}

/** Terms by the number of evidence units (each unit counts a term once) that hold them. */
function rankEvidence(units: { unit: Unit; hits: ConceptHit[] }[]): string[] {
  const counts = new Map<string, number>();
  for (const { unit, hits } of units) {
    const terms = new Set<string>();
    for (let r = 0; r < unit.ranges.length; r += 2) {
      for (let h = unit.ranges[r] as number; h < (unit.ranges[r + 1] as number); h++)
        terms.add((hits[h] as ConceptHit).term);
    }
    for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([term]) => term);
}

function hitsOf(text: string, tokens: Token[] | undefined): ConceptHit[] {
  return findConceptsInTokens(text, tokens ?? tokenizeText(text), compiled);
}

/**
 * Decides whether `text` is about Russia's interference in the 2016 US election (aftermath
 * included). Co-occurrence within sentences carries the decision; a sentence pair counts for
 * less, the headline for more, and a long page needs a share of such sentences, so one
 * passing mention in an article about something else does not make it about the story.
 */
export function detectStory(text: string, meta: PageMeta, options: DetectOptions = {}): StoryDetection {
  const body = typeof text === 'string' ? text : '';
  const sentences = options.sentences ?? splitSentences(body);
  const hits = hitsOf(body, options.tokens);
  const units = unitsOf(sentences, hits);
  const usPage = isUsPage(hits);
  const headlineText = headlineOf(meta);
  const headlineHits = hitsOf(headlineText, undefined);
  const headline = unitOf(headlineHits, 0, headlineHits.length, countLaterCycles(headlineText) > 0);
  const laterPage = isLaterCyclePage(units, headline);

  let strong = 0;
  let partial = 0;
  let pairs = 0;
  const evidenceUnits: { unit: Unit; hits: ConceptHit[] }[] = [];
  const ratings = units.map((unit) => rateUnit(unit, usPage, false, laterPage));
  units.forEach((unit, i) => {
    const rating = ratings[i] as number;
    if (rating === 2) strong++;
    else if (rating === 1) partial++;
    if (rating > 0) evidenceUnits.push({ unit, hits });
    const next = units[i + 1];
    if (rating < 2 && next && (ratings[i + 1] as number) < 2) {
      const pair = merged(unit, next);
      if (rateUnit(pair, usPage, false, laterPage) === 2) {
        pairs++;
        evidenceUnits.push({ unit: pair, hits });
      }
    }
  });
  const headlineRating = rateUnit(headline, usPage, true, laterPage);
  if (headlineRating > 0) evidenceUnits.unshift({ unit: headline, hits: headlineHits });

  const storyClaims = Math.min(options.matches?.length ?? 0, 4);
  const share = (strong + 0.5 * pairs + 0.25 * partial) / Math.max(sentences.length, 1);
  let points = strong + 0.5 * pairs + 0.25 * partial + 0.75 * headlineRating + 0.25 * storyClaims;
  // A short item (a caption, a brief) that speaks of the story in one sentence is about it.
  if (strong > 0) points += 0.5 * Math.min(1, share / 0.25);
  // A long article that mentions the story in passing is not about it: scale by the share of
  // sentences that speak of it, leaving short items (captions, letters) untouched.
  if (sentences.length > 20 && share < 0.12 && headlineRating < 2) points *= share / 0.12;
  const aboutStory = points >= THRESHOLD && (strong > 0 || pairs > 0 || headlineRating === 2);
  const score = Math.round((points / (points + THRESHOLD)) * 1000) / 1000;
  return { aboutStory, score, evidence: rankEvidence(evidenceUnits) };
}
