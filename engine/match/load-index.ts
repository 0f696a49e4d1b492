import { stemPhrase } from '../text/tokenize-text';
import {
  type CompiledIndex,
  type CompiledQuote,
  type CompiledRule,
  checksumOf,
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexClaimEntry,
  type StemPhrase,
} from './index-format';

/** The index could not be trusted: corrupt, truncated, or from another format version. */
export class IndexLoadError extends Error {
  override name = 'IndexLoadError';
}

/** A checked index, with its lookup tables built, ready for matchClaims. */
export interface LoadedIndex {
  claims: IndexClaimEntry[];
  rules: CompiledRule[];
  quotes: CompiledQuote[];
  ruleTriggers: Map<string, number[]>;
  quoteTriggers: Map<string, number[]>;
  /**
   * Trigger stems and first stems of every phrase, each with an id: the only stems a sentence
   * must locate, since every lookup starts from one of them.
   */
  vocabulary: Map<string, number>;
  /** Per vocabulary id: the rules (quotes) that stem triggers. */
  ruleTriggersById: (number[] | undefined)[];
  quoteTriggersById: (number[] | undefined)[];
  /** Per rule, per required group (all, then near): the vocabulary ids one of which must occur. */
  required: Int32Array[][];
  /** Per claim: how articles name the claim's speaker (quote claims), as stems; else empty. */
  speakerAliases: StemPhrase[][];
  /** Per claim: the claim its words make when credited to someone else (from its quotes), or -1. */
  misattributionOf: number[];
}

/**
 * How articles name each quote claim's speaker: its quotes' aliases, the `who` of its
 * descriptions, its full name and surname.
 */
function speakerAliasesOf(claims: IndexClaimEntry[], quotes: CompiledQuote[]): StemPhrase[][] {
  return claims.map((claim, i) => {
    if (!claim.speaker) return [];
    const name = stemPhrase(claim.speaker);
    const own = quotes.filter((q) => q.claim === i).flatMap((q) => q.aliases);
    return [
      ...own,
      ...(claim.speakerNames ?? []),
      name,
      ...(name.length > 1 ? [[name[name.length - 1] as string]] : []),
    ];
  });
}

function firstStems(phrases: readonly (readonly string[])[]): string[] {
  return [...new Set(phrases.filter((phrase) => phrase.length > 0).map((phrase) => phrase[0] as string))];
}

type Derived = Pick<LoadedIndex, 'vocabulary' | 'ruleTriggersById' | 'quoteTriggersById' | 'required'>;

function byId(triggers: Map<string, number[]>, vocabulary: Map<string, number>): (number[] | undefined)[] {
  const out = new Array<number[] | undefined>(vocabulary.size).fill(undefined);
  for (const [stem, ids] of triggers) out[vocabulary.get(stem) as number] = ids;
  return out;
}

/** Lookup tables derived from the rules, so the matcher skips a rule on a few array reads. */
function derived(
  rules: CompiledRule[],
  quotes: CompiledQuote[],
  ruleTriggers: Map<string, number[]>,
  quoteTriggers: Map<string, number[]>,
): Derived {
  const vocabulary = new Map<string, number>();
  const addStem = (stem: string) => {
    if (!vocabulary.has(stem)) vocabulary.set(stem, vocabulary.size);
  };
  const add = (phrases: readonly (readonly string[])[] | undefined) => {
    for (const phrase of phrases ?? []) if (phrase.length > 0) addStem(phrase[0] as string);
  };
  for (const rule of rules) {
    for (const group of rule.all) add(group.alts);
    for (const near of rule.near ?? []) add(near.alts);
    for (const veto of rule.none) add(veto.alts);
    add(rule.context);
  }
  for (const quote of quotes) add(quote.fragments);
  for (const stem of [...ruleTriggers.keys(), ...quoteTriggers.keys()]) addStem(stem);
  const required = rules.map((rule) =>
    [...rule.all, ...(rule.near ?? [])].map((group) =>
      Int32Array.from(firstStems(group.alts), (stem) => vocabulary.get(stem) as number),
    ),
  );
  return {
    vocabulary,
    ruleTriggersById: byId(ruleTriggers, vocabulary),
    quoteTriggersById: byId(quoteTriggers, vocabulary),
    required,
  };
}

