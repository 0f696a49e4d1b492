// Builds dataset/sources.json and dataset/facts.json from the verified ledger and the
// primary-source registry in ../shared. Both outputs are generated so that a URL can only
// enter the dataset through those two files; run it again whenever either of them changes:
//   npx tsx scripts/registry/build-registry.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../dataset/schema/registry';
import { kindFor, SOURCE_KINDS } from './source-kinds';

interface LedgerSource {
  url: string;
  publisher: string;
  title: string;
  date: string;
}
interface LedgerFact {
  id: string;
  date: string;
  status: string;
  sources: LedgerSource[];
}
interface RegistryUrl {
  url: string;
}
interface RegistryDocument {
  id: string;
  title: string;
  publisher: string;
  date: string;
  confidence: string;
  urls: RegistryUrl[];
  secondary_urls?: RegistryUrl[];
  archive_urls: string[];
}

/** A registry entry: the dataset schema's own type, so the generator cannot drift from it. */
export type SourceEntry = Source;

export interface FactEntry {
  id: string;
  date: string;
  status: string;
  sources: string[];
}

// Only these confidences are citable as the primary document (see the registry's meta).
const CITABLE_CONFIDENCE = new Set(['high', 'medium']);

/** "2019-04-18 (report dated March 2019)" → "2019-04-18"; "n/a" and "living article" → undefined. */
export function normalizeDate(raw: string): string | undefined {
  return /^\d{4}(-\d{2}(-\d{2})?)?/.exec(raw)?.[0];
}

/** The archive copy of this exact URL if the registry has one, else the document's first copy. */
function archiveFor(url: string, doc: RegistryDocument): string | undefined {
  return doc.archive_urls.find((a) => a.endsWith(url)) ?? doc.archive_urls[0];
}

export function buildSources(facts: LedgerFact[], documents: RegistryDocument[]): SourceEntry[] {
  const docOfUrl = new Map<string, RegistryDocument>();
  for (const doc of documents) {
    for (const { url } of [...doc.urls, ...(doc.secondary_urls ?? [])]) docOfUrl.set(url, doc);
  }
  const isDocumentUrl = (url: string) => docOfUrl.get(url)?.urls.some((u) => u.url === url) ?? false;

  const entries = new Map<string, SourceEntry>();
  for (const doc of documents) {
    if (!CITABLE_CONFIDENCE.has(doc.confidence)) continue;
    for (const { url } of doc.urls) {
      entries.set(url, {
        url,
        publisher: doc.publisher,
        title: doc.title,
        date: normalizeDate(doc.date),
        kind: kindFor(url, doc.publisher, true),
        documentId: doc.id,
      });
    }
  }

  // The ledger sometimes shortens a title on a repeat citation; the longest form is the full one.
  const ledgerByUrl = new Map<string, LedgerSource>();
  for (const source of facts.flatMap((f) => f.sources)) {
    const seen = ledgerByUrl.get(source.url);
    if (!seen || source.title.length > seen.title.length) ledgerByUrl.set(source.url, source);
  }
  for (const [url, source] of ledgerByUrl) {
    if (entries.has(url)) continue;
    entries.set(url, {
      url,
      publisher: source.publisher,
      title: source.title,
      date: normalizeDate(source.date),
      kind: kindFor(url, source.publisher, isDocumentUrl(url)),
      documentId: docOfUrl.get(url)?.id,
    });
  }

  for (const entry of entries.values()) {
    const doc = docOfUrl.get(entry.url);
    if (doc && entry.kind === 'primary') entry.archive = archiveFor(entry.url, doc);
  }
  return [...entries.values()].map(withFieldOrder).sort(compareSources);
}

export function buildFacts(facts: LedgerFact[]): FactEntry[] {
  return facts.map((f) => ({
    id: f.id,
    date: f.date,
    status: f.status,
    sources: [...new Set(f.sources.map((s) => s.url))],
  }));
}

// Stable key order and no undefined keys, so the generated JSON diffs cleanly.
function withFieldOrder(e: SourceEntry): SourceEntry {
  return {
    url: e.url,
    publisher: e.publisher,
    title: e.title,
    ...(e.date ? { date: e.date } : {}),
    kind: e.kind,
    ...(e.archive ? { archive: e.archive } : {}),
    ...(e.documentId ? { documentId: e.documentId } : {}),
  };
}

function compareSources(a: SourceEntry, b: SourceEntry): number {
  const byKind = SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind);
  if (byKind !== 0) return byKind;
  // Undated pages sort after dated ones within a kind.
  const byDate = (a.date ?? '9999').localeCompare(b.date ?? '9999');
  return byDate !== 0 ? byDate : a.url.localeCompare(b.url);
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const reference = join(root, '..', 'shared', 'reference');
  const ledger = JSON.parse(readFileSync(join(reference, 'ledger.json'), 'utf8')) as { facts: LedgerFact[] };
  const registry = JSON.parse(readFileSync(join(reference, 'sources.json'), 'utf8')) as {
    documents: RegistryDocument[];
  };
  const write = (name: string, data: unknown) =>
    writeFileSync(join(root, 'dataset', name), `${JSON.stringify(data, null, 2)}\n`);
  write('sources.json', buildSources(ledger.facts, registry.documents));
  write('facts.json', buildFacts(ledger.facts));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
