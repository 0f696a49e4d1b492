// Builds dataset/sources.json and dataset/facts.json from the verified ledger and the
// primary-source registry in ../shared. Both outputs are generated so that a URL can only
// enter the dataset through those two files; run it again whenever either of them changes:
//   npx tsx scripts/registry/build-registry.ts [path to shared]   (default ../shared)
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Source } from '../../dataset/schema/registry';
import { kindFor, SOURCE_KINDS } from './source-kinds';

export interface LedgerSource {
  url: string;
  publisher: string;
  title: string;
  date: string;
}
export interface LedgerFact {
  id: string;
  date: string;
  status: string;
  sources: LedgerSource[];
}
interface RegistryUrl {
  url: string;
  status_notes?: string;
}
export interface RegistryDocument {
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

/** The registry's mark for a URL that must never be cited (a dead or tombstoned link). */
export function isDoNotCite(u: RegistryUrl): boolean {
  return /\bDO NOT CITE\b/.test(u.status_notes ?? '');
}

/** The archive copy of this exact URL if the registry has one, else the document's first copy. */
function archiveFor(url: string, doc: RegistryDocument): string | undefined {
  return doc.archive_urls.find((a) => a.endsWith(url)) ?? doc.archive_urls[0];
}

export function buildSources(facts: LedgerFact[], documents: RegistryDocument[]): SourceEntry[] {
  const docOfUrl = new Map<string, RegistryDocument>();
  const doNotCite = new Set<string>();
  for (const doc of documents) {
    for (const u of [...doc.urls, ...(doc.secondary_urls ?? [])]) {
      docOfUrl.set(u.url, doc);
      if (isDoNotCite(u)) doNotCite.add(u.url);
    }
  }
  const isDocumentUrl = (url: string) => docOfUrl.get(url)?.urls.some((u) => u.url === url) ?? false;

  const entries = new Map<string, SourceEntry>();
  for (const doc of documents) {
    if (!CITABLE_CONFIDENCE.has(doc.confidence)) continue;
    for (const { url } of doc.urls) {
      if (doNotCite.has(url)) continue;
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
    if (entries.has(url) || doNotCite.has(url)) continue;
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
  return sortSources([...entries.values()].map(withFieldOrder), documents);
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

/**
 * By kind, then date (undated last), then URL; a document's URLs stay together in the
 * registry's order, so its preferred (working) URL comes first.
 */
function sortSources(entries: SourceEntry[], documents: RegistryDocument[]): SourceEntry[] {
  const listed = new Set(entries.map((e) => e.url));
  const rankInDocument = new Map<string, number>();
  const preferredUrl = new Map<string, string>();
  for (const doc of documents) {
    for (const [i, u] of doc.urls.entries()) rankInDocument.set(u.url, i);
    const preferred = doc.urls.find((u) => listed.has(u.url));
    if (preferred) preferredUrl.set(doc.id, preferred.url);
  }
  const groupUrl = (e: SourceEntry) => (e.documentId && preferredUrl.get(e.documentId)) || e.url;
  return entries.sort(
    (a, b) =>
      SOURCE_KINDS.indexOf(a.kind) - SOURCE_KINDS.indexOf(b.kind) ||
      (a.date ?? '9999').localeCompare(b.date ?? '9999') ||
      groupUrl(a).localeCompare(groupUrl(b)) ||
      (rankInDocument.get(a.url) ?? 0) - (rankInDocument.get(b.url) ?? 0) ||
      a.url.localeCompare(b.url),
  );
}

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const reference = join(process.argv[2] ?? join(root, '..', 'shared'), 'reference');
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
