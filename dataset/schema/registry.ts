import * as v from 'valibot';
import { EVIDENCE_STATUSES } from './claim';
import { Id, Line, PartialDate, Url, unique } from './common';

export const SOURCE_KINDS = ['primary', 'transcript', 'news', 'reprint', 'aggregator', 'reference'] as const;

/** How sources are ordered for a reader: primary documents first, aggregators last. */
export const SOURCE_KIND_RANK: Record<SourceKind, number> = {
  primary: 0,
  transcript: 1,
  news: 2,
  reference: 3,
  reprint: 4,
  aggregator: 5,
};

export const SourceSchema = v.strictObject({
  url: Url,
  publisher: Line(160),
  title: Line(300),
  /** Absent where the source has no fixed date (a living reference page). */
  date: v.optional(PartialDate),
  kind: v.picklist(SOURCE_KINDS, `must be one of ${SOURCE_KINDS.join(', ')}`),
  archive: v.optional(Url),
  documentId: v.optional(Id),
});

export const FactSchema = v.strictObject({
  id: Id,
  date: v.optional(PartialDate),
  status: v.picklist(EVIDENCE_STATUSES, `must be one of ${EVIDENCE_STATUSES.join(', ')}`),
  sources: v.pipe(v.array(Url), v.minLength(1, 'must list at least one source'), v.check(unique, 'must not repeat')),
});

export type SourceKind = (typeof SOURCE_KINDS)[number];
export type Source = v.InferOutput<typeof SourceSchema>;
export type Fact = v.InferOutput<typeof FactSchema>;
