import * as v from 'valibot';

// The shared lexicon (dataset/lexicon.json): named concepts that claim descriptions refer to
// as "@name". One place for the words coverage uses for Russia, interference, the election.

const Term = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

export const LexiconSchema = v.strictObject({
  about: v.optional(v.string()),
  concepts: v.record(
    v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens')),
    v.pipe(v.array(Term), v.minLength(1, 'must list at least one term')),
  ),
});

export type Lexicon = v.InferOutput<typeof LexiconSchema>;
