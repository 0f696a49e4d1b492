import * as v from 'valibot';
import { Id, Line, PartialDate, Text, Url, unique } from './common';

export const VERDICTS = [
  'supported',
  'needs-context',
  'misleading',
  'contradicted',
  'unsupported',
  'misattributed',
] as const;
export const KINDS = ['fact', 'quote', 'framing'] as const;
export const EVIDENCE_STATUSES = ['verified', 'partly', 'unverified'] as const;

const Sentence = v.pipe(Text(400), v.regex(/[.!?]['"’”)]?$/, 'must be a full sentence ending in . ! or ?'));

/** Why a near miss must not give the claim: the reading that sets it apart. */
export const NEAR_MISS_KINDS = [
  'denial',
  'negation',
  'question',
  'hedge',
  'mention',
  'neighbour',
  'misattribution',
] as const;

/**
 * Sentences in the project's own words that test the claim's matching against the shipped
 * dataset: `match` must give the claim; each near miss must not (and gives `gives` instead,
 * when it names another claim).
 */
export const ExamplesSchema = v.strictObject({
  match: v.pipe(
    v.array(Line(300)),
    v.minLength(4, 'must have at least 4 paraphrases'),
    v.check(unique, 'must not repeat'),
  ),
  nearMisses: v.pipe(
    v.array(
      v.strictObject({
        text: Line(300),
        kind: v.picklist(NEAR_MISS_KINDS, `must be one of ${NEAR_MISS_KINDS.join(', ')}`),
        gives: v.optional(Id),
      }),
    ),
    v.minLength(4, 'must have at least 4 near misses'),
  ),
});

export const ClaimSchema = v.pipe(
  v.strictObject({
    id: Id,
    /** The claim as a reader meets it in coverage. */
    claim: Line(200),
    kind: v.picklist(KINDS, `must be one of ${KINDS.join(', ')}`),
    verdict: v.picklist(VERDICTS, `must be one of ${VERDICTS.join(', ')}`),
    summary: Line(280),
    context: v.pipe(
      v.array(Sentence),
      v.minLength(2, 'must have 2 to 5 sentences'),
      v.maxLength(5, 'must have 2 to 5 sentences'),
    ),
    /** When the event the claim is about happened. */
    date: PartialDate,
    /**
     * When the claim as reviewed first appeared, where that is not `date`: an aggregator that
     * pinned Putin's 1 March words on someone else on 6 March. ClaimReview exports this date.
     */
    claimDate: v.optional(PartialDate),
    /** Who makes the claim: the speaker of a quote; for framing or misattribution, whoever did it. */
    claimant: v.optional(Line(80)),
    speaker: v.optional(Line(80)),
    entities: v.pipe(v.array(Line(80)), v.minLength(1, 'must name at least one'), v.check(unique, 'must not repeat')),
    facts: v.pipe(
      v.array(Id),
      v.minLength(1, 'must cite at least one ledger fact'),
      v.check(unique, 'must not repeat'),
    ),
    evidenceStatus: v.picklist(EVIDENCE_STATUSES, `must be one of ${EVIDENCE_STATUSES.join(', ')}`),
    sources: v.pipe(v.array(Url), v.minLength(1, 'must cite at least one source'), v.check(unique, 'must not repeat')),
    related: v.pipe(v.array(Id), v.check(unique, 'must not repeat')),
    /** Paraphrases that must match and near misses that must not (see dataset/README.md). */
    examples: v.optional(ExamplesSchema),
  }),
  v.forward(
    v.check((c) => c.speaker === undefined || c.kind === 'quote', 'only quote claims name a speaker'),
    ['speaker'],
  ),
  v.forward(
    v.check((c) => !c.related.includes(c.id), 'must not list the claim itself'),
    ['related'],
  ),
  v.forward(
    v.check((c) => c.claimDate === undefined || c.claimDate >= c.date, 'must not come before the event it is about'),
    ['claimDate'],
  ),
  v.forward(
    v.check(
      (c) => c.verdict !== 'misattributed' || c.claimant === undefined || c.claimant !== c.speaker,
      'a misattributed quote is claimed by whoever credited it wrongly, not by its real speaker',
    ),
    ['claimant'],
  ),
);

export type Claim = v.InferOutput<typeof ClaimSchema>;
export type Verdict = Claim['verdict'];
export type EvidenceStatus = Claim['evidenceStatus'];
