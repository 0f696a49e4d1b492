import { SOURCE_KIND_RANK, type Source } from '../schema/registry';

/** A claim's sources resolved from the registry, primary documents first, otherwise as curated. */
export function sourcesInReadingOrder(urls: string[], registry: Source[]): Source[] {
  const byUrl = new Map(registry.map((s) => [s.url, s]));
  return urls
    .flatMap((u) => byUrl.get(u) ?? [])
    .map((s, i) => ({ s, i }))
    .sort((a, b) => SOURCE_KIND_RANK[a.s.kind] - SOURCE_KIND_RANK[b.s.kind] || a.i - b.i)
    .map(({ s }) => s);
}
