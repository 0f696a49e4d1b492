// Conventions the whole dataset keeps, checked on the real files.
import { expect, test } from 'vitest';
import { loadDataset } from './load/load-dataset';

const d = loadDataset();
const sourceByUrl = new Map(d.sources.map((s) => [s.url, s]));

test('covers every catalogue claim exactly once, with the catalogue’s verdict and kind', () => {
  expect(d.catalogue).toHaveLength(85);
  expect(d.claims.map((c) => c.id).sort()).toEqual(d.catalogue.map((c) => c.id).sort());
  for (const c of d.claims) {
    expect({ id: c.id, kind: c.kind, verdict: c.verdict }).toEqual(d.catalogue.find((e) => e.id === c.id));
  }
});

test.each(d.claims.map((c) => [c.id, c] as const))('%s: a short summary and at least one registered source', (_, c) => {
  expect(c.summary.length).toBeLessThanOrEqual(280);
  expect(c.sources.length).toBeGreaterThan(0);
  for (const url of c.sources) expect(sourceByUrl.has(url), url).toBe(true);
});

test('cites a primary document wherever the registry has one for the claim’s facts', () => {
  const primaryFacts = new Set(
    d.facts.filter((f) => f.sources.some((u) => sourceByUrl.get(u)?.kind === 'primary')).map((f) => f.id),
  );
  for (const c of d.claims) {
    if (!c.facts.some((f) => primaryFacts.has(f))) continue;
    expect(
      c.sources.some((u) => sourceByUrl.get(u)?.kind === 'primary'),
      `${c.id} cites no primary document`,
    ).toBe(true);
  }
});

test('every source URL is unique in the registry, and archive copies are web URLs', () => {
  expect(new Set(d.sources.map((s) => s.url)).size).toBe(d.sources.length);
  for (const s of d.sources) if (s.archive) expect(s.archive).toMatch(/^https?:\/\//);
});

test('the timeline runs in date order and the glossary names every entity a claim mentions', () => {
  const dates = d.timeline.map((e) => e.date);
  expect(dates).toEqual([...dates].sort());
  const names = new Set(d.glossary.flatMap((g) => [g.name, ...g.aliases]));
  for (const c of d.claims) for (const e of c.entities) expect(names.has(e), `${c.id}: ${e}`).toBe(true);
});

test('claims whose evidence is not fully verified say so in plain words', () => {
  const weak = d.claims.filter((c) => c.evidenceStatus !== 'verified');
  expect(weak.map((c) => c.id).sort()).toEqual(['anonymous-source-taxpayers-purses', 'frolov-prepared-to-talk']);
  for (const c of weak) expect(c.context.join(' ')).toMatch(/could not be verified/i);
});
