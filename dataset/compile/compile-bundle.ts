import { compileIndex } from '../../engine/match/compile-index';
import { conceptResolver } from '../../engine/match/expand-terms';
import type { Dataset } from '../load/dataset';
import { sourcesInReadingOrder } from '../load/resolve-sources';
import type { Source } from '../schema/registry';
import { DATASET_VERSION } from '../version';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type DatasetBundle, type SourceCard } from './bundle-format';

function card(s: Source): SourceCard {
  return {
    url: s.url,
    publisher: s.publisher,
    title: s.title,
    kind: s.kind,
    ...(s.date && { date: s.date }),
    ...(s.archive && { archive: s.archive }),
  };
}

/** The validated dataset compiled into what the extension loads. Pure. */
export function compileBundle(d: Dataset): DatasetBundle {
  const resolve = (urls: string[]) => sourcesInReadingOrder(urls, d.sources).map(card);
  return {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    version: DATASET_VERSION.version,
    date: DATASET_VERSION.date,
    claimCount: d.claims.length,
    index: compileIndex(
      d.claims.map((c) => ({ id: c.id, verdict: c.verdict, kind: c.kind, ...(c.speaker && { speaker: c.speaker }) })),
      d.hints,
      conceptResolver(d.lexicon.concepts, d.glossary),
    ),
    claims: d.claims.map((c) => ({
      id: c.id,
      claim: c.claim,
      kind: c.kind,
      verdict: c.verdict,
      summary: c.summary,
      context: c.context,
      date: c.date,
      ...(c.claimant && { claimant: c.claimant }),
      ...(c.speaker && { speaker: c.speaker }),
      entities: c.entities,
      evidenceStatus: c.evidenceStatus,
      sources: resolve(c.sources),
      related: c.related,
    })),
    timeline: d.timeline.map((e) => ({ ...e, sources: resolve(e.sources) })),
    glossary: d.glossary.map((g) => ({ ...g, sources: resolve(g.sources) })),
  };
}
