// The reading experience in real Chromium and real Firefox: badge, marks and card, popup rows,
// options, single-page sites, a strict CSP, and no network requests at all. (The card's place
// beside its sentence, the compact popup and the page's view of all this are checked in
// beside-the-sentence.e2e.ts.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from './axe';
import { launchChromium } from './chromium-driver';
import { type ExtensionDriver, type ExtensionPage, type PageHandle, poll } from './extension-driver';
import { launchFirefox } from './firefox-driver';
import { type FixtureServer, serveFixtures } from './serve-fixtures';

const STORY = '/articles/story-indictment-denial/page.html';
const storyClaims: string[] = JSON.parse(
  readFileSync(resolve(`tests/fixtures${STORY.replace('page.html', 'expected.json')}`), 'utf8'),
).claims;

/** The pages' own misses (a photo that is not there, or that their CSP blocks) are theirs, not ours. */
const PAGE_OWN_MISSES = /Failed to load resource|Loading the image|blocked the loading of a resource \(img-src\)/;

/** Nothing is registered in the page-wide CSS.highlights: a page would read the matched ranges there. */
function registeredHighlights(page: PageHandle): Promise<number> {
  return page.evaluate(
    () => (globalThis as unknown as { CSS: { highlights?: Map<string, unknown> } }).CSS.highlights?.size ?? 0,
  );
}

/**
 * Whether the overlay draws anything beside a sentence of the page, seen as a page would see it:
 * the sentence is scrolled into view and hovered by the real mouse, then hit-tested around it.
 */
async function cardOpensOn(page: PageHandle, text: string): Promise<boolean> {
  const at = await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const i = node.textContent?.indexOf(wanted) ?? -1;
      if (i < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + wanted.length);
      const r = range.getClientRects()[0] as DOMRect;
      return { x: Math.round(r.left + 20), y: Math.round((r.top + r.bottom) / 2) };
    }
    return null;
  }, text);
  if (!at) return false;
  await page.hover(at.x - 4, at.y);
  await page.hover(at.x, at.y);
  try {
    return await poll(
      () =>
        page.evaluate(({ x, y }) => {
          for (let dy = -300; dy <= 300; dy += 4)
            if (document.elementFromPoint(x, y + dy)?.tagName.includes('-')) return true;
          return false;
        }, at),
      'a card',
      3000,
    );
  } catch {
    return false;
  }
}

/** A sentence of the story fixture that Backstory checks. */
const CHECKED = 'The two countries have no extradition treaty';

/** The popup's status line once it has finished loading. */
function statusOf(popup: ExtensionPage): Promise<string> {
  return poll(async () => {
    const text = await popup.evaluate(() => document.querySelector('[data-testid=status]')?.textContent ?? '');
    return text && !text.startsWith('Reading') ? text : undefined;
  }, 'the popup status');
}

