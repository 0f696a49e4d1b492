// Ranks indexed documents for a reader's query. Documents that contain more of the query's words
// come first; among them, rarer words, weightier fields (the claim itself over its sources) and
// words standing together as typed ("17 agencies") rank higher. A query that spells an id finds it.
import { tokenizeText } from '../text/tokenize-text';
import { type Hit, keysWithPrefix, type SearchIndex } from './search-index';

export interface SearchResult {
  id: string;
  score: number;
  /** How many of the query's words the document contains, of `of`. */
  matched: number;
  of: number;
}

/** Words that carry no meaning for a search on their own; kept when the query has nothing else. */
const STOP_WORDS = new Set(
  'a an and are as at be by did do does for from had has have he his in is it its of on or she that the their they this to was were what when who will with would'.split(
    ' ',
  ),
);

/** A hit on a word that only starts with what was typed counts for less than the whole word. */
const PREFIX_FACTOR = 0.7;
/** The last word may still be being typed: a shorter prefix of it is enough. */
const MIN_PREFIX = 3;
const MIN_TYPING_PREFIX = 2;

interface Term {
  word: string;
  stem: string;
  last: boolean;
}

function queryTerms(query: string): Term[] {
  const tokens = tokenizeText(query);
  const seen = new Set<string>();
  const unique = tokens.filter((t) => !seen.has(t.stem) && seen.add(t.stem));
  const meaningful = unique.filter((t) => !STOP_WORDS.has(t.word));
  const kept = meaningful.length > 0 ? meaningful : unique;
  // "Typing" applies only when the query ends in the middle of a word, not after a space.
  const typing = /[\p{L}\p{N}]$/u.test(query);
  return kept.map((t, i) => ({ word: t.word, stem: t.stem, last: typing && i === kept.length - 1 }));
}

/** Every hit of one query word, each with the factor it earns (whole word 1, prefix less). */
function termHits(index: SearchIndex, term: Term): Array<{ hit: Hit; factor: number }> {
  const exact = new Set([term.stem, term.word]);
  const out: Array<{ hit: Hit; factor: number }> = [];
  for (const key of exact) for (const hit of index.hits.get(key) ?? []) out.push({ hit, factor: 1 });
  const minPrefix = term.last ? MIN_TYPING_PREFIX : MIN_PREFIX;
  const prefixes = new Set([term.stem, term.word].filter((p) => p.length >= minPrefix && !/^\d+$/.test(p)));
  const prefixed = new Set<string>();
  for (const p of prefixes) for (const key of keysWithPrefix(index.keys, p)) if (!exact.has(key)) prefixed.add(key);
  for (const key of prefixed) for (const hit of index.hits.get(key) ?? []) out.push({ hit, factor: PREFIX_FACTOR });
  return out;
}

/** `query` folded to an id's form: "Putin never extradite" → "putin-never-extradite". */
function asId(query: string): string {
  return query
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The documents that answer `query`, best first; an empty or meaningless query gives none. */
export function searchClaims(index: SearchIndex, query: string, limit = 20): SearchResult[] {
  if (typeof query !== 'string' || !query.trim()) return [];
  const terms = queryTerms(query.slice(0, 300)).slice(0, 12);
  const n = index.ids.length;
  const score = new Float64Array(n);
  const matched = new Uint8Array(n);
  let previous: Map<number, Set<number>> | undefined;
  for (const term of terms) {
    const hits = termHits(index, term);
    const best = new Map<number, number>();
    const places = new Map<number, Set<number>>();
    for (const { hit, factor } of hits) {
      const value = hit.weight * factor;
      if (value > (best.get(hit.doc) ?? 0)) best.set(hit.doc, value);
      const set = places.get(hit.doc);
      if (set) set.add(hit.place);
      else places.set(hit.doc, new Set([hit.place]));
    }
    // Rarer words tell documents apart better.
    const idf = Math.log(1 + n / Math.max(1, best.size));
    for (const [doc, value] of best) {
      matched[doc] = (matched[doc] as number) + 1;
      // A few extra points for a word the document repeats across fields, never more than one hit's worth.
      const extra = Math.min(0.5, ((places.get(doc)?.size ?? 1) - 1) * 0.1);
      score[doc] = (score[doc] as number) + (value + extra) * idf;
      // Words standing together as typed: a phrase bonus.
      const before = previous?.get(doc);
      if (before && [...(places.get(doc) ?? [])].some((p) => before.has(p - 1)))
        score[doc] = (score[doc] as number) + idf;
    }
    previous = places;
  }
  const id = asId(query);
  const exactId = index.ids.indexOf(id);
  if (exactId >= 0) {
    score[exactId] = (score[exactId] as number) + 1000;
    matched[exactId] = Math.max(matched[exactId] as number, terms.length);
  }
  const needed = Math.max(1, Math.ceil(terms.length / 2));
  const results: SearchResult[] = [];
  for (let doc = 0; doc < n; doc++) {
    if ((matched[doc] as number) >= needed || doc === exactId)
      results.push({
        id: index.ids[doc] as string,
        score: score[doc] as number,
        matched: matched[doc] as number,
        of: terms.length,
      });
  }
  return results.sort((a, b) => b.matched - a.matched || b.score - a.score).slice(0, limit);
}
