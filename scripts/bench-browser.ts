// npm run bench:browser — the extension's cost inside real Chromium, over generated pages of
// 10 KB, 100 KB and 1 MB, about the story and not: the content script's main-thread steps,
// the background's analysis, the popup's time to content and the background's heap, each beside
// the page's own document.body.textContent read. Needs the test build (npm run build:e2e) and Debian's chromium.
import { resolve } from 'node:path';
import { launchChromium } from '../tests/e2e/chromium-driver';
import { poll } from '../tests/e2e/extension-driver';
import { STORY_ARTICLE } from '../tests/e2e/hostile-pages';
import { type GeneratedPages, serveFixtures } from '../tests/e2e/serve-fixtures';

const SIZES: Array<[string, number]> = [
  ['10 KB', 10_000],
  ['100 KB', 100_000],
  ['1 MB', 1_000_000],
];
const FILLER =
  '<p>The council reviewed the harbour budget, the school timetable and the new cycle lanes on Tuesday.</p>';
const RUNS = 3;

/** Our own story paragraphs, repeated to make a long article about the story. */
const STORY_FILL = [
  '<p>Officials in Washington said the evidence of Russian interference in the 2016 election was clear and that the case would go on.</p>',
  '<p>Analysts in Moscow expected the dispute over the indictment to drag on for months, with more sanctions likely.</p>',
].join('');

function pageOf(story: boolean, bytes: number): string {
  const head = story ? STORY_ARTICLE.replace('</article>', '') : '<h1>Council notes</h1>';
  const unit = story ? STORY_FILL : FILLER;
  const fill = `${unit.repeat(Math.max(0, Math.ceil((bytes - head.length) / unit.length)))}${story ? '</article>' : ''}`;
  const title = story ? 'Kremlin brushes off US indictment of Russian troll operation' : 'Council notes';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body>${head}${fill}</body></html>`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');
const ratio = (x: number, base: number) => (Number.isFinite(x) && base > 0 ? `${(x / base).toFixed(1)}×` : '—');

const pages: GeneratedPages = {};
for (const [label, bytes] of SIZES) {
  for (const story of [false, true])
    pages[`/bench/${story ? 'story' : 'other'}-${label.replace(' ', '')}.html`] = { html: pageOf(story, bytes) };
}

const server = await serveFixtures(resolve('tests/fixtures'), pages);
const driver = await launchChromium(server.url).catch(async (error) => {
  await server.close();
  throw error;
});
const rows: string[][] = [
  [
    'page',
    'content: gate',
    'content: all steps',
    'longest step',
    'background',
    'popup to content',
    'textContent read',
    'content / textContent',
  ],
];
try {
  for (const [path] of Object.entries(pages)) {
    const story = path.includes('story');
    const gate: number[] = [];
    const total: number[] = [];
    const longest: number[] = [];
    const background: number[] = [];
    const popup: number[] = [];
    const read: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await driver.openPage(`${server.url}${path}`);
      if (story) await poll(async () => (await driver.badgeText(page.tabId)) || undefined, 'the badge', 30_000);
      else await new Promise((r) => setTimeout(r, 300));
      const t = await driver.contentTimings(page.tabId);
      gate.push(t.steps.find((s) => s.name === 'gate')?.ms ?? Number.NaN);
      total.push(t.steps.reduce((sum, s) => sum + s.ms, 0));
      longest.push(Math.max(...t.steps.map((s) => s.ms)));
      if (story) background.push((await driver.backgroundTimings()).analysisMs.at(-1) ?? Number.NaN);
      const p = await driver.openPopup(page.tabId);
      await p.waitForText('[data-testid=status]');
      popup.push(
        await poll(
          () => p.evaluate(() => performance.getEntriesByName('backstory:popup-content')[0]?.startTime),
          'the popup content',
        ),
      );
      read.push(
        await page.evaluate(() => {
          const start = performance.now();
          void document.body.textContent?.length;
          return performance.now() - start;
        }),
      );
    }
    rows.push([
      path.replace('/bench/', ''),
      ms(median(gate)),
      ms(median(total)),
      ms(median(longest)),
      story ? ms(median(background)) : '—',
      ms(median(popup)),
      ms(median(read)),
      ratio(median(total), median(read)),
    ]);
  }
  const heap = await driver.backgroundHeapBytes();
  const popupPage = await driver.openPopup(0);
  const popupHeap = await popupPage.evaluate(
    () => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize,
  );
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  for (const row of rows) console.log(row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  '));
  const mb = (bytes: number | undefined) =>
    bytes ? `${(bytes / 1_048_576).toFixed(1)} MB` : 'not reported by Chromium';
  console.log(`\nbackground JS heap after all runs: ${mb(heap)}; popup JS heap: ${mb(popupHeap)}`);
  console.log(`background: dataset loaded once in ${ms((await driver.backgroundTimings()).datasetLoadMs)}`);
  console.log(
    `medians of ${RUNS} runs; each page opened in a new tab; the budget is 50 ms per step on the page's main thread`,
  );
} finally {
  await driver.close();
  await server.close();
}
