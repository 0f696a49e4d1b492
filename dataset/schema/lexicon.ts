import * as v from 'valibot';

// The shared lexicon (dataset/lexicon.json): named concepts that claim descriptions refer to
// as "@name". One place for the words coverage uses for Russia, interference, the election.

const Term = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

export const STORY_CONCEPT_NAMES = ['russia', 'interference', 'act', 'election', 'us', 'probe', 'other'] as const;

/** A concept group of story detection: terms with `*` for any ending, and case-sensitive acronyms. */
const StoryConceptSchema = v.strictObject({
  name: v.picklist(STORY_CONCEPT_NAMES, `must be one of ${STORY_CONCEPT_NAMES.join(', ')}`),
  terms: v.pipe(v.array(Term), v.minLength(1, 'must list at least one term')),
  caseSensitive: v.optional(v.array(Term)),
});

export const LexiconSchema = v.strictObject({
  about: v.optional(v.string()),
  /** The groups story detection looks for together (engine/detect). */
  story: v.pipe(
    v.array(StoryConceptSchema),
    v.check(
      (groups) => STORY_CONCEPT_NAMES.every((n) => groups.some((g) => g.name === n)),
      `must have a group for each of ${STORY_CONCEPT_NAMES.join(', ')}`,
    ),
  ),
  concepts: v.record(
    v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
    v.pipe(v.array(Term), v.minLength(1, 'must list at least one term')),
  ),
});

export type Lexicon = v.InferOutput<typeof LexiconSchema>;
