// The catalogue search in one object: built once from the shipped claims and glossary, then
// queried on every keystroke.
import { catalogueDocuments, type NameGroup, type SearchableClaim } from './catalogue-documents';
import { type SearchResult, searchClaims } from './search-claims';
import { buildSearchIndex } from './search-index';

export interface ClaimSearch {
  search(query: string, limit?: number): SearchResult[];
}

export function createClaimSearch(claims: readonly SearchableClaim[], groups: readonly NameGroup[] = []): ClaimSearch {
  const index = buildSearchIndex(catalogueDocuments(claims, groups));
  return { search: (query, limit) => searchClaims(index, query, limit) };
}
