// Parses and validates every dataset file against its schema. Pure: takes file texts, returns
// typed data or throws a DatasetError that names file, entry, field and reason for each problem.
import * as v from 'valibot';
import { CatalogueEntrySchema } from '../schema/catalogue';
import { type Claim, ClaimSchema } from '../schema/claim';
import { HintsSchema } from '../schema/hints';
import { type Lexicon, LexiconSchema } from '../schema/lexicon';
import { GlossaryEntrySchema, TimelineEventSchema } from '../schema/reference';
import { FactSchema, SourceSchema } from '../schema/registry';
import { checkIntegrity } from './check-integrity';
import type { Dataset } from './dataset';
import type { DatasetFile, DatasetFiles } from './dataset-files';
import { DatasetError, type DatasetProblem, issuePath } from './dataset-problem';

type Schema = v.GenericSchema<unknown, unknown>;

function parseJson(f: DatasetFile, problems: DatasetProblem[]): unknown {
  try {
    return JSON.parse(f.text);
  } catch (e) {
    problems.push({ file: f.file, message: `is not valid JSON (${(e as Error).message})` });
    return undefined;
  }
}

function validate<T>(
  schema: Schema,
  raw: unknown,
  file: string,
  entry: string,
  problems: DatasetProblem[],
): T | undefined {
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output as T;
  for (const issue of result.issues)
    problems.push({ file, entry, path: issuePath(issue) || undefined, message: issue.message });
  return undefined;
}

/** Names an entry of an array file by its id, url or date+title, falling back to its index. */
function entryName(raw: unknown, index: number): string {
  const r = (raw ?? {}) as Record<string, unknown>;
  const name = r.id ?? r.url ?? (r.date && r.title ? `${r.date} ${r.title}` : undefined);
  return typeof name === 'string' ? name : `#${index}`;
}

function validateArrayFile<T>(f: DatasetFile, schema: Schema, problems: DatasetProblem[]): T[] {
  const raw = parseJson(f, problems);
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    problems.push({ file: f.file, message: 'must be a JSON array' });
    return [];
  }
  return raw.flatMap((item, i) => validate<T>(schema, item, f.file, entryName(item, i), problems) ?? []);
}

function validateOnePerFile<T>(files: DatasetFile[], schema: Schema, problems: DatasetProblem[]): T[] {
  return files.flatMap((f) => {
    const raw = parseJson(f, problems);
    if (raw === undefined) return [];
    const entry = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
    return validate<T>(schema, raw, f.file, entry, problems) ?? [];
  });
}

function validateObjectFile<T>(f: DatasetFile, schema: Schema, problems: DatasetProblem[]): T | undefined {
  const raw = parseJson(f, problems);
  if (raw === undefined) return undefined;
  return validate<T>(schema, raw, f.file, f.file.replace(/^.*\//, ''), problems);
}

export function validateDataset(files: DatasetFiles): Dataset {
  const problems: DatasetProblem[] = [];
  const dataset: Dataset = {
    catalogue: validateArrayFile(files.catalogue, CatalogueEntrySchema, problems),
    claims: validateOnePerFile<Claim>(files.claims, ClaimSchema, problems),
    hints: validateOnePerFile(files.hints, HintsSchema, problems),
    lexicon: validateObjectFile<Lexicon>(files.lexicon, LexiconSchema, problems) ?? { concepts: {}, story: [] },
    sources: validateArrayFile(files.sources, SourceSchema, problems),
    facts: validateArrayFile(files.facts, FactSchema, problems),
    timeline: validateArrayFile(files.timeline, TimelineEventSchema, problems),
    glossary: validateArrayFile(files.glossary, GlossaryEntrySchema, problems),
  };
  // Cross-file checks only make sense on well-formed files; report shape problems first.
  if (problems.length === 0) problems.push(...checkIntegrity(dataset, files));
  if (problems.length > 0) throw new DatasetError(problems);
  return dataset;
}
