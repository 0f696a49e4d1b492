import type { Hints, Proposition } from '../../dataset/schema/hints';
import { stemPhrase } from '../text/tokenize-text';
import type { ClaimKind, Verdict } from '../types';
import { expandTerms, type ResolveConcept } from './expand-terms';
import { FREQUENT } from './frequent-stems';
import {
  type CompiledGroup,
  type CompiledIndex,
  type CompiledQuote,
  type CompiledRule,
  checksumOf,
  INDEX_FORMAT,
  INDEX_VERSION,
  type IndexClaimEntry,
  type IndexPayload,
  type StemPhrase,
} from './index-format';

export interface IndexClaim {
  id: string;
  verdict: Verdict;
  kind: ClaimKind;
  speaker?: string;
}

const DEFAULT_WEIGHT = 0.75;

function phrases(terms: readonly string[], where: string): StemPhrase[] {
  const out: StemPhrase[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    const stems = stemPhrase(term);
    if (stems.length === 0) throw new Error(`${where}: term "${term}" has no words`);
    const key = stems.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(stems);
  }
  return out;
}

/**
 * How often a stem can be expected in a sentence, as the index sees it: the number of rules
 * that require it, and far more for the language's commonest words. The story's own vocabulary
 * (Russia, Putin, election) is required by many rules and so counts as common too.
 */
function stemCosts(rules: CompiledRule[]): (stem: string) => number {
  const uses = new Map<string, number>();
  for (const rule of rules) {
    const stems = new Set(rule.all.flatMap((group) => group.alts.flat()));
    for (const stem of stems) uses.set(stem, (uses.get(stem) ?? 0) + 1);
  }
  return (stem) => (uses.get(stem) ?? 0) + (FREQUENT.has(stem) ? rules.length + 1 : 0);
}

/** The rarest stem of a phrase: a sentence without it cannot contain the phrase. */
function rarestStem(phrase: StemPhrase, cost: (stem: string) => number): string {
  let best = phrase[0] as string;
  for (const stem of phrase) if (cost(stem) < cost(best)) best = stem;
  return best;
}

/**
 * The trigger stems of the required group that is rarest overall (by the summed cost of its
 * phrases' rarest stems): a sentence lacking all of them cannot match, and sentences that have
 * one are few, so the matcher looks at a rule about as often as the rule can actually hold.
 */
