import type { ClaimKind, Verdict } from '../types';

// The compiled claim index: plain JSON built at build time, checked when loaded. Terms are
// stored as stem sequences; rules and quotes refer to claims by position in `claims`.

export const INDEX_FORMAT = 'backstory-claim-index';
export const INDEX_VERSION = 2;

/** A phrase as stems, e.g. ["offici", "channel"]. */
export type StemPhrase = string[];

export interface CompiledGroup {
  alts: StemPhrase[];
  /** True for a required-number group, so evidence can say "number 13". */
  number?: boolean;
}

export interface CompiledVeto {
  alts: StemPhrase[];
  /** Token distances; both 0 means the veto covers the whole sentence. */
  before: number;
  after: number;
}

/** Must have an occurrence this close to the anchor (before and/or after it). */
export interface CompiledNear {
  alts: StemPhrase[];
  before: number;
  after: number;
}

export interface CompiledRule {
  claim: number;
  name: string;
  all: CompiledGroup[];
  anchor: number;
  /** 0: no proximity limit. */
  span: number;
  near: CompiledNear[];
  none: CompiledVeto[];
  context: StemPhrase[];
  weight: number;
  /** The claim is made when a sentence affirms (false) or denies (true) the proposition. */
  denies: boolean;
  /** The claim is itself a possibility: a hedge over the predicate does not take it away. */
  hedged?: boolean;
  /** The claim is itself a demand: what is asked for is part of it. */
  requested?: boolean;
}

export interface CompiledQuote {
  claim: number;
  fragments: StemPhrase[];
  speaker: string;
  aliases: StemPhrase[];
  /** Claim index to report when the article credits someone else; -1 for none. */
  misattributed: number;
}

export interface IndexClaimEntry {
  id: string;
  verdict: Verdict;
  kind: ClaimKind;
  speaker?: string;
  /** Claims (positions) this one refines: given together in a sentence, only this one stays. */
  refines?: number[];
  /** Quote claims: how its descriptions name the speaker (their `who` slots), as stems. */
  speakerNames?: StemPhrase[];
}

export interface IndexPayload {
  claims: IndexClaimEntry[];
  rules: CompiledRule[];
  quotes: CompiledQuote[];
  /** Stem → rules that cannot match unless the sentence contains it. */
  ruleTriggers: Record<string, number[]>;
  /** First stem of a quote fragment → quotes. */
  quoteTriggers: Record<string, number[]>;
}

export interface CompiledIndex {
  format: typeof INDEX_FORMAT;
  version: number;
  claimCount: number;
  /** FNV-1a over the JSON of `payload`, hex: catches truncation and edits. */
  checksum: string;
  payload: IndexPayload;
}

/** 32-bit FNV-1a of a string, run twice with different seeds for 64 bits of hex. */
export function checksumOf(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
