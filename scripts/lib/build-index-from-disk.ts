import { loadDataset } from '../../dataset/load/load-dataset';
import type { Hints } from '../../dataset/schema/hints';
import { compileIndex, type IndexClaim } from '../../engine/match/compile-index';
import { conceptResolver, expandTerms, type ResolveConcept } from '../../engine/match/expand-terms';
import { type LoadedIndex, loadIndex } from '../../engine/match/load-index';

export interface BuildOptions {
  /** Turns the hints before compiling (the bench grows them tenfold with synthetic claims). */
  transformHints?: (hints: Hints[]) => Hints[];
}

/**
 * The claim index as the extension gets it: the validated dataset (a malformed one throws a
 * DatasetError naming file, entry and field), compiled, serialised and loaded back.
 */
export function buildIndexFromDisk(options: BuildOptions = {}): LoadedIndex {
  const dataset = loadDataset();
  const resolve = conceptResolver(dataset.lexicon.concepts, dataset.glossary);
  const hints = options.transformHints?.(expandHints(dataset.hints, resolve)) ?? dataset.hints;
  const claims: IndexClaim[] = dataset.claims.map((c) => ({
    id: c.id,
    verdict: c.verdict,
    kind: c.kind,
    ...(c.speaker && { speaker: c.speaker }),
  }));
  // Synthetic hints (bench only) name claims the dataset does not have: give them a neutral entry.
  const known = new Set(claims.map((c) => c.id));
  for (const h of hints) if (!known.has(h.claim)) claims.push({ id: h.claim, verdict: 'needs-context', kind: 'fact' });
  return loadIndex(JSON.stringify(compileIndex(claims, hints, resolve)));
}

/** The hints with every "@name" spelled out, for tools that rewrite terms (the bench). */
function expandHints(hints: Hints[], resolve: ResolveConcept): Hints[] {
  const x = (terms: string[] | undefined, where: string) => (terms ? expandTerms(terms, resolve, where) : undefined);
  return hints.map((h) => ({
    ...h,
    propositions: h.propositions.map((p) => {
      const out = { ...p, does: expandTerms(p.does, resolve, h.claim) };
      for (const slot of ['who', 'what', 'when', 'numbers', 'context'] as const) {
        const terms = x(p[slot], h.claim);
        if (terms) out[slot] = terms;
      }
      if (p.also) out.also = p.also.map((g) => expandTerms(g, resolve, h.claim));
      return out;
    }),
    ...(h.quotes && {
      quotes: h.quotes.map((q) => ({ ...q, aliases: expandTerms(q.aliases, resolve, h.claim) })),
    }),
  }));
}
