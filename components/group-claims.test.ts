import { expect, test } from 'vitest';
import type { FoundClaimView } from '@/extension/view-model';
import { countVerdicts, groupByClaim } from './group-claims';
import { found } from './test-fixtures';

const [ira, putin, taxpayers] = found as [FoundClaimView, FoundClaimView, FoundClaimView];
const again = (f: FoundClaimView, occurrence: number): FoundClaimView => ({ ...f, occurrence, sentence: 'Again.' });

test('one row per claim, where the page first makes it, with every sentence that makes it', () => {
  const groups = groupByClaim([putin, ira, again(putin, 5), taxpayers, again(ira, 7)]);
  expect(groups.map((g) => g.claim.id)).toEqual([putin.claim.id, ira.claim.id, taxpayers.claim.id]);
  expect(groups[0]?.sentences.map((s) => s.occurrence)).toEqual([1, 5]);
  expect(groups[2]?.sentences).toHaveLength(1);
});

test('verdicts are counted per claim, most serious first', () => {
  expect(countVerdicts(groupByClaim([ira, putin, again(putin, 4), taxpayers]))).toEqual([
    ['misleading', 1],
    ['unsupported', 1],
    ['supported', 1],
  ]);
});