async function settledBadge(driver: ExtensionDriver, tabId: number, want: (t: string) => boolean): Promise<string> {
  return poll(async () => {
    const text = await driver.badgeText(tabId);
    return want(text) ? text || 'empty' : undefined;
  }, 'the badge');
}

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const) {
  describe(name, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures'));
      driver = await launch(server.url);
    });
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    test('a story article: badge, a card on hover, and one popup row per claim found', async () => {
      const page = await driver.openPage(`${server.url}${STORY}`);
      const badge = await settledBadge(driver, page.tabId, (t) => t !== '');
      assert.equal(badge, String(new Set(storyClaims).size));
      assert.ok(await cardOpensOn(page, CHECKED), 'a card opens on a checked sentence');
      assert.equal(await registeredHighlights(page), 0);

      const popup = await driver.openPopup(page.tabId);
      assert.match(await statusOf(popup), /is about Russian interference/);
      await popup.waitForText('article.claim-card[data-claim-id]');
      const cards = await popup.evaluate(() =>
        Array.from(document.querySelectorAll('article.claim-card[data-claim-id]'), (e) => [
          e.getAttribute('data-claim-id'),
          e.getAttribute('data-verdict'),
        ]),
      );
      assert.deepEqual(cards.map(([id]) => id).sort(), [...new Set(storyClaims)].sort());
      assert.ok(cards.every(([, verdict]) => verdict && verdict.length > 0));
      assert.deepEqual(await axeViolations(popup), []);

      const timings = await driver.contentTimings(page.tabId);
      const steps = timings.steps.map((s) => `${s.name} ${s.ms} ms`).join(', ');
      console.log(`${name}: content script ${steps}; start → background answer ${timings.startToAnswerMs} ms`);
      console.log(`${name}: background ${JSON.stringify(await driver.backgroundTimings())}`);
      // Nothing of Backstory's is left in the page's own performance timeline.
      assert.deepEqual(
        await page.evaluate(() => performance.getEntries().filter((e) => e.name.includes('backstory')).length),
        0,
      );
    });

    test('a hard negative (the weapons speech alone) and an unrelated page get nothing', async () => {
      for (const path of ['/articles/hard-negative-weapons-speech/page.html', '/articles/unrelated-recipe/page.html']) {
        const page = await driver.openPage(`${server.url}${path}`);
        const popup = await driver.openPopup(page.tabId);
        assert.match(await statusOf(popup), /not about Russian interference/);
        assert.equal(await driver.badgeText(page.tabId), '');
      }
    });

    test('a single-page site that swaps the article in is analysed after the swap', async () => {
      const page = await driver.openPage(`${server.url}/spa/`);
      assert.equal(await driver.badgeText(page.tabId), '');
      await page.evaluate(() => (document.getElementById('open-story') as HTMLElement).click());
      const badge = await settledBadge(driver, page.tabId, (t) => t !== '');
      assert.ok(Number(badge) >= 2, `badge ${badge}`);
    });

    test('a page with a strict Content Security Policy still gets its badge and highlights', async () => {
      const page = await driver.openPage(`${server.url}/csp${STORY}`);
      assert.equal(await settledBadge(driver, page.tabId, (t) => t !== ''), String(new Set(storyClaims).size));
      assert.ok(await cardOpensOn(page, CHECKED), 'the overlay works under a strict CSP');
    });

    test('options take effect: highlights off, then the site disabled', async () => {
      const options = await driver.openOptions();
      await options.waitForText('main');
      await options.click('#highlights');
      const page = await driver.openPage(`${server.url}${STORY}`);
      await settledBadge(driver, page.tabId, (t) => t !== '');
      assert.equal(await cardOpensOn(page, CHECKED), false, 'highlights off: no marks, no card');

      await options.evaluate(() => {
        const input = document.querySelector('#site-input') as HTMLInputElement;
        input.value = '127.0.0.1';
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
      await options.click('form button[type=submit]');
      await poll(
        () => options.evaluate(() => document.body.textContent?.includes('127.0.0.1')),
        'the disabled site listed',
      );
      const disabled = await driver.openPage(`${server.url}${STORY}`);
      const popup = await driver.openPopup(disabled.tabId);
      assert.match(await statusOf(popup), /turned off for this site/);
      assert.equal(await driver.badgeText(disabled.tabId), '');
    });

    test('the extension made no network request and logged no error', async () => {
      assert.deepEqual(await driver.foreignRequests(), []);
      const ours = (await driver.errors()).filter((e) => !PAGE_OWN_MISSES.test(e));
      assert.deepEqual(ours, []);
      const unexpected = server.requests.filter((p) => !/\.(html|jpg|png|ico)$|^\/spa\//.test(p));
      assert.deepEqual(unexpected, []);
    });
  });
}

describe('dark mode', () => {
  for (const [name, launch] of [
    ['chromium', launchChromium],
    ['firefox', launchFirefox],
  ] as const) {
    test(`${name}: the popup follows prefers-color-scheme`, async () => {
      const server = await serveFixtures(resolve('tests/fixtures'));
      let driver: ExtensionDriver | undefined;
      try {
        driver = await launch(server.url, { colorScheme: 'dark' });
        const page = await driver.openPage(`${server.url}${STORY}`);
        await settledBadge(driver, page.tabId, (t) => t !== '');
        const popup = await driver.openPopup(page.tabId);
        await popup.waitForText('article.claim-card[data-claim-id]');
        const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
        const [r = 255, g = 255, b = 255] = background.match(/\d+/g)?.map(Number) ?? [];
        assert.ok(r + g + b < 150, `a dark background, got ${background}`);
        assert.deepEqual(await axeViolations(popup), []);
      } finally {
        await driver?.close();
        await server.close();
      }
    });
  }
});
