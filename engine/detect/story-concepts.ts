// The concept groups that together mean "Russia's interference in the 2016 US election".
// A page is about the story when these co-occur in the same sentences, not when many of
// the words appear somewhere: Putin, elections, hacking and Mueller each have other stories.
// Terms are lower-case; a trailing * allows any ending ("meddl*" → meddled, meddling).
// Russian terms are included because Russian-language coverage of the story is common.
// The groups live in the shared lexicon, dataset/lexicon.json (`story`).

import lexicon from '../../dataset/lexicon.json';

export type ConceptName =
  | 'russia' // a Russian-side actor
  | 'interference' // an act specific to election interference
  | 'act' // a generic hostile or legal act that needs election context to count
  | 'election' // an election, a vote, a campaign
  | 'us' // the United States side
  | 'probe' // the story's aftermath: special counsel, reports, summits
  | 'other'; // another election, conflict or attack that borrows the vocabulary

export interface Concept {
  name: ConceptName;
  terms: string[];
  /** Matched against the original text, for acronyms that collide with words ("US" vs "us"). */
  caseSensitive?: string[];
}

/**
 * The story's concept groups, from the shared lexicon (dataset/lexicon.json, `story`): the same
 * file the claim descriptions name their concepts from. Checked by the dataset's schema.
 */
export const STORY_CONCEPTS: Concept[] = (lexicon as { story: Concept[] }).story;