function fail(message: string): never {
  throw new IndexLoadError(`claim index rejected: ${message}`);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function toMap(raw: unknown, limit: number, what: string): Map<string, number[]> {
  if (!isObject(raw)) fail(`${what} is not an object`);
  const map = new Map<string, number[]>();
  for (const [key, ids] of Object.entries(raw)) {
    if (!Array.isArray(ids) || !ids.every((id) => Number.isInteger(id) && id >= 0 && id < limit)) {
      fail(`${what} for "${key}" points outside the index`);
    }
    map.set(key, ids as number[]);
  }
  return map;
}

/**
 * Checks and loads a compiled index, given as parsed JSON or as JSON text. Anything that does
 * not verify throws IndexLoadError: a damaged index must fail loudly, never match wrongly.
 */
export function loadIndex(raw: unknown): LoadedIndex {
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      fail('not valid JSON (truncated?)');
    }
  }
  if (!isObject(data)) fail('not an object');
  if (data.format !== INDEX_FORMAT) fail(`unknown format ${JSON.stringify(data.format)}`);
  if (data.version !== INDEX_VERSION) {
    fail(`version ${JSON.stringify(data.version)}, this build reads version ${INDEX_VERSION}`);
  }
  const index = data as unknown as CompiledIndex;
  const payload = index.payload as unknown;
  if (!isObject(payload)) fail('payload missing');
  if (typeof index.checksum !== 'string') fail('checksum missing');
  if (checksumOf(JSON.stringify(payload)) !== index.checksum) fail('checksum mismatch (corrupt or edited)');
  const { claims, rules, quotes } = payload as Record<string, unknown>;
  if (!Array.isArray(claims) || !Array.isArray(rules) || !Array.isArray(quotes)) fail('payload incomplete');
  if (claims.length !== index.claimCount) {
    fail(`claim count ${claims.length} does not match the declared ${String(index.claimCount)}`);
  }
  for (const rule of rules as CompiledRule[]) {
    if (!isObject(rule) || !Number.isInteger(rule.claim) || rule.claim < 0 || rule.claim >= claims.length) {
      fail('a rule points to no claim');
    }
    if (!Array.isArray(rule.all) || rule.all.length === 0 || !Array.isArray(rule.none)) fail('a rule is malformed');
  }
  for (const quote of quotes as CompiledQuote[]) {
    if (!isObject(quote) || !Number.isInteger(quote.claim) || quote.claim < 0 || quote.claim >= claims.length) {
      fail('a quote points to no claim');
    }
    if (quote.misattributed >= claims.length) fail('a quote points to no misattribution claim');
  }
  const ruleTriggers = toMap((payload as Record<string, unknown>).ruleTriggers, rules.length, 'rule triggers');
  const quoteTriggers = toMap((payload as Record<string, unknown>).quoteTriggers, quotes.length, 'quote triggers');
  const lookups = derived(rules as CompiledRule[], quotes as CompiledQuote[], ruleTriggers, quoteTriggers);

  return {
    claims: claims as IndexClaimEntry[],
    rules: rules as CompiledRule[],
    quotes: quotes as CompiledQuote[],
    ruleTriggers,
    quoteTriggers,
    ...lookups,
    speakerAliases: speakerAliasesOf(claims as IndexClaimEntry[], quotes as CompiledQuote[]),
    misattributionOf: (claims as IndexClaimEntry[]).map(
      (_, i) => (quotes as CompiledQuote[]).find((q) => q.claim === i && q.misattributed >= 0)?.misattributed ?? -1,
    ),
  };
}
