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
  expect(r.itemReviewed.datePublished).toBe(claim?.date);
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
