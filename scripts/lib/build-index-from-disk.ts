import { loadDataset } from '../../dataset/load/load-dataset';
import type { Hints } from '../../dataset/schema/hints';
import { compileIndex, type IndexClaim } from '../../engine/match/compile-index';
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
  const hints = options.transformHints?.(dataset.hints) ?? dataset.hints;
  const claims: IndexClaim[] = dataset.claims.map((c) => ({
    id: c.id,
    verdict: c.verdict,
    kind: c.kind,
    ...(c.speaker && { speaker: c.speaker }),
  }));
  // Synthetic hints (bench only) name claims the dataset does not have: give them a neutral entry.
  const known = new Set(claims.map((c) => c.id));
  for (const h of hints) if (!known.has(h.claim)) claims.push({ id: h.claim, verdict: 'needs-context', kind: 'fact' });
  return loadIndex(JSON.stringify(compileIndex(claims, hints)));
}
