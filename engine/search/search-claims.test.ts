// Search over the real shipped catalogue: what a reader types finds the claim they mean.
import bundleJson from 'virtual:backstory-dataset';
import { describe, expect, test } from 'vitest';
import { loadBundle } from '@/dataset/compile/load-bundle';
import { tokenizeText } from '../text/tokenize-text';
import { createClaimSearch } from './claim-search';

const bundle = loadBundle(bundleJson);
const search = createClaimSearch(bundle.claims, bundle.glossary);
const ids = (query: string, limit?: number) => search.search(query, limit).map((r) => r.id);
const has = (id: string) => bundle.claims.some((c) => c.id === id);

describe('search over the shipped catalogue', () => {
  test('"extradite" lists the extradition claims before any other', () => {
    const extradition = bundle.claims
      .filter((c) => /extradit/i.test(`${c.id} ${c.claim}`))
      .map((c) => c.id)
      .sort();
    expect(extradition).toContain('putin-never-extradite');
    expect(ids('extradite').slice(0, extradition.length).sort()).toEqual(extradition);
  });

  test('a word still being typed already finds its claims', () => {
    expect(ids('extrad').slice(0, 3)).toContain('putin-never-extradite');
  });

  test('a name finds the claims about that person: "Prigozhin"', () => {
    expect(ids('Prigozhin')[0]).toBe('ira-funded-by-prigozhin');
  });

  test('a glossary alias finds claims that spell the name out: "troll farm"', () => {
    expect(ids('troll farm', 5)).toContain('ira-funded-by-prigozhin');
  });

  test('numbers as written in coverage: "3,814" and "thirteen Russians"', () => {
    expect(ids('3,814')[0]).toBe('twitter-3814-accounts');
    expect(ids('thirteen Russians', 3)).toContain('ira-indictment-13-3');
  });

  test('an id finds its claim first', () => {
    expect(ids('putin-never-extradite')[0]).toBe('putin-never-extradite');
  });

  test('nothing for an empty query, only stop words of nothing, or a word the catalogue lacks', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
    expect(ids('xyzzy')).toEqual([]);
  });

  test('claims that contain every word come before claims that contain some', () => {
    const results = search.search('Putin extradite');
    const firstPartial = results.findIndex((r) => r.matched < r.of);
    expect(results[0]?.matched).toBe(2);
    if (firstPartial >= 0) expect(results.slice(firstPartial).every((r) => r.matched < r.of)).toBe(true);
  });

  // Queries for claims that arrive with the larger catalogue: each becomes a test as soon as a
  // shipped claim mentions its subject (no test is registered, and none skipped, before that).
  const LATER = [
    ['Podesta', /podesta/],
    ['17 agencies', /17|seventeen/],
  ] as const;
  for (const [query, pattern] of LATER) {
    const expected = bundle.claims.filter((c) => pattern.test(`${c.claim} ${c.summary}`.toLowerCase()));
    if (expected.length > 0)
      test(`"${query}" lists a claim that mentions it first`, () => {
        expect(expected.map((c) => c.id)).toContain(ids(query)[0]);
      });
  }
});

/** A claim's most distinctive words: those of its text that the fewest other claims use. */
function distinctiveQuery(claimId: string): string {
  const texts = new Map(
    bundle.claims.map((c) => [c.id, new Set(tokenizeText(`${c.claim} ${c.summary}`).map((t) => t.stem))]),
  );
  const own = tokenizeText(bundle.claims.find((c) => c.id === claimId)?.claim ?? '').filter(
    (t) => t.word.length > 3 && !/^\d+$/.test(t.word),
  );
  const spread = (stem: string) => [...texts.values()].filter((set) => set.has(stem)).length;
  const ranked = [...new Map(own.map((t) => [t.stem, t.word])).entries()].sort((a, b) => spread(a[0]) - spread(b[0]));
  return ranked
    .slice(0, 3)
    .map(([, word]) => word)
    .join(' ');
}

describe('every shipped claim is findable by its own distinctive words', () => {
  for (const claim of bundle.claims) {
    test(claim.id, () => {
      const query = distinctiveQuery(claim.id);
      expect(ids(query, 3), `query "${query}"`).toContain(claim.id);
    });
  }
});

test('the test uses real catalogue claims', () => {
  expect(has('putin-never-extradite')).toBe(true);
  expect(bundle.claims.length).toBeGreaterThanOrEqual(52);
});
