// Loads the shipped dataset bundle. A truncated or corrupt bundle throws: Backstory would rather
// show nothing than a verdict from damaged data.
import { type LoadedIndex, loadIndex } from '../../engine/match/load-index';
import { BUNDLE_FORMAT, BUNDLE_VERSION, type DatasetBundle } from './bundle-format';

export class BundleLoadError extends Error {
  override name = 'BundleLoadError';
}

export interface LoadedBundle extends Omit<DatasetBundle, 'index'> {
  index: LoadedIndex;
}

function fail(message: string): never {
  throw new BundleLoadError(`dataset bundle rejected: ${message}`);
}

export function loadBundle(text: string): LoadedBundle {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    fail('not valid JSON (truncated?)');
  }
  const b = raw as Partial<DatasetBundle> | null;
  if (!b || typeof b !== 'object') fail('not an object');
  if (b.format !== BUNDLE_FORMAT || b.formatVersion !== BUNDLE_VERSION) fail('unknown format or version');
  if (!Array.isArray(b.claims) || !Array.isArray(b.timeline) || !Array.isArray(b.glossary)) fail('incomplete');
  if (b.claims.length !== b.claimCount) fail(`has ${b.claims.length} claims, declares ${String(b.claimCount)}`);
  const index = loadIndex(b.index);
  const indexed = new Set(index.claims.map((c) => c.id));
  if (indexed.size !== b.claims.length || !b.claims.every((c) => indexed.has(c?.id))) fail('index and claims disagree');
  return { ...(b as DatasetBundle), index };
}
