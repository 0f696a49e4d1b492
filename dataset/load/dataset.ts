import type { CatalogueEntry } from '../schema/catalogue';
import type { Claim } from '../schema/claim';
import type { Hints } from '../schema/hints';
import type { Lexicon } from '../schema/lexicon';
import type { GlossaryEntry, TimelineEvent } from '../schema/reference';
import type { Fact, Source } from '../schema/registry';

/** The whole dataset, validated. */
export interface Dataset {
  catalogue: CatalogueEntry[];
  claims: Claim[];
  hints: Hints[];
  lexicon: Lexicon;
  sources: Source[];
  facts: Fact[];
  timeline: TimelineEvent[];
  glossary: GlossaryEntry[];
}
