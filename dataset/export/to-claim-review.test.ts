import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { loadDataset } from '../load/load-dataset';

// The real command, as a curator runs it: its stdout must be a ClaimReview array.
const output = execFileSync('npx', ['tsx', 'scripts/dataset-export.ts'], { encoding: 'utf8' });
// biome-ignore lint/suspicious/noExplicitAny: the test walks raw JSON-LD of any shape
const reviews = JSON.parse(output) as Array<Record<string, any>>;
const d = loadDataset();

test('prints one ClaimReview per claim', () => {
  expect(reviews.map((r) => r.identifier).sort()).toEqual(d.claims.map((c) => c.id).sort());
});

test.each(reviews.map((r) => [r.identifier, r]))('%s has the ClaimReview shape', (id, r) => {
  const claim = d.claims.find((c) => c.id === id);
  expect(r['@context']).toBe('https://schema.org');
  expect(r['@type']).toBe('ClaimReview');
  expect(r.claimReviewed).toBe(claim?.claim);
  expect(r.reviewRating).toEqual({ '@type': 'Rating', alternateName: claim?.verdict });
  expect(r.itemReviewed['@type']).toBe('Claim');
  expect(r.itemReviewed.datePublished).toBe(claim?.claimDate ?? claim?.date);
  if (claim?.claimant) expect(r.itemReviewed.author.name).toBe(claim.claimant);
  else expect(r.itemReviewed.author).toBeUndefined();
  expect(r.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(r.citation.length).toBe(claim?.sources.length);
  for (const c of r.citation) {
    expect(Object.keys(c).sort()).toEqual(
      ['@type', 'url', 'name', 'publisher', ...(c.datePublished ? ['datePublished'] : [])].sort(),
    );
    expect(c['@type']).toBe('CreativeWork');
  }
});

// A misattributed quote is authored by whoever pinned the words on someone; the people its
// claim sentence names, other than the real speaker, are the ones they were pinned on.
const misattributed = reviews.filter((r) => r.reviewRating.alternateName === 'misattributed');
const glossaryEntry = new Map(d.glossary.flatMap((g) => [g.name, ...g.aliases].map((n) => [n, g] as const)));

test('misattributed quotes exist to check', () => {
  expect(misattributed.length).toBeGreaterThan(0);
});

test.each(misattributed.map((r) => [r.identifier, r]))(
  '%s is not exported as authored by the person the words were pinned on',
  (id, r) => {
    const claim = d.claims.find((c) => c.id === id);
    const speaker = glossaryEntry.get(claim?.speaker ?? '');
    const pinnedOn = d.glossary.filter(
      (g) => g.type === 'person' && g !== speaker && [g.name, ...g.aliases].some((n) => r.claimReviewed.includes(n)),
    );
    expect(pinnedOn.length, 'the claim names the person the words were pinned on').toBeGreaterThan(0);
    const author = glossaryEntry.get(r.itemReviewed.author?.name ?? '');
    for (const person of pinnedOn) expect(author?.id).not.toBe(person.id);
    if (speaker) expect(author?.id).not.toBe(speaker.id);
  },
);

test('the Frolov quote is credited to the aggregator that pinned it on him, on the day it did', () => {
  const r = reviews.find((x) => x.identifier === 'frolov-prepared-to-talk');
  expect(r?.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'wallstreetbay.com' });
  expect(r?.itemReviewed.datePublished).toBe('2018-03-06');
});
