import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../dataset/load/load-dataset';
import type { Hints } from '../../dataset/schema/hints';
import { compileIndex, type IndexClaim } from './compile-index';
import { conceptResolver } from './expand-terms';

// The shipped dataset's claims and descriptions, compiled as the build does.
const dataset = loadDataset();
const claims: IndexClaim[] = dataset.claims.map((c) => ({
  id: c.id,
  verdict: c.verdict,
  kind: c.kind,
  ...(c.speaker && { speaker: c.speaker }),
}));
const resolve = conceptResolver(dataset.lexicon.concepts, dataset.glossary);
const compile = (hints: Hints[]) => compileIndex(claims, hints, resolve);
const position = (id: string) => claims.findIndex((c) => c.id === id);

describe('compileIndex', () => {
  test('is deterministic and independent of the order of the descriptions', () => {
    expect(JSON.stringify(compile(dataset.hints))).toBe(JSON.stringify(compile([...dataset.hints].reverse())));
  });

  test('spells out lexicon concepts and glossary names as stems', () => {
    const index = compile(dataset.hints);
    const finding = index.payload.rules.find((r) => r.claim === position('russia-interfered-2016'));
    const actors = finding?.all[1]?.alts.map((alt) => alt.join(' '));
    expect(actors).toContain('kremlin');
    expect(actors).toContain('moscow');
    expect(finding?.all[0]?.alts.map((alt) => alt.join(' '))).toContain('meddl');
  });

  test('a denial claim shares the finding it opposes, with the stance turned', () => {
    const index = compile(dataset.hints);
    const of = (id: string) => index.payload.rules.filter((r) => r.claim === position(id));
    const finding = of('russia-interfered-2016');
    const denial = of('russia-did-not-interfere');
    for (const rule of finding) {
      const twin = denial.find((r) => r.name === rule.name);
      expect(twin?.all).toEqual(rule.all);
      expect(twin?.denies).toBe(!rule.denies);
    }
  });

  test('a claim that refines another records it', () => {
    const entry = compile(dataset.hints).payload.claims[position('no-evidence-of-interference')];
    expect(entry?.refines).toEqual([position('russia-did-not-interfere')]);
  });

  const one = (propositions: Hints['propositions'], extra: Partial<Hints> = {}): Hints[] => [
    { claim: 'russia-interfered-2016', propositions, ...extra },
  ];
  test.each([
    ['an unknown claim', [{ claim: 'nope', propositions: [] }], /unknown claim nope/],
    ['a term with no words', one([{ name: 'x', does: ['...'] }]), /has no words/],
    [
      'an unknown concept',
      one([{ name: 'x', does: ['@no-such-concept'] }]),
      /"@no-such-concept" is not a lexicon concept/,
    ],
    ['opposing a claim with no description', one([], { opposes: 'votes-were-changed' }), /has no description/],
    [
      'an unknown misattribution',
      one([], { quotes: [{ fragments: ['a b'], speaker: 'X', aliases: ['x'], misattributed: 'nope' }] }),
      /unknown claim nope/,
    ],
  ])('rejects %s', (_, hints, message) => {
    expect(() => compile(hints as Hints[])).toThrow(message);
  });
});
