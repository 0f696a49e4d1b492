import * as v from 'valibot';
import { Id, Line, PartialDate, Text, Url, unique } from './common';

export const TimelineEventSchema = v.strictObject({
  date: PartialDate,
  title: Line(120),
  text: Text(500),
  claims: v.pipe(v.array(Id), v.check(unique, 'must not repeat')),
  sources: v.pipe(v.array(Url), v.minLength(1, 'must cite at least one source'), v.check(unique, 'must not repeat')),
});

export const GlossaryEntrySchema = v.strictObject({
  id: Id,
  name: Line(100),
  aliases: v.pipe(v.array(Line(100)), v.check(unique, 'must not repeat')),
  type: v.picklist(['person', 'organization'], 'must be person or organization'),
  text: Text(400),
  sources: v.pipe(v.array(Url), v.minLength(1, 'must cite at least one source'), v.check(unique, 'must not repeat')),
});

export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>;
export type GlossaryEntry = v.InferOutput<typeof GlossaryEntrySchema>;
