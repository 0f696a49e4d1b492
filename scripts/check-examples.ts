// Runs every claim's examples (dataset/claims/<id>.json `examples`) through the engine and
// lists what does not behave: paraphrases that miss the claim, near misses that give it, and
// near misses that do not give the claim they name. For curators; the test
// engine/match/claim-examples.test.ts asserts the same. Usage:
//   npm run -s examples -- [<claim-id prefix>|all] [-v]
import { loadDataset } from '../dataset/load/load-dataset';
import { matchClaims } from '../engine/match/match-claims';
import { readSentence } from '../engine/reading/read-sentence';
import { splitSentences } from '../engine/sentences/split-sentences';
import { buildIndexFromDisk } from './lib/build-index-from-disk';

const index = buildIndexFromDisk();
const only = process.argv[2] && !process.argv[2].startsWith('-') ? process.argv[2] : 'all';
const verbose = process.argv.includes('-v');
let miss = 0,
  wrong = 0,
  nogive = 0,
  tot = 0,
  totn = 0;
for (const c of loadDataset().claims) {
  if (!c.examples || (only && only !== 'all' && !c.id.startsWith(only))) continue;
  const run = (t: string) => matchClaims(index, splitSentences(t));
  for (const t of c.examples.match) {
    tot++;
    const m = run(t);
    if (!m.some((x) => x.claimId === c.id)) {
      miss++;
      console.log(`MISS ${c.id}: ${t}\n     got ${m.map((x) => x.claimId).join(',')}`);
      if (verbose) console.log('     ', JSON.stringify(readSentence(t)));
    }
  }
  for (const n of c.examples.nearMisses) {
    totn++;
    const m = run(n.text);
    const ids = m.map((x) => x.claimId);
    if (ids.includes(c.id)) {
      wrong++;
      const hit = m.find((x) => x.claimId === c.id);
      console.log(`WRONG(${n.kind}) ${c.id}: ${n.text}\n     ${hit?.evidence.join(' | ')}`);
    } else if (n.gives && !ids.includes(n.gives)) {
      nogive++;
      console.log(`NOGIVE(${n.kind}) ${c.id} -> ${n.gives}: ${n.text}\n     got ${ids.join(',')}`);
    }
  }
}
console.log(
  `paraphrases matched ${tot - miss}/${tot}; near misses wrongly given the claim ${wrong}/${totn}; gives missing ${nogive}`,
);
