// Reads the dataset folder from disk (Node only: the build, scripts and tests).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatasetFile, DatasetFiles } from './dataset-files';

export const DATASET_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');

export function readDatasetFiles(dir = DATASET_DIR): DatasetFiles {
  const root = join(dir, '..');
  const read = (path: string): DatasetFile => ({ file: relative(root, path), text: readFileSync(path, 'utf8') });
  const folder = (name: string) =>
    readdirSync(join(dir, name))
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => read(join(dir, name, f)));
  return {
    catalogue: read(join(dir, 'catalogue.json')),
    claims: folder('claims'),
    hints: folder('hints'),
    lexicon: read(join(dir, 'lexicon.json')),
    sources: read(join(dir, 'sources.json')),
    facts: read(join(dir, 'facts.json')),
    timeline: read(join(dir, 'timeline.json')),
    glossary: read(join(dir, 'glossary.json')),
  };
}
