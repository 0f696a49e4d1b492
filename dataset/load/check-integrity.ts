// Checks that hold across files: every reference resolves, the catalogue is covered exactly,
// evidence status and source order are honest. Pure; returns problems rather than throwing.

import { conceptResolver, unknownConcepts } from '../../engine/match/expand-terms';
import type { Claim, EvidenceStatus } from '../schema/claim';
import type { Dataset } from './dataset';
import type { DatasetFiles } from './dataset-files';
import type { DatasetProblem } from './dataset-problem';

const STATUS_RANK: Record<EvidenceStatus, number> = { verified: 0, partly: 1, unverified: 2 };
/** Where the evidence is not fully verified, the reader must be told in plain words. */
const SAYS_UNVERIFIED =
  /could not be (verified|confirmed)|unverified|not been verified|only partly|partly (verified|confirmed)/i;

/**
 * Cues the engine reads from every sentence the same way; a claim description that vetoed them
 * would be a per-claim recipe again.
 */
const READ_FROM_SENTENCE = new Set(
  'not never no nothing nor neither without deny denied denies denial whether if may might could maybe perhaps possibly'.split(
    ' ',
  ),
);

export function checkIntegrity(d: Dataset, files: DatasetFiles): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const claimFile = (id: string) =>
    files.claims.find((f) => f.file.endsWith(`/${id}.json`))?.file ?? `claims/${id}.json`;
  const add = (file: string, entry: string | undefined, path: string | undefined, message: string) =>
    problems.push({ file, entry, path, message });

  const sourceByUrl = new Map(d.sources.map((s) => [s.url, s]));
  const factById = new Map(d.facts.map((f) => [f.id, f]));
  const claimIds = new Set(d.claims.map((c) => c.id));
  const catalogue = new Map(d.catalogue.map((c) => [c.id, c]));
  const entityNames = new Set(d.glossary.flatMap((g) => [g.name, ...g.aliases]));
  const entityOf = new Map(d.glossary.flatMap((g) => [g.name, ...g.aliases].map((n) => [n, g] as const)));

  for (const f of files.claims) {
    const stem = f.file.replace(/^.*\//, '').replace(/\.json$/, '');
    if (!claimIds.has(stem)) add(f.file, stem, 'id', 'must equal the file name');
  }
  for (const entry of d.catalogue) {
    if (!claimIds.has(entry.id)) add(files.catalogue.file, entry.id, undefined, 'has no claim file in dataset/claims');
  }
  for (const c of d.claims) checkClaim(c);

  function checkClaim(c: Claim) {
    const file = claimFile(c.id);
    const listed = catalogue.get(c.id);
    if (!listed) return add(file, c.id, 'id', 'is not in the claim catalogue');
    if (c.kind !== listed.kind) add(file, c.id, 'kind', `must be the catalogue's "${listed.kind}"`);
    if (c.verdict !== listed.verdict) add(file, c.id, 'verdict', `must be the catalogue's "${listed.verdict}"`);

    c.sources.forEach((url, i) => {
      if (!sourceByUrl.has(url)) add(file, c.id, `sources[${i}]`, 'is not in dataset/sources.json');
    });
    const ranks = c.sources.map((u) => sourceByUrl.get(u)?.kind).map((k) => (k === 'primary' ? 0 : 1));
    const firstOther = ranks.indexOf(1);
    if (firstOther >= 0 && ranks.lastIndexOf(0) > firstOther)
      add(file, c.id, `sources[${ranks.lastIndexOf(0)}]`, 'primary documents must come first');

    let weakest: EvidenceStatus = 'verified';
    c.facts.forEach((id, i) => {
      const fact = factById.get(id);
      if (!fact) add(file, c.id, `facts[${i}]`, `"${id}" is not in dataset/facts.json`);
      else if (STATUS_RANK[fact.status] > STATUS_RANK[weakest]) weakest = fact.status;
    });
    if (c.evidenceStatus !== weakest)
      add(file, c.id, 'evidenceStatus', `must be "${weakest}", the weakest of its facts`);
    if (c.evidenceStatus !== 'verified' && !SAYS_UNVERIFIED.test([c.summary, ...c.context].join(' ')))
      add(file, c.id, 'context', 'must say plainly that part of the evidence could not be verified');

    c.related.forEach((id, i) => {
      if (!claimIds.has(id)) add(file, c.id, `related[${i}]`, `"${id}" is not a claim`);
    });
    if (c.verdict === 'misattributed' && c.claimant !== undefined) {
      const claimant = entityOf.get(c.claimant);
      if (claimant && claimant !== entityOf.get(c.speaker ?? '') && namedIn(c.claim, claimant))
        add(file, c.id, 'claimant', 'must be whoever credited the words wrongly, not the person they were pinned on');
    }
    c.entities.forEach((name, i) => {
      if (!entityNames.has(name))
        add(file, c.id, `entities[${i}]`, `"${name}" is not a name or alias in dataset/glossary.json`);
    });
  }

  const hinted = new Set(d.hints.map((h) => h.claim));
  const resolve = conceptResolver(d.lexicon.concepts, d.glossary);
  const misattributions = new Set(d.hints.flatMap((h) => (h.quotes ?? []).flatMap((q) => q.misattributed ?? [])));
  for (const h of d.hints) {
    const hintFile = `dataset/hints/${h.claim}.json`;
    if (!claimIds.has(h.claim)) add(hintFile, h.claim, 'claim', 'is not a claim');
    if (h.opposes && !claimIds.has(h.opposes)) add(hintFile, h.claim, 'opposes', `"${h.opposes}" is not a claim`);
    if (h.opposes === h.claim) add(hintFile, h.claim, 'opposes', 'must name another claim');
    h.refines?.forEach((id, i) => {
      if (!claimIds.has(id)) add(hintFile, h.claim, `refines[${i}]`, `"${id}" is not a claim`);
    });
    if (h.propositions.length === 0 && !h.opposes && !h.quotes?.length && !misattributions.has(h.claim))
      add(
        hintFile,
        h.claim,
        'propositions',
        'must describe the claim (propositions, opposes, quotes, or as a quote misattribution)',
      );
    h.propositions.forEach((p, i) => {
      const slots: Array<[string, readonly string[] | undefined]> = [
        ['does', p.does],
        ['who', p.who],
        ['what', p.what],
        ['when', p.when],
        ['numbers', p.numbers],
        ['context', p.context],
        ...(p.also ?? []).map((g, k) => [`also[${k}]`, g] as [string, string[]]),
        ...(p.beside ?? []).map((g, k) => [`beside[${k}]`, g.any] as [string, string[]]),
        ...(p.unless ?? []).map((g, k) => [`unless[${k}]`, g.any] as [string, string[]]),
      ];
      for (const [slot, terms] of slots) {
        for (const name of unknownConcepts(terms ?? [], resolve))
          add(hintFile, h.claim, `propositions[${i}].${slot}`, `"${name}" is not a lexicon concept or glossary id`);
      }
      (p.unless ?? []).forEach((u, k) => {
        for (const term of u.any)
          if (READ_FROM_SENTENCE.has(term.toLowerCase()))
            add(
              hintFile,
              h.claim,
              `propositions[${i}].unless[${k}]`,
              `"${term}" is read from the sentence (negation, denial, question, hedge); do not veto it`,
            );
      });
    });
    for (const q of h.quotes ?? []) {
      if (q.misattributed && !claimIds.has(q.misattributed))
        add(`dataset/hints/${h.claim}.json`, h.claim, 'quotes.misattributed', `"${q.misattributed}" is not a claim`);
    }
  }
  for (const c of d.claims)
    if (!hinted.has(c.id)) add(claimFile(c.id), c.id, undefined, 'has no hints file in dataset/hints');

  const seenUrls = new Set<string>();
  for (const s of d.sources) {
    if (seenUrls.has(s.url)) add(files.sources.file, s.url, 'url', 'is listed twice');
    seenUrls.add(s.url);
  }
  for (const f of d.facts) {
    f.sources.forEach((url, i) => {
      if (!sourceByUrl.has(url)) add(files.facts.file, f.id, `sources[${i}]`, 'is not in dataset/sources.json');
    });
  }

  d.timeline.forEach((e, i) => {
    const entry = `${e.date} ${e.title}`;
    const prev = d.timeline[i - 1];
    if (prev && prev.date > e.date) add(files.timeline.file, entry, 'date', 'must not come before the previous event');
    e.claims.forEach((id, j) => {
      if (!claimIds.has(id)) add(files.timeline.file, entry, `claims[${j}]`, `"${id}" is not a claim`);
    });
    e.sources.forEach((url, j) => {
      if (!sourceByUrl.has(url)) add(files.timeline.file, entry, `sources[${j}]`, 'is not in dataset/sources.json');
    });
  });

  const seenNames = new Map<string, string>();
  for (const g of d.glossary) {
    for (const name of [g.name, ...g.aliases]) {
      const other = seenNames.get(name);
      if (other && other !== g.id) add(files.glossary.file, g.id, 'aliases', `"${name}" is also used by "${other}"`);
      seenNames.set(name, g.id);
    }
    g.sources.forEach((url, j) => {
      if (!sourceByUrl.has(url)) add(files.glossary.file, g.id, `sources[${j}]`, 'is not in dataset/sources.json');
    });
  }
  return problems;
}

/** Whether a sentence names a glossary entry by its name or one of its aliases, as whole words. */
function namedIn(sentence: string, entry: { name: string; aliases: string[] }): boolean {
  return [entry.name, ...entry.aliases].some((name) =>
    new RegExp(`(^|[^\\p{L}])${escapeRegExp(name)}($|[^\\p{L}])`, 'u').test(sentence),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
