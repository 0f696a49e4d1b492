// Timings of the gate and the full analysis, each beside the cost of one textContent read and
// one tokenising pass over the same text. linkedom's DOM costs differ from a browser's; the
// ratios matter more than the absolute numbers. The tasks of a case take turns, round after
// round, and each reports its lowest round mean (a mean over many calls, so garbage collection
// counts): on a busy machine a load spike during one task's turn would otherwise skew a ratio
// between tasks measured seconds apart. The 10× dataset is ten times as many distinct claims
// (see lib/synthesize-hints.ts). Usage: npm run bench
import { compileBundle } from '../dataset/compile/compile-bundle';
import { loadDataset } from '../dataset/load/load-dataset';
import { analyzeText } from '../engine/analyze';
import { passesGate } from '../engine/gate/passes-gate';
import { readPageMeta } from '../engine/gate/read-page-meta';
import { createClaimSearch } from '../engine/search/claim-search';
import { splitSentences } from '../engine/sentences/split-sentences';
import { tokenizeText } from '../engine/text/tokenize-text';
import { buildIndexFromDisk } from './lib/build-index-from-disk';
import { parseHtmlDocument } from './lib/read-page';
import { synthesizeHints } from './lib/synthesize-hints';

// Our own sentences about the story, cycled to the wanted length.
const STORY = [
  'The Kremlin again denied that Russia meddled in the 2016 US presidential election.',
  'The special counsel charged 13 Russian nationals and three Russian entities last month.',
  'A spokesman for Vladimir Putin said the charges named private citizens, not the Russian state.',
  'The two countries have no extradition treaty, and the men are unlikely to face a US court.',
  'Lawmakers in Congress said further sanctions were being prepared.',
  'Analysts in Moscow expected the dispute to drag on for months.',
  'Officials in Washington said the evidence was clear and that the case would go on.',
  'Several local election offices said they had reviewed their systems over the summer.',
];
const FILLER =
  'The council met on Tuesday to discuss the new bus routes, the library hours and a plan to repair the bridge over the river before winter. ';

function storyText(words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const sentence = STORY[i % STORY.length] as string;
    out.push(sentence);
    count += sentence.split(' ').length;
    if (i % 4 === 3) out.push('\n\n');
  }
  return out.join(' ');
}

function fillerHtml(bytes: number): string {
  const paragraphs: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = `<div class="row"><p>${FILLER.repeat(3)}</p><a href="/x">Link</a></div>\n`;
    paragraphs.push(p);
    size += p.length;
  }
  return `<!doctype html><html><head><title>Town notes</title><meta name="description" content="Council news"></head><body><header><nav><a href="/">Home</a></nav></header><main><h1>Council notes</h1>${paragraphs.join('')}</main></body></html>`;
}

