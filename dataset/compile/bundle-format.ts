// What the extension ships: the matcher's index plus what the popup and in-page card display.
// Built at build time from the validated dataset; checked again when loaded.
import type { CompiledIndex } from '../../engine/match/index-format';
import type { ClaimKind, Verdict } from '../../engine/types';
import type { EvidenceStatus } from '../schema/claim';
import type { SourceKind } from '../schema/registry';

export const BUNDLE_FORMAT = 'backstory-dataset';
export const BUNDLE_VERSION = 1;

export interface SourceCard {
  url: string;
  publisher: string;
  title: string;
  date?: string;
  kind: SourceKind;
  archive?: string;
}

export interface ClaimCard {
  id: string;
  claim: string;
  kind: ClaimKind;
  verdict: Verdict;
  summary: string;
  context: string[];
  date: string;
  claimant?: string;
  speaker?: string;
  /** People and organizations the claim names (catalogue search reads them). */
  entities?: string[];
  evidenceStatus: EvidenceStatus;
  /** Primary documents first. */
  sources: SourceCard[];
  related: string[];
}

export interface TimelineCard {
  date: string;
  title: string;
  text: string;
  claims: string[];
  sources: SourceCard[];
}

export interface GlossaryCard {
  id: string;
  name: string;
  aliases: string[];
  type: 'person' | 'organization';
  text: string;
  sources: SourceCard[];
}

export interface DatasetBundle {
  format: typeof BUNDLE_FORMAT;
  formatVersion: typeof BUNDLE_VERSION;
  /** The dataset release (dataset/version.ts). */
  version: string;
  date: string;
  claimCount: number;
  index: CompiledIndex;
  claims: ClaimCard[];
  timeline: TimelineCard[];
  glossary: GlossaryCard[];
}
