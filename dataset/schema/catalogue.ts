import * as v from 'valibot';
import { KINDS, VERDICTS } from './claim';
import { Id } from './common';

/** The claim catalogue's ids, kinds and verdicts: what the dataset must cover, exactly. */
export const CatalogueEntrySchema = v.strictObject({
  id: Id,
  kind: v.picklist(KINDS),
  verdict: v.picklist(VERDICTS),
});

export type CatalogueEntry = v.InferOutput<typeof CatalogueEntrySchema>;
