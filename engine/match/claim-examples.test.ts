import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../dataset/load/load-dataset';
import { buildIndexFromDisk } from '../../scripts/lib/build-index-from-disk';
import { splitSentences } from '../sentences/split-sentences';
import { matchClaims } from './match-claims';

// Every claim's own examples (dataset/claims/<id>.json `examples`), run against the shipped
// claim descriptions: each paraphrase gives the claim; each near miss (its denial, a question,
// a mention, a neighbouring claim) does not, and gives the claim it names instead, if any.
const index = buildIndexFromDisk();
const claims = loadDataset().claims.filter((c) => c.examples);

function claimsIn(text: string): string[] {
  return [...new Set(matchClaims(index, splitSentences(text)).map((m) => m.claimId))].sort();
}

describe.each(claims.map((c) => [c.id, c] as const))('%s', (id, claim) => {
  const examples = claim.examples as NonNullable<typeof claim.examples>;
  test.each(examples.match)('makes the claim: %s', (text) => {
    expect(claimsIn(text)).toContain(id);
  });
  test.each(examples.nearMisses.map((n) => [n.kind, n.text, n.gives] as const))(
    'a near miss (%s) does not: %s',
    (_, text, gives) => {
      const found = claimsIn(text);
      expect(found).not.toContain(id);
      if (gives) expect(found).toContain(gives);
    },
  );
});
