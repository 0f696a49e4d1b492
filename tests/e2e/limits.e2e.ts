// Limits and modes in real Chromium and Firefox: a 1 MB run-on sentence full of claims, a tab
// with two story frames, and "only when I click the toolbar button".
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './chromium-driver';
import { type ExtensionDriver, type ExtensionPage, poll } from './extension-driver';
import { launchFirefox } from './firefox-driver';
import { type FixtureServer, type GeneratedPages, serveFixtures } from './serve-fixtures';

const expectedClaims = (name: string): string[] =>
  JSON.parse(readFileSync(resolve('tests/fixtures/articles', name, 'expected.json'), 'utf8')).claims;
const STORY = '/articles/story-indictment-denial/page.html';
const REBUTTALS = '/articles/fact-check-rebuttals/page.html';

/** Our own sentences, joined by commas into one sentence of a million characters. */
const RUN_ON_UNIT = [
  'special counsel Robert Mueller has indicted 13 Russian nationals and three Russian entities',
  'accusing them of meddling in the 2016 US presidential election',
  'while the Kremlin denied that Russia had interfered in the election, and ',
].join(', ');
const RUN_ON_CLAIMS = ['ira-indictment-13-3', 'russia-did-not-interfere', 'russia-interfered-2016'];
/** How long a page is watched to be sure nothing was analysed. */
const QUIET_MS = 2000;

const pages: GeneratedPages = {
  '/limits/run-on.html': {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mueller charges Russians over election meddling</title></head><body><article><h1>Mueller charges Russians over election meddling</h1><p>Washington: ${RUN_ON_UNIT.repeat(Math.ceil(1_000_000 / RUN_ON_UNIT.length))}so the dispute went on.</p></article></body></html>`,
  },
  '/limits/two-frames.html': {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Reader</title></head><body><h1>Reader</h1><iframe title="first" src="${STORY}" width="800" height="600"></iframe><iframe title="second" src="${REBUTTALS}" width="800" height="600"></iframe></body></html>`,
  },
};

async function badgeOf(driver: ExtensionDriver, tabId: number): Promise<string> {
  return poll(async () => (await driver.badgeText(tabId)) || undefined, 'the badge', 30_000);
}

/** The claim ids of the popup's cards, once it shows them. */
async function cardIds(popup: ExtensionPage): Promise<string[]> {
  await popup.waitForText('article.claim-card[data-claim-id]');
  return popup.evaluate(() =>
    Array.from(
      document.querySelectorAll('article.claim-card[data-claim-id]'),
      (e) => e.getAttribute('data-claim-id') ?? '',
    ),
  );
}

/** Bytes the extension keeps in storage.session, read from one of its own pages. */
function sessionBytes(page: ExtensionPage): Promise<number> {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
    return JSON.stringify(await api.storage.session.get(null)).length;
  });
}

/** Chooses a mode on the options page and waits until it is saved. */
async function chooseMode(options: ExtensionPage, mode: 'automatic' | 'on-click'): Promise<void> {
  await options.click(`input[type=radio][value=${mode}]`);
  await poll(
    () =>
      options.evaluate(async (want) => {
        const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
        return ((await api.storage.local.get('settings')).settings as { mode?: string } | undefined)?.mode === want;
      }, mode),
    `the ${mode} mode saved`,
  );
}

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const) {
  describe(`${name}: limits and modes`, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures'), pages);
      driver = await launch(server.url);
    });
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    test('a 1 MB run-on sentence full of claims: badge and popup show every claim, little is stored', async () => {
      const page = await driver.openPage(`${server.url}/limits/run-on.html`);
      const badge = await badgeOf(driver, page.tabId);
      const popup = await driver.openPopup(page.tabId);
      const ids = new Set(await cardIds(popup));
      for (const id of RUN_ON_CLAIMS) assert.ok(ids.has(id), `${id} among ${[...ids].join(', ')}`);
      assert.equal(badge, String(ids.size));
      // Rows are compact: open each to read the sentence it quotes.
      const quotes = await popup.evaluate(async () => {
        for (const toggle of document.querySelectorAll<HTMLButtonElement>('article.claim-card [aria-expanded="false"]'))
          toggle.click();
        await new Promise((r) => setTimeout(r, 100));
        return Array.from(
          document.querySelectorAll('article.claim-card blockquote'),
          (e) => e.textContent?.length ?? 0,
        );
      });
      assert.ok(quotes.length > 0 && quotes.every((n) => n <= 600), `quotes of ${quotes.join(', ')} characters`);
      const stored = await sessionBytes(popup);
      console.log(`${name}: storage.session after the 1 MB sentence: ${stored} bytes`);
      assert.ok(stored < 50_000, `${stored} bytes stored`);
    });

    test('a tab with two story frames: both frames’ claims in the badge and the popup', async () => {
      const page = await driver.openPage(`${server.url}/limits/two-frames.html`);
      const want = new Set([...expectedClaims('story-indictment-denial'), ...expectedClaims('fact-check-rebuttals')]);
      const badge = await poll(
        async () => ((await driver.badgeText(page.tabId)) === String(want.size) ? 'ok' : undefined),
        `the badge to count ${want.size} claims`,
        30_000,
      );
      assert.equal(badge, 'ok');
      const popup = await driver.openPopup(page.tabId);
      assert.deepEqual([...new Set(await cardIds(popup))].sort(), [...want].sort());
    });

    test('"only when I click the toolbar button": nothing until the popup opens for the tab, then the result', async () => {
      const options = await driver.openOptions();
      await options.waitForText('main');
      await chooseMode(options, 'on-click');
      try {
        const page = await driver.openPage(`${server.url}${STORY}`);
        await new Promise((r) => setTimeout(r, QUIET_MS));
        assert.equal(await driver.badgeText(page.tabId), '');
        const tabState = await options.evaluate(async (id) => {
          const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
          return Object.keys(await api.storage.session.get(`tab:${id}`)).length;
        }, page.tabId);
        assert.equal(tabState, 0, 'nothing analysed before the click');

        // The toolbar button opens the popup; the popup asks the page to be analysed now.
        const popup = await driver.openPopup(page.tabId);
        const want = new Set(expectedClaims('story-indictment-denial'));
        assert.deepEqual([...new Set(await cardIds(popup))].sort(), [...want].sort());
        assert.equal(await badgeOf(driver, page.tabId), String(want.size));
      } finally {
        await chooseMode(options, 'automatic');
      }
    });

    test('no request left the machine and nothing logged an error', async () => {
      assert.deepEqual(await driver.foreignRequests(), []);
      const ours = (await driver.errors()).filter((e) => !/Failed to load resource|Loading the image/.test(e));
      assert.deepEqual(ours, []);
    });
  });
}
