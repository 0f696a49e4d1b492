// Turns catalogue claims into search documents: the claim, who made it and who it names, its
// summary and context, its sources, and its id. A person or organization the claim names gets
// all of its glossary names too, so "IRA" finds claims that spell out the Internet Research Agency.
import { type Token, tokenizeText } from '../text/tokenize-text';
import type { SearchDocument } from './search-index';

/** What search reads of a claim (the shipped claim card has all of it). */
export interface SearchableClaim {
  id: string;
  claim: string;
  summary: string;
  context: string[];
  claimant?: string;
  speaker?: string;
  entities?: string[];
  sources: Array<{ publisher: string; title: string }>;
}

/** A glossary entry's names: any one of them in a claim brings in all of them. */
export interface NameGroup {
  name: string;
  aliases: string[];
}

export const FIELD_WEIGHT = {
  claim: 3,
  people: 2.5,
  id: 2,
  summary: 1.5,
  context: 1,
  sources: 0.5,
} as const;

interface CompiledGroup {
  names: string;
  phrases: string[][];
}

function compileGroups(groups: readonly NameGroup[]): CompiledGroup[] {
  return groups.map((g) => {
    const all = [g.name, ...g.aliases];
    return {
      names: all.join(' · '),
      phrases: all.map((name) => tokenizeText(name).map((t) => t.stem)).filter((p) => p.length > 0),
    };
  });
}

/** Where each stem stands in `tokens`. */
function positionsOf(tokens: readonly Token[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  tokens.forEach((t, i) => {
    const list = at.get(t.stem);
    if (list) list.push(i);
    else at.set(t.stem, [i]);
  });
  return at;
}

/** Whether `phrase` occurs in `tokens`; a one-word name must be capitalized there ("Kelly", not "kelly"). */
function mentions(tokens: readonly Token[], at: Map<string, number[]>, phrase: readonly string[]): boolean {
  for (const i of at.get(phrase[0] as string) ?? []) {
    if (phrase.length === 1 && !tokens[i]?.cap) continue;
    if (phrase.every((stem, k) => tokens[i + k]?.stem === stem)) return true;
  }
  return false;
}

export function catalogueDocuments(
  claims: readonly SearchableClaim[],
  groups: readonly NameGroup[] = [],
): SearchDocument[] {
  const compiled = compileGroups(groups);
  return claims.map((c) => {
    const people = [c.claimant, c.speaker, ...(c.entities ?? [])].filter((p): p is string => !!p);
    const context = c.context.join(' ');
    const own = [c.claim, c.summary, context, people.join(' · ')].map((text) => tokenizeText(text));
    const [claimTokens, summaryTokens, contextTokens] = own;
    const located = own.map((tokens) => ({ tokens, at: positionsOf(tokens) }));
    const named = compiled
      .filter((g) => g.phrases.some((p) => located.some(({ tokens, at }) => mentions(tokens, at, p))))
      .map((g) => g.names);
    return {
      id: c.id,
      fields: [
        { text: c.claim, weight: FIELD_WEIGHT.claim, tokens: claimTokens },
        { text: [...new Set([...people, ...named])].join(' · '), weight: FIELD_WEIGHT.people },
        { text: c.id.replace(/-/g, ' '), weight: FIELD_WEIGHT.id },
        { text: c.summary, weight: FIELD_WEIGHT.summary, tokens: summaryTokens },
        { text: context, weight: FIELD_WEIGHT.context, tokens: contextTokens },
        { text: c.sources.map((s) => `${s.publisher}: ${s.title}`).join(' · '), weight: FIELD_WEIGHT.sources },
      ],
    };
  });
}
