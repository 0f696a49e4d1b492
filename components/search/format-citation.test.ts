import bundleJson from 'virtual:backstory-dataset';
import { expect, test } from 'vitest';
import { loadBundle } from '@/dataset/compile/load-bundle';
import { formatCitation, primarySource } from './format-citation';

const { claims } = loadBundle(bundleJson);

test('a citation gives the claim, the rating in words with the summary, and the primary source', () => {
  const claim = claims.find((c) => c.id === 'putin-never-extradite');
  if (!claim) throw new Error('putin-never-extradite is not in the dataset');
  const lines = formatCitation(claim).split('\n');
  expect(lines[0]).toBe(`Claim: ${claim.claim}`);
  expect(lines[1]).toBe(`Rating: Supported. ${claim.summary}`);
  expect(lines[2]).toBe(`Source: ${primarySource(claim.sources)?.url}`);
  expect(lines).toHaveLength(4);
});

test('every shipped claim has a source to cite, and a primary document wins where there is one', () => {
  for (const claim of claims) {
    const source = primarySource(claim.sources);
    expect(source, claim.id).toBeDefined();
    if (claim.sources.some((s) => s.kind === 'primary')) expect(source?.kind, claim.id).toBe('primary');
  }
});
