import * as v from 'valibot';

// How coverage phrases one catalogue claim: the matcher's input, compiled into an index at
// build time (engine/match/compile-index.ts). Terms are plain words or phrases; they are
// normalized and stemmed exactly like article text, so "meddle" also finds "meddled" and
// "meddling", and "13" also finds "thirteen".

const Term = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

/** Alternatives: any one of them satisfies the group. */
const TermGroup = v.pipe(v.array(Term), v.minLength(1));

const Distance = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60));

/**
 * A veto. Without `before`/`after` it blocks the rule whenever one of its terms is anywhere
 * in the sentence; with them it blocks only the anchor occurrences that have a veto term that
 * many tokens before / after them ("did not meddle", "denial of meddling").
 */
const VetoSchema = v.strictObject({
  any: TermGroup,
  before: v.optional(Distance),
  after: v.optional(Distance),
});

/**
 * A required neighbour: one of its terms must stand that many tokens before / after an anchor
 * occurrence (the denial claim needs "not"/"never" right before "meddle").
 */
const NearSchema = v.strictObject({
  any: TermGroup,
  before: v.optional(Distance),
  after: v.optional(Distance),
});

const RuleSchema = v.strictObject({
  /** Short name shown in the match evidence. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** Groups that must ALL occur in the sentence. */
  all: v.pipe(v.array(TermGroup), v.minLength(1), v.maxLength(8)),
  /** Number alternatives of which one must occur ("12", "twelve", "a dozen"). */
  numbers: v.optional(TermGroup),
  /** Index into `all` of the group vetoes and `span` are measured from (default 0). */
  anchor: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  /** Every other group (and the number) must lie within this many tokens of the anchor. */
  span: v.optional(Distance),
  near: v.optional(v.array(NearSchema)),
  none: v.optional(v.array(VetoSchema)),
  /** Terms that make the match more certain when present; never required. */
  context: v.optional(TermGroup),
  /** Base score in (0, 1]; default 0.75. */
  weight: v.optional(v.pipe(v.number(), v.minValue(0.05), v.maxValue(1))),
});

const QuoteSchema = v.strictObject({
  /** Short fragments of the real words (under eight words each, so no long verbatim copy). */
  fragments: TermGroup,
  /** Who really said them, per the ledger. */
  speaker: v.pipe(v.string(), v.minLength(1)),
  /** How articles name that speaker: "putin", "russian president", "kremlin leader". */
  aliases: TermGroup,
  /** Claim to report instead when the article credits the words to someone else. */
  misattributed: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
});

export const HintsSchema = v.strictObject({
  claim: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** Why these rules look the way they do; for reviewers, never matched. */
  note: v.optional(v.string()),
  rules: v.array(RuleSchema),
  quotes: v.optional(v.array(QuoteSchema)),
});

export type Hints = v.InferOutput<typeof HintsSchema>;
export type HintRule = v.InferOutput<typeof RuleSchema>;
export type HintVeto = v.InferOutput<typeof VetoSchema>;
export type HintQuote = v.InferOutput<typeof QuoteSchema>;