function htmlOf(text: string): string {
  const body = text
    .split('\n\n')
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!doctype html><html><head><title>Story</title></head><body><article><h1>Kremlin denies meddling</h1>${body}</article></body></html>`;
}

const ROUNDS = 15;

/** Mean latency (ms) of `fn` over a turn of at least `turnMs`. */
function turn(fn: () => unknown, turnMs: number): number {
  let calls = 0;
  const start = performance.now();
  let now = start;
  do {
    fn();
    calls++;
    now = performance.now();
  } while (now - start < turnMs);
  return (now - start) / calls;
}

/** Per task, the lowest turn mean (ms) over ROUNDS rounds in which the tasks take turns. */
function lowestMeans(turnMs: number, tasks: Record<string, () => unknown>): Record<string, number> {
  const best: Record<string, number> = {};
  for (const fn of Object.values(tasks)) turn(fn, turnMs); // warm-up
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, fn] of Object.entries(tasks)) {
      best[name] = Math.min(best[name] ?? Number.POSITIVE_INFINITY, turn(fn, turnMs));
    }
  }
  return best;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

// What readers type into the popup's search: a word, a prefix while typing, names, numbers, a phrase.
const SEARCHES = ['extradite', 'e', 'ex', 'Prigozhin', '17 agencies', 'Putin never extradite', 'troll farm sanctions'];

/** Popup search on the catalogue and on ten times as many claims (copies with their own ids and words). */
function searchRows(): string[][] {
  const { claims, glossary } = compileBundle(loadDataset());
  const tenfold = Array.from({ length: 10 }, (_, k) =>
    claims.map((c) => ({ ...c, id: `${c.id}-${k}`, claim: `${c.claim} Variant${k} copy${k}.` })),
  ).flat();
  const rows: string[][] = [];
  for (const [name, set] of [
    ['catalogue', claims],
    ['10× catalogue', tenfold],
  ] as const) {
    const search = createClaimSearch(set, glossary);
    search.prepare();
    const ms = lowestMeans(20, Object.fromEntries(SEARCHES.map((q) => [q, () => search.search(q, 20)])));
    const worst = Math.max(...Object.values(ms));
    const mean = Object.values(ms).reduce((a, b) => a + b, 0) / SEARCHES.length;
    const build = lowestMeans(200, { build: () => createClaimSearch(set, glossary).prepare() }).build as number;
    rows.push([
      `search, ${name} (${set.length} claims)`,
      fmt(mean),
      '',
      '',
      `slowest query ${fmt(worst)}; index built once per popup in ${fmt(build)}`,
    ]);
  }
  return rows;
}

async function main(): Promise<void> {
  // The reading layer's model (wink-eng-lite-web-model): import (the bundled JSON is parsed) and
  // first call (the model is unpacked), once per process, before anything else loads it.
  const importStart = performance.now();
  const { readSentence } = await import('../engine/reading');
  const imported = performance.now();
  readSentence('The model is unpacked on the first call, an official said.');
  const firstCall = performance.now();

  const index = buildIndexFromDisk();
  const bigIndex = buildIndexFromDisk({ transformHints: (hints) => synthesizeHints(hints, 9).hints });
  const rows: string[][] = [];

  for (const [label, bytes] of [
    ['10 KB', 10_000],
    ['100 KB', 100_000],
    ['1 MB', 1_000_000],
  ] as const) {
    const doc = parseHtmlDocument(fillerHtml(bytes));
    const ms = lowestMeans(20, {
      gate: () => passesGate(readPageMeta(doc)),
      textContent: () => doc.body?.textContent?.length,
    });
    const gate = ms.gate as number;
    const read = ms.textContent as number;
    rows.push([`gate, non-story page ${label}`, fmt(gate), fmt(read), `${(gate / read).toFixed(2)}×`, '']);
  }

  for (const words of [500, 2000, 10_000]) {
    const text = storyText(words);
    const meta = { url: 'https://news.example/a', title: 'Kremlin denies meddling' };
    const doc = parseHtmlDocument(htmlOf(text));
    const ms = lowestMeans(40, {
      analyze: () => analyzeText(text, meta, index),
      analyze10x: () => analyzeText(text, meta, bigIndex),
      textContent: () => doc.body?.textContent?.length,
      tokenize: () => tokenizeText(text).length,
      reading: () => {
        for (const sentence of splitSentences(text)) readSentence(sentence.text);
      },
    });
    const read = ms.textContent as number;
    const tokenize = ms.tokenize as number;
    for (const [name, task] of [
      ['dataset', 'analyze'],
      ['10× dataset', 'analyze10x'],
    ] as const) {
      const took = ms[task] as number;
      rows.push([
        `analysis, ${words} words, ${name}`,
        fmt(took),
        fmt(read),
        `${(took / read).toFixed(1)}×`,
        `${(took / tokenize).toFixed(1)}× (tokenise ${fmt(tokenize)})`,
      ]);
    }
    const reading = ms.reading as number;
    rows.push([
      `reading, ${words} words (split + readSentence each)`,
      fmt(reading),
      fmt(read),
      `${(reading / read).toFixed(1)}×`,
      `${(reading / tokenize).toFixed(1)}×`,
    ]);
  }

  rows.push([
    'reading, model load (once)',
    fmt(imported - importStart + (firstCall - imported)),
    '',
    '',
    `import ${fmt(imported - importStart)}, first call ${fmt(firstCall - imported)}`,
  ]);
  rows.push(...searchRows());

  const header = ['case', 'mean', 'one textContent', 'vs textContent', 'vs one tokenising pass'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const row of rows) console.log(line(row));
}

await main();
