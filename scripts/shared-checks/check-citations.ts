// What the dataset cites, held against the primary-source registry: no URL the registry marks
// DO NOT CITE, a URL whose live status it calls disputed only beside another copy of the same
// document, no transcription on a code-hosting site shown to readers, and the registry's
// primary document (confidence high or medium) cited, first, wherever a claim rests on it.
// Pure: takes the parsed reference files and the dataset, returns one message per failure.
import type { Dataset } from '../../dataset/load/dataset';
import { isDoNotCite } from '../registry/build-registry';

export interface RegistryUrl {
  url: string;
  status_notes?: string;
}
export interface RegistryDocument {
  id: string;
  confidence: string;
  urls: RegistryUrl[];
  secondary_urls?: RegistryUrl[];
}
export interface LedgerFact {
  id: string;
  sources: Array<{ url: string }>;
}

/** Transcriptions of a registry document that the ledger cites but the registry does not list. */
const TRANSCRIPTIONS: Array<[RegExp, string]> = [
  [/\/mueller-report[/-]|Report_On_The_Investigation_Into_Russian_Interference/, 'mueller-report-2019'],
  [/Russian_Active_Measures_Campaigns_and_Interference_in_the_2016_U\.S\._Election_Volume_1\b/, 'ssci-report-vol1'],
];

const CODE_HOSTS = /^https?:\/\/(www\.)?(github\.com|gitlab\.com|raw\.githubusercontent\.com|bitbucket\.org)\//;

/** Every URL the dataset shows a reader, with where it is cited. */
export function citedUrls(d: Dataset): Array<[url: string, where: string]> {
  return [
    ...d.claims.flatMap((c) => c.sources.map((u) => [u, `claims/${c.id}`] as [string, string])),
    ...d.timeline.flatMap((e) => e.sources.map((u) => [u, `timeline.json ${e.date}`] as [string, string])),
    ...d.glossary.flatMap((g) => g.sources.map((u) => [u, `glossary.json ${g.id}`] as [string, string])),
  ];
}

export function findDoNotCite(d: Dataset, documents: RegistryDocument[]): string[] {
  const banned = new Set(
    documents.flatMap((doc) => [...doc.urls, ...(doc.secondary_urls ?? [])].filter(isDoNotCite).map((u) => u.url)),
  );
  const listed: Array<[string, string]> = [
    ...citedUrls(d),
    ...d.sources.map((s) => [s.url, 'sources.json'] as [string, string]),
    ...d.facts.flatMap((f) => f.sources.map((u) => [u, `facts.json ${f.id}`] as [string, string])),
  ];
  return listed
    .filter(([url]) => banned.has(url))
    .map(([url, where]) => `${where}: ${url} is marked DO NOT CITE in the registry`);
}

/** The registry's mark for a URL that may or may not still work (the ICA PDF). */
const isDisputed = (u: RegistryUrl) => /\bCONFLICTING live status\b/i.test(u.status_notes ?? '');

/** A disputed URL must be cited together with another citable URL of the same document. */
export function findLoneDisputedUrls(d: Dataset, documents: RegistryDocument[]): string[] {
  const entries: Array<[string[], string]> = [
    ...d.claims.map((c) => [c.sources, `claims/${c.id}`] as [string[], string]),
    ...d.timeline.map((e) => [e.sources, `timeline.json ${e.date}`] as [string[], string]),
    ...d.glossary.map((g) => [g.sources, `glossary.json ${g.id}`] as [string[], string]),
  ];
  const failures: string[] = [];
  for (const doc of documents) {
    for (const disputed of doc.urls.filter(isDisputed)) {
      const others = doc.urls.filter((u) => u !== disputed && !isDoNotCite(u) && !isDisputed(u)).map((u) => u.url);
      for (const [sources, where] of entries) {
        if (sources.includes(disputed.url) && !others.some((u) => sources.includes(u)))
          failures.push(`${where}: ${disputed.url} may be dead; cite ${others[0] ?? 'another copy'} beside it`);
      }
    }
  }
  return failures;
}

export function findCodeHostCitations(d: Dataset): string[] {
  return citedUrls(d)
    .filter(([url]) => CODE_HOSTS.test(url))
    .map(([url, where]) => `${where}: ${url} is a transcription on a code-hosting site; cite the document itself`);
}

/**
 * For each claim, the registry documents its facts (or its own sources) rest on. Where one has
 * confidence high or medium, the claim's first source must be such a document; and where a fact
 * rests on a transcription on a code-hosting site, the claim must cite the document itself.
 */
export function findMissingPrimaries(d: Dataset, facts: LedgerFact[], documents: RegistryDocument[]): string[] {
  const byId = new Map(documents.map((doc) => [doc.id, doc]));
  const documentOf = new Map<string, RegistryDocument>();
  for (const doc of documents) for (const u of [...doc.urls, ...(doc.secondary_urls ?? [])]) documentOf.set(u.url, doc);
  const transcribed = (url: string) => byId.get(TRANSCRIPTIONS.find(([pattern]) => pattern.test(url))?.[1] ?? '');
  const findDocument = (url: string) => documentOf.get(url) ?? transcribed(url);
  const isGood = (doc: RegistryDocument | undefined): doc is RegistryDocument =>
    doc !== undefined && ['high', 'medium'].includes(doc.confidence) && doc.urls.some((u) => !isDoNotCite(u));
  const factById = new Map(facts.map((f) => [f.id, f]));

  const failures: string[] = [];
  for (const c of d.claims) {
    const factUrls = c.facts.flatMap((id) => factById.get(id)?.sources.map((s) => s.url) ?? []);
    const primaries = new Set([...factUrls, ...c.sources].map(findDocument).filter(isGood));
    const mustCite = new Set(
      factUrls
        .filter((u) => CODE_HOSTS.test(u))
        .map(transcribed)
        .filter(isGood),
    );
    for (const doc of mustCite) {
      const citable = doc.urls.filter((u) => !isDoNotCite(u)).map((u) => u.url);
      if (!citable.some((u) => c.sources.includes(u)))
        failures.push(`claims/${c.id}: cites no URL of the registry's primary document ${doc.id} (${citable[0]})`);
    }
    const first = c.sources[0] ?? '';
    const firstDocument = documentOf.get(first);
    if (primaries.size > 0 && !(isGood(firstDocument) && firstDocument.urls.some((u) => u.url === first)))
      failures.push(`claims/${c.id}: its first source must be the registry's primary document, not ${first}`);
  }
  return failures;
}
