// A small full-text index over catalogue entries, built once from plain documents (no DOM, no
// browser API). Words are normalized and stemmed exactly like article text, so "extradited" finds
// "extradite" and "seventeen" finds "17"; a sorted key list answers prefix lookups for the word
// still being typed.
import { type Token, tokenizeText } from '../text/tokenize-text';

/** One searchable text of a document and how much a hit in it counts (claim text > sources). */
export interface SearchField {
  text: string;
  weight: number;
  /** The text's tokens, when the caller has them already (saves a second tokenising pass). */
  tokens?: readonly Token[];
}

export interface SearchDocument {
  id: string;
  fields: SearchField[];
}

/** One occurrence of a key: in which document, how much its field weighs, and where it stands. */
export interface Hit {
  doc: number;
  weight: number;
  /** field * POSITION_SPAN + token position: adjacent words have adjacent places. */
  place: number;
}

export interface SearchIndex {
  ids: string[];
  /** Every key (stems and surface words), sorted, for prefix lookups. */
  keys: string[];
  hits: Map<string, Hit[]>;
}

/** Positions of different fields never touch, so a phrase cannot run from one field into the next. */
export const POSITION_SPAN = 1 << 16;

function add(hits: Map<string, Hit[]>, key: string, hit: Hit): void {
  const list = hits.get(key);
  if (!list) hits.set(key, [hit]);
  else if (list[list.length - 1]?.place !== hit.place || list[list.length - 1]?.doc !== hit.doc) list.push(hit);
}

/** Indexes each field's tokens under both their stem and their surface form. */
export function buildSearchIndex(documents: readonly SearchDocument[]): SearchIndex {
  const hits = new Map<string, Hit[]>();
  documents.forEach((entry, doc) => {
    entry.fields.forEach((field, f) => {
      (field.tokens ?? tokenizeText(field.text)).forEach((token, position) => {
        const hit = { doc, weight: field.weight, place: f * POSITION_SPAN + Math.min(position, POSITION_SPAN - 1) };
        add(hits, token.stem, hit);
        if (token.word !== token.stem) add(hits, token.word, hit);
      });
    });
  });
  return { ids: documents.map((d) => d.id), keys: [...hits.keys()].sort(), hits };
}

/** The keys that start with `prefix`, by binary search over the sorted key list. */
export function keysWithPrefix(keys: readonly string[], prefix: string): string[] {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((keys[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  const out: string[] = [];
  for (let i = lo; i < keys.length && (keys[i] as string).startsWith(prefix); i++) out.push(keys[i] as string);
  return out;
}
