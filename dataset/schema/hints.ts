import * as v from 'valibot';

// How one catalogue claim is described for the matcher: as propositions (who does what, to
// what, when, with which numbers), compiled into an index at build time
// (engine/match/compile-index.ts). Whether a sentence asserts, denies, asks or merely names a
// proposition is not written here: the engine reads that from the sentence itself
// (engine/reading), the same way for every claim. Terms are plain words or phrases, normalized
// and stemmed like article text ("meddle" also finds "meddled"; "13" also finds "thirteen"),
// or "@name": a concept of dataset/lexicon.json or a glossary entry (its name and aliases).

const Term = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120));

/** Alternatives: any one of them satisfies the slot. */
const TermGroup = v.pipe(v.array(Term), v.minLength(1));

const Distance = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(60));

/** Words that separate this claim from a neighbouring one ("treaty" is another claim's topic). */
const UnlessSchema = v.strictObject({
  any: TermGroup,
  before: v.optional(Distance),
  after: v.optional(Distance),
});

/** A word that must stand next to the predicate ("give us" right before "materials"). */
const BesideSchema = v.strictObject({
  any: TermGroup,
  before: v.optional(Distance),
  after: v.optional(Distance),
});

export const STANCES = ['affirms', 'denies'] as const;

const PropositionSchema = v.strictObject({
  /** Short name shown in the match evidence. */
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** The predicate family: what is done or said. The reading is taken at this word. */
  does: TermGroup,
  /** The actor. */
  who: v.optional(TermGroup),
  /** What it is done to or about. */
  what: v.optional(TermGroup),
  /** When: a year, a month, an occasion. */
  when: v.optional(TermGroup),
  /** Further slots that must all be filled. */
  also: v.optional(v.pipe(v.array(TermGroup), v.maxLength(5))),
  /** Number alternatives of which one must occur ("12", "twelve", "a dozen"). */
  numbers: v.optional(TermGroup),
  /** Every slot must lie within this many tokens of the predicate. */
  span: v.optional(Distance),
  beside: v.optional(v.array(BesideSchema)),
  unless: v.optional(v.array(UnlessSchema)),
  /** Terms that make the match more certain when present; never required. */
  context: v.optional(TermGroup),
  /**
   * `affirms` (default): the claim is made when a sentence asserts the proposition.
   * `denies`: the claim is made when a sentence denies or negates it (the claim is a denial).
   */
  stance: v.optional(v.picklist(STANCES, `must be one of ${STANCES.join(', ')}`)),
  /**
   * The claim is itself a possibility or an estimate ("Facebook said the posts may have reached
   * 126 million people", "Putin suggested the hackers might be freelancers"): a hedge over the
   * predicate belongs to the claim and does not take it away. Questions and topic mentions still do.
   */
  hedged: v.optional(v.boolean()),
  /**
   * The claim is itself a demand or request ("Russia demanded that the US send proof"): what is
   * asked for belongs to the claim. Elsewhere what someone asks for makes no claim.
   */
  requested: v.optional(v.boolean()),
  /** Base score in (0, 1]; default 0.75. */
  weight: v.optional(v.pipe(v.number(), v.minValue(0.05), v.maxValue(1))),
});

const QuoteSchema = v.strictObject({
  /** Short fragments of the real words (under eight words each, so no long verbatim copy). */
  fragments: TermGroup,
  /** Who really said them, per the ledger. */
  speaker: v.pipe(v.string(), v.minLength(1)),
  /** How articles name that speaker: "putin", "russian president", "@vladimir-putin". */
  aliases: TermGroup,
  /** Claim to report instead when the article credits the words to someone else. */
  misattributed: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
});

export const HintsSchema = v.strictObject({
  claim: v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)),
  /** Why the description looks the way it does; for reviewers, never matched. */
  note: v.optional(v.string()),
  propositions: v.array(PropositionSchema),
  /**
   * Another claim whose propositions this claim shares with the opposite stance: the denial
   * claim of a finding names the finding here instead of repeating its propositions.
   */
  opposes: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/))),
  /** Claims this one refines: when both hold in one sentence, only this one is given. */
  refines: v.optional(v.array(v.pipe(v.string(), v.regex(/^[a-z0-9-]+$/)))),
  quotes: v.optional(v.array(QuoteSchema)),
});

export type Hints = v.InferOutput<typeof HintsSchema>;
export type Proposition = v.InferOutput<typeof PropositionSchema>;
export type PropositionUnless = v.InferOutput<typeof UnlessSchema>;
export type HintQuote = v.InferOutput<typeof QuoteSchema>;
export type Stance = (typeof STANCES)[number];