function triggerStems(groups: CompiledGroup[], cost: (stem: string) => number): string[] {
  let best: string[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  for (const group of groups) {
    const stems = [...new Set(group.alts.map((alt) => rarestStem(alt, cost)))];
    const total = stems.reduce((sum, stem) => sum + cost(stem), 0);
    if (total < bestCost || (total === bestCost && stems.length < best.length)) {
      best = stems;
      bestCost = total;
    }
  }
  return best;
}

interface Compiling {
  resolve: ResolveConcept;
}

function group(terms: readonly string[], c: Compiling, where: string): StemPhrase[] {
  return phrases(expandTerms(terms, c.resolve, where), where);
}

/** One proposition as a rule: the predicate (`does`) first, as the anchor, then the other slots. */
function compileProposition(p: Proposition, claim: number, denies: boolean, c: Compiling, where: string): CompiledRule {
  const slots: Array<[string, readonly string[] | undefined]> = [
    ['does', p.does],
    ['who', p.who],
    ['what', p.what],
    ['when', p.when],
    ...(p.also ?? []).map((g, i) => [`also[${i}]`, g] as [string, string[]]),
  ];
  const all: CompiledGroup[] = slots
    .filter((slot): slot is [string, readonly string[]] => Array.isArray(slot[1]))
    .map(([name, terms]) => ({ alts: group(terms, c, `${where} ${name}`) }));
  if (p.numbers) all.push({ alts: group(p.numbers, c, `${where} numbers`), number: true });
  return {
    claim,
    name: p.name,
    all,
    anchor: 0,
    span: p.span ?? 0,
    near: (p.beside ?? []).map((near, i) => {
      if (!near.before && !near.after) throw new Error(`${where}: beside[${i}] needs before or after`);
      return { alts: group(near.any, c, `${where} beside[${i}]`), before: near.before ?? 0, after: near.after ?? 0 };
    }),
    none: (p.unless ?? []).map((veto, i) => ({
      alts: group(veto.any, c, `${where} unless[${i}]`),
      before: veto.before ?? 0,
      after: veto.after ?? 0,
    })),
    context: p.context ? group(p.context, c, `${where} context`) : [],
    weight: p.weight ?? DEFAULT_WEIGHT,
    denies,
    ...(p.hedged && { hedged: true }),
    ...(p.requested && { requested: true }),
  };
}

function addTrigger(map: Record<string, number[]>, stem: string, id: number): void {
  // Own keys only: a stem such as "constructor" must not find Object.prototype members.
  const list = Object.hasOwn(map, stem) ? (map[stem] as number[]) : [];
  if (list[list.length - 1] !== id) list.push(id);
  map[stem] = list;
}

/**
 * Compiles the claim list and their hints into the index the matcher loads. Pure and
 * deterministic: the same input gives byte-identical JSON (and checksum).
 */
export function compileIndex(
  claims: IndexClaim[],
  hints: Hints[],
  resolve: ResolveConcept = () => undefined,
): CompiledIndex {
  const c: Compiling = { resolve };
  const position = new Map<string, number>();
  const entries: IndexClaimEntry[] = claims.map((claim, i) => {
    if (position.has(claim.id)) throw new Error(`claim ${claim.id} is listed twice`);
    position.set(claim.id, i);
    return claim.speaker
      ? { id: claim.id, verdict: claim.verdict, kind: claim.kind, speaker: claim.speaker }
      : { id: claim.id, verdict: claim.verdict, kind: claim.kind };
  });
  const rules: CompiledRule[] = [];
  const quotes: CompiledQuote[] = [];
  const sorted = [...hints].sort((a, b) => (a.claim < b.claim ? -1 : a.claim > b.claim ? 1 : 0));
  const byClaim = new Map(sorted.map((h) => [h.claim, h]));
  for (const hint of sorted) {
    const claim = position.get(hint.claim);
    if (claim === undefined) throw new Error(`hints for unknown claim ${hint.claim}`);
    hint.propositions.forEach((p, i) => {
      const where = `${hint.claim} propositions[${i}] (${p.name})`;
      rules.push(compileProposition(p, claim, p.stance === 'denies', c, where));
    });
    const entry = entries[claim] as IndexClaimEntry;
    // A misattribution's descriptions name the person the words were pinned on, not the speaker.
    if (entry.speaker && entry.verdict !== 'misattributed') {
      const names = hint.propositions.flatMap((p, i) =>
        p.who ? group(p.who, c, `${hint.claim} propositions[${i}] who`) : [],
      );
      if (names.length) entry.speakerNames = names;
    }
    if (hint.opposes) {
      const opposed = byClaim.get(hint.opposes);
      if (!opposed) throw new Error(`${hint.claim}: opposes ${hint.opposes}, which has no description`);
      opposed.propositions.forEach((p, i) => {
        const where = `${hint.claim} opposes ${hint.opposes} propositions[${i}] (${p.name})`;
        rules.push(compileProposition(p, claim, p.stance !== 'denies', c, where));
      });
    }
    for (const id of hint.refines ?? []) {
      const other = position.get(id);
      if (other === undefined) throw new Error(`${hint.claim}: refines unknown claim ${id}`);
      const entry = entries[claim] as IndexClaimEntry;
      entry.refines = [...(entry.refines ?? []), other];
    }
    for (const quote of hint.quotes ?? []) {
      let misattributed = -1;
      if (quote.misattributed) {
        const other = position.get(quote.misattributed);
        if (other === undefined) throw new Error(`${hint.claim}: unknown claim ${quote.misattributed}`);
        misattributed = other;
      }
      quotes.push({
        claim,
        fragments: group(quote.fragments, c, `${hint.claim} quote`),
        speaker: quote.speaker,
        aliases: group(quote.aliases, c, `${hint.claim} quote aliases`),
        misattributed,
      });
    }
  }
  const cost = stemCosts(rules);
  const ruleTriggers: Record<string, number[]> = {};
  rules.forEach((rule, id) => {
    for (const stem of triggerStems(rule.all, cost)) addTrigger(ruleTriggers, stem, id);
  });
  const quoteTriggers: Record<string, number[]> = {};
  quotes.forEach((quote, id) => {
    for (const fragment of quote.fragments) addTrigger(quoteTriggers, rarestStem(fragment, cost), id);
  });
  const payload: IndexPayload = {
    claims: entries,
    rules,
    quotes,
    ruleTriggers: sortKeys(ruleTriggers),
    quoteTriggers: sortKeys(quoteTriggers),
  };
  return {
    format: INDEX_FORMAT,
    version: INDEX_VERSION,
    claimCount: entries.length,
    checksum: checksumOf(JSON.stringify(payload)),
    payload,
  };
}

function sortKeys(map: Record<string, number[]>): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const key of Object.keys(map).sort()) out[key] = map[key] as number[];
  return out;
}
