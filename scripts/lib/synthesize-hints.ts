// A larger, made-up dataset for the bench: `copies` new claims per real one, each a distinct
// claim rather than a near-copy. The model: a claim about this story is phrased with the
// story's shared vocabulary (Russia, Putin, election, charges: the terms several real claims
// require) plus terms of its own (a treaty, a number, a document, a person). So each synthetic
// claim takes a real claim's rules as its shape and keeps every group made of shared
// vocabulary as it is, but gives every other group invented words that belong to it alone.
// A rule made only of shared words gets its rarest group invented too: a distinct claim has
// something of its own. Quotes get invented fragments (speakers stay, since speakers are
// shared). The result: ten times the rules, with real shared vocabulary at the real rate.

import type { Hints, Proposition } from '../../dataset/schema/hints';
import { stemPhrase } from '../../engine/text/tokenize-text';

const SYLLABLES = [
  'zor',
  'vel',
  'quin',
  'tak',
  'bras',
  'tom',
  'fel',
  'quor',
  'miv',
  'an',
  'dro',
  'plos',
  'gar',
  'nith',
];

/** A group is shared vocabulary when one of its words is required by this many real claims. */
const SHARED_BY = 3;

/** A made-up word, unique to (claim copy, position): never in real text, never in another claim. */
function inventedWord(seed: number): string {
  let n = seed;
  let word = '';
  for (let i = 0; i < 4; i++) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${word}${seed.toString(36)}`;
}

const SLOTS = ['does', 'who', 'what', 'when'] as const;

/** The required term groups of a proposition, in a fixed order. */
function slotsOf(p: Proposition): string[][] {
  return [...SLOTS.flatMap((slot) => (p[slot] ? [p[slot]] : [])), ...(p.also ?? [])];
}

/** The proposition with its required groups replaced, in `slotsOf` order. */
function withSlots(p: Proposition, groups: string[][], numbers: string[] | undefined): Proposition {
  const out: Proposition = { ...p, does: groups[0] as string[] };
  let at = 1;
  for (const slot of SLOTS.slice(1)) if (p[slot]) out[slot] = groups[at++] as string[];
  if (p.also) out.also = groups.slice(at);
  if (numbers) out.numbers = numbers;
  return out;
}

/** Per stem, how many real claims require it. */
function claimCounts(hints: Hints[]): Map<string, number> {
  const claimsUsing = new Map<string, Set<string>>();
  for (const hint of hints) {
    for (const rule of hint.propositions) {
      for (const group of slotsOf(rule)) {
        for (const stem of group.flatMap(stemPhrase)) {
          const set = claimsUsing.get(stem) ?? new Set();
          set.add(hint.claim);
          claimsUsing.set(stem, set);
        }
      }
    }
  }
  return new Map([...claimsUsing].map(([stem, claims]) => [stem, claims.size]));
}

/** `copies` distinct synthetic claims per real claim (ids suffixed `-synth-N`), after the originals. */
export function synthesizeHints(hints: Hints[], copies: number): { hints: Hints[]; ids: string[] } {
  const counts = claimCounts(hints);
  const reach = (group: string[]) => Math.max(0, ...group.flatMap(stemPhrase).map((stem) => counts.get(stem) ?? 0));
  const isShared = (group: string[]) => reach(group) >= SHARED_BY;
  const out: Hints[] = [...hints];
  const ids: string[] = [];
  let seed = 1;
  const invent = (group: string[]) =>
    group.map((term) =>
      term
        .split(/\s+/)
        .map(() => inventedWord(seed++))
        .join(' '),
    );
  for (let copy = 1; copy <= copies; copy++) {
    for (const original of hints) {
      const id = `${original.claim}-synth-${copy}`;
      const propositions: Proposition[] = original.propositions.map((rule) => {
        const groups = slotsOf(rule);
        const all = groups.map((group) => (isShared(group) ? [...group] : invent(group)));
        if (groups.every(isShared)) {
          const reaches = groups.map(reach);
          const rarest = reaches.indexOf(Math.min(...reaches));
          all[rarest] = invent(all[rarest] as string[]);
        }
        const numbers = rule.numbers && !isShared(rule.numbers) ? invent(rule.numbers) : rule.numbers;
        return withSlots(rule, all, numbers);
      });
      const quotes = original.quotes?.map(({ misattributed: _misattributed, ...quote }) => ({
        ...quote,
        fragments: invent(quote.fragments),
      }));
      out.push(quotes ? { claim: id, propositions, quotes } : { claim: id, propositions });
      ids.push(id);
    }
  }
  return { hints: out, ids };
}
