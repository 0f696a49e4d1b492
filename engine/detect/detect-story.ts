import { splitSentences } from '../sentences/split-sentences';
import type { ClaimMatch, PageMeta, Sentence, StoryDetection } from '../types';
import { type ConceptHit, compileConcepts, findConcepts } from './find-concepts';
import { type ConceptName, STORY_CONCEPTS } from './story-concepts';

export interface DetectOptions {
  /** Sentences of `text` when the caller already split it (saves a second pass). */
  sentences?: Sentence[];
  /** Claim matches already found; a few count as extra evidence for borderline pages. */
  matches?: ClaimMatch[];
}

type ConceptSet = Set<ConceptName>;

const compiled = compileConcepts(STORY_CONCEPTS);

/** Points at or above which a page is about the story. */
const THRESHOLD = 1.5;

/**
 * How strongly one stretch of text (a sentence, a pair of sentences, the title) speaks of the
 * story: 2 = a Russian actor, an act and the election or its aftermath together; 1 = two of
 * those; 0 = less. Another story's context ("Macron", "Skripal", "midterms") without US or
 * 2016 context cancels it. `usPage`: the page as a whole is set in the US, so "our elections"
 * in a letter to a US paper is anchored.
 */
function rateUnit(concepts: ConceptSet, terms: Set<string>, usPage: boolean, isHeadline = false): 0 | 1 | 2 {
  const russia = concepts.has('russia');
  const act = concepts.has('interference') || concepts.has('act');
  const electionOrProbe = concepts.has('election') || concepts.has('probe');
  const anchored = usPage || concepts.has('us') || concepts.has('probe') || terms.has('2016');
  if (concepts.has('other') && !terms.has('2016') && !concepts.has('probe')) {
    return russia && concepts.has('interference') && anchored ? 1 : 0;
  }
  if (russia && act && electionOrProbe && anchored) return 2;
  if (russia && concepts.has('interference')) return 1;
  if (russia && concepts.has('probe')) return 1;
  // "Lavrov dismisses FBI Russia charges": a headline says in few words what a sentence spells out.
  if (isHeadline && russia && act && concepts.has('us')) return 1;
  if (concepts.has('interference') && concepts.has('election') && anchored) return 1;
  return 0;
}

interface Unit {
  concepts: ConceptSet;
  terms: Set<string>;
}

function unitsOf(sentences: Sentence[], hits: ConceptHit[]): Unit[] {
  const units: Unit[] = sentences.map(() => ({ concepts: new Set(), terms: new Set() }));
  let s = 0;
  for (const hit of hits) {
    while (s < sentences.length && (sentences[s] as Sentence).end <= hit.start) s++;
    const unit = units[s];
    if (!unit || (sentences[s] as Sentence).start > hit.start) continue;
    unit.concepts.add(hit.concept);
    unit.terms.add(hit.term);
  }
  return units;
}

function unitOfText(text: string): Unit {
  const unit: Unit = { concepts: new Set(), terms: new Set() };
  for (const hit of findConcepts(text, compiled)) {
    unit.concepts.add(hit.concept);
    unit.terms.add(hit.term);
  }
  return unit;
}

function merged(a: Unit, b: Unit): Unit {
  return {
    concepts: new Set([...a.concepts, ...b.concepts]),
    terms: new Set([...a.terms, ...b.terms]),
  };
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

function rankEvidence(units: Unit[]): string[] {
  const counts = new Map<string, number>();
  for (const unit of units) {
    for (const term of unit.terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 8)
    .map(([term]) => term);
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
  const hits = findConcepts(body, compiled);
  const units = unitsOf(sentences, hits);
  const usPage = isUsPage(hits);
  const headline = unitOfText(headlineOf(meta));

  let strong = 0;
  let partial = 0;
  let pairs = 0;
  const evidenceUnits: Unit[] = [];
  units.forEach((unit, i) => {
    const rating = rateUnit(unit.concepts, unit.terms, usPage);
    if (rating === 2) strong++;
    else if (rating === 1) partial++;
    if (rating > 0) evidenceUnits.push(unit);
    const next = units[i + 1];
    if (rating < 2 && next && rateUnit(next.concepts, next.terms, usPage) < 2) {
      const pair = merged(unit, next);
      if (rateUnit(pair.concepts, pair.terms, usPage) === 2) {
        pairs++;
        evidenceUnits.push(pair);
      }
    }
  });
  const headlineRating = rateUnit(headline.concepts, headline.terms, usPage, true);
  if (headlineRating > 0) evidenceUnits.unshift(headline);

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
