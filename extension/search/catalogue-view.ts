// The whole catalogue as the popup receives it: search, timeline and people on any page.
import type { ClaimCard, GlossaryCard, TimelineCard } from '@/dataset/compile/bundle-format';

export interface CatalogueData {
  version: string;
  claims: ClaimCard[];
  timeline: TimelineCard[];
  glossary: GlossaryCard[];
}
