// A malformed dataset fails with the file, entry, field and reason named. Each case takes the
// real dataset files and breaks one thing, the way a curator's edit might.
import { describe, expect, test } from 'vitest';
import type { DatasetFiles } from './dataset-files';
import { DatasetError } from './dataset-problem';
import { readDatasetFiles } from './read-dataset-files';
import { validateDataset } from './validate-dataset';

const real = readDatasetFiles();
const CLAIM = 'dataset/claims/putin-never-extradite.json';

function withClaim(edit: (claim: Record<string, unknown>) => void, file = CLAIM): DatasetFiles {
  const claims = real.claims.map((f) => {
    if (f.file !== file) return f;
    const claim = JSON.parse(f.text);
    edit(claim);
    return { ...f, text: JSON.stringify(claim) };
  });
  return { ...real, claims };
}

function problemsOf(files: DatasetFiles): string[] {
  try {
    validateDataset(files);
  } catch (e) {
    if (e instanceof DatasetError) return e.message.split('\n').slice(1);
    throw e;
  }
  return [];
}

describe('validateDataset', () => {
  test('accepts the real dataset', () => {
    expect(problemsOf(real)).toEqual([]);
  });

  const at = `${CLAIM}: entry "putin-never-extradite"`;
  test.each([
    [
      'a non-web source URL',
      (c) => ((c.sources as string[])[1] = 'ftp://example.org/x'),
      `${at}: sources[1]: must be an http or https URL`,
    ],
    [
      'a relative source URL',
      (c) => ((c.sources as string[])[0] = '/news/putin'),
      `${at}: sources[0]: must be an absolute URL`,
    ],
    [
      'a verdict outside the vocabulary',
      (c) => (c.verdict = 'false'),
      `${at}: verdict: must be one of supported, needs-context, misleading, contradicted, unsupported, misattributed`,
    ],
    [
      'a verdict other than the catalogue’s',
      (c) => (c.verdict = 'misleading'),
      `${at}: verdict: must be the catalogue's "supported"`,
    ],
    [
      'a summary over 280 characters',
      (c) => (c.summary = 'x'.repeat(281)),
      `${at}: summary: must be at most 280 characters`,
    ],
    ['a single context sentence', (c) => (c.context = ['Only one.']), `${at}: context: must have 2 to 5 sentences`],
    ['an impossible date', (c) => (c.date = '2018-02-30'), `${at}: date: must be a real date`],
    [
      'a missing field',
      (c) => delete c.summary,
      `${at}: summary: Invalid key: Expected "summary" but received undefined`,
    ],
    [
      'an unknown field',
      (c) => (c.rating = 'true'),
      `${at}: rating: Invalid key: Expected never but received "rating"`,
    ],
    [
      'a source missing from the registry',
      (c) => ((c.sources as string[])[0] = 'https://example.org/not-registered'),
      `${at}: sources[0]: is not in dataset/sources.json`,
    ],
    [
      'an unknown related claim',
      (c) => ((c.related as string[])[0] = 'putin-said-so'),
      `${at}: related[0]: "putin-said-so" is not a claim`,
    ],
    [
      'an unknown ledger fact',
      (c) => ((c.facts as string[])[0] = 'made-up-fact'),
      `${at}: facts[0]: "made-up-fact" is not in dataset/facts.json`,
    ],
    [
      'an entity missing from the glossary',
      (c) => ((c.entities as string[])[0] = 'Somebody Else'),
      `${at}: entities[0]: "Somebody Else" is not a name or alias in dataset/glossary.json`,
    ],
    [
      'an evidence status stronger than its facts',
      (c) => (c.evidenceStatus = 'partly'),
      `${at}: evidenceStatus: must be "verified", the weakest of its facts`,
    ],
    [
      'a claim date before the event it is about',
      (c) => (c.claimDate = '2018-03-01'),
      `${at}: claimDate: must not come before the event it is about`,
    ],
    [
      'an id that is not the file name',
      (c) => (c.id = 'putin-never-extradites'),
      `${CLAIM}: entry "putin-never-extradite": id: must equal the file name`,
    ],
  ] as Array<[string, (c: Record<string, unknown>) => void, string]>)('rejects %s', (_, edit, expected) => {
    expect(problemsOf(withClaim(edit))).toContain(expected);
  });

  test('rejects a misattributed quote claimed by the person the words were pinned on', () => {
    const file = 'dataset/claims/frolov-prepared-to-talk.json';
    expect(problemsOf(withClaim((c) => (c.claimant = 'Vladimir Frolov'), file))).toContain(
      `${file}: entry "frolov-prepared-to-talk": claimant: must be whoever credited the words wrongly, not the person they were pinned on`,
    );
    expect(problemsOf(withClaim((c) => (c.claimant = 'Vladimir Putin'), file))).toContain(
      `${file}: entry "frolov-prepared-to-talk": claimant: a misattributed quote is claimed by whoever credited it wrongly, not by its real speaker`,
    );
  });

  test('rejects a file that is not JSON, naming the file', () => {
    const claims = real.claims.map((f) => (f.file === CLAIM ? { ...f, text: f.text.slice(0, 40) } : f));
    expect(problemsOf({ ...real, claims })[0]).toMatch(
      /^dataset\/claims\/putin-never-extradite\.json: is not valid JSON/,
    );
  });

  test('rejects a registry entry with a bad kind, naming its URL', () => {
    const sources = JSON.parse(real.sources.text);
    sources[0].kind = 'blog';
    const problems = problemsOf({ ...real, sources: { ...real.sources, text: JSON.stringify(sources) } });
    expect(problems).toContain(
      `dataset/sources.json: entry "${sources[0].url}": kind: must be one of primary, transcript, news, reprint, aggregator, reference`,
    );
  });

  test('rejects a catalogue claim with no claim file', () => {
    const claims = real.claims.filter((f) => f.file !== CLAIM);
    expect(problemsOf({ ...real, claims })).toContain(
      'dataset/catalogue.json: entry "putin-never-extradite": has no claim file in dataset/claims',
    );
  });
});
