// The catalogue search in one object: the index is built on first use (or when `prepare` is
// called, e.g. once the popup has painted), then queried on every keystroke.
import { catalogueDocuments, type NameGroup, type SearchableClaim } from './catalogue-documents';
import { type SearchResult, searchClaims } from './search-claims';
import { buildSearchIndex, type SearchIndex } from './search-index';

export interface ClaimSearch {
  search(query: string, limit?: number): SearchResult[];
  /** Builds the index now, so the first query does not wait for it. */
  prepare(): void;
}

export function createClaimSearch(claims: readonly SearchableClaim[], groups: readonly NameGroup[] = []): ClaimSearch {
  let index: SearchIndex | undefined;
  const ready = () => {
    index ??= buildSearchIndex(catalogueDocuments(claims, groups));
    return index;
  };
  return {
    search: (query, limit) => searchClaims(ready(), query, limit),
    prepare: () => void ready(),
  };
}
