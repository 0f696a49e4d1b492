// Reading experience v2 in real Chromium and real Firefox, on a long article the project wrote:
// the card opens beside the sentence the reader points at, the popup's first screen lists the
// claims as compact rows, badge, launcher and popup agree, the toolbar popup finds its tab, and a
// page script finds nothing that names Backstory or a verdict, and cannot change what is shown.
//
// The overlay lives in a closed shadow root. The tests do not open it: they see the card the way a
// page would, by hit-testing (`elementFromPoint` answers with the overlay's host where the card is
// drawn), so they run against the very build that ships, with no test-only hook.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { axeViolations } from './axe';
import { launchChromium } from './chromium-driver';
import { type ExtensionDriver, type PageHandle, poll } from './extension-driver';
import { launchFirefox } from './firefox-driver';
import { type FixtureServer, serveFixtures } from './serve-fixtures';

const screenshots = resolve('docs/screenshots');
mkdirSync(screenshots, { recursive: true });

const LONG_READ = readFileSync(resolve('tests/fixtures/pages/long-read.html'), 'utf8');
/** What today's engine finds on the long read: 9 sentences, 8 distinct claims. */
const LONG_READ_CLAIMS = [
  'russia-interfered-2016',
  'moscow-preferred-trump',
  'obama-expels-35-diplomats',
  'ira-indictment-13-3',
  'facebook-126-million',
  'russia-did-not-interfere',
  'constitution-bars-extradition',
  'no-extradition-treaty',
];
/** A checked sentence in the middle of the page. */
const MIDDLE_SENTENCE =
  'Facebook told Congress that posts from the Russian troll farm may have reached 126 million Americans.';

/**
 * The long read with a page script in its head that watches, from the page's own world, for what an
 * extension might leave behind: window messages and the events a page could listen for.
 */
const PROBE = `<script>
  window.__seen = [];
  const id = new URLSearchParams(location.search).get('id');
  const names = ['message', 'wxt:locationchange', 'backstory', 'backstory:result'];
  // What WXT names its own events: the extension's id (public), the entrypoint, the event.
  for (const event of ['wxt:content-script-started', 'wxt:locationchange']) names.push(id + ':content:' + event);
  for (const name of names) {
    window.addEventListener(name, (e) => window.__seen.push(name + (e.isTrusted ? '' : ':untrusted')));
    document.addEventListener(name, (e) => window.__seen.push('document:' + name));
  }
</script>`;

/** Words that would tell a page Backstory is there or what it found. */
const TELLTALE = /backstory|supported|needs-context|misleading|contradicted|unsupported|misattributed|verdict|claim/i;

interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Scrolls a sentence of the page to the middle of the viewport; its box and its first line's. */
function centreSentence(page: PageHandle, text: string): Promise<{ box: Rect; firstLine: Rect; viewport: number }> {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1;
      if (at < 0) continue;
      node.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      // Plain objects, spelled out: helper functions inside a page function do not survive the trip.
      const b = range.getBoundingClientRect();
      const f = range.getClientRects()[0] as DOMRect;
      return {
        box: { top: b.top, bottom: b.bottom, left: b.left, right: b.right },
        firstLine: { top: f.top, bottom: f.bottom, left: f.left, right: f.right },
        viewport: window.innerHeight,
      };
    }
    throw new Error(`sentence not on the page: ${wanted}`);
  }, text);
}

/**
 * Where the overlay covers a vertical line at x, seen from the page: the points where
 * `elementFromPoint` answers with an element the page did not make (a custom element, which is
 * how the overlay's host is retargeted). The launcher's corner is left out.
 */
function overlayExtentAt(page: PageHandle, x: number): Promise<{ top: number; bottom: number } | null> {
  return page.evaluate((column) => {
    let top = -1;
    let bottom = -1;
    for (let y = 0; y < window.innerHeight - 70; y += 2) {
      const hit = document.elementFromPoint(column, y);
      if (hit?.tagName.includes('-')) {
        if (top < 0) top = y;
        bottom = y;
      }
    }
    return top < 0 ? null : { top, bottom };
  }, x);
}

async function settledBadge(driver: ExtensionDriver, tabId: number): Promise<string> {
  return poll(async () => (await driver.badgeText(tabId)) || undefined, 'the badge', 30_000);
}

/** The card beside the sentence: opened by a real hover, asserted by position. */
async function hoverMiddleSentence(page: PageHandle) {
  const sentence = await centreSentence(page, MIDDLE_SENTENCE);
  const x = Math.round((sentence.firstLine.left + sentence.firstLine.right) / 2);
  const y = Math.round((sentence.firstLine.top + sentence.firstLine.bottom) / 2);
  await page.hover(x - 5, y);
  await page.hover(x, y);
  const card = await poll(() => overlayExtentAt(page, x), 'the card beside the sentence');
  return { sentence, card, x, y };
}

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const) {
  describe(`${name}: beside the sentence`, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures'), {
        '/probe/long-read.html': { html: LONG_READ.replace('<head>', `<head>${PROBE}`) },
      });
      driver = await launch(server.url);
    });
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    test('hovering a sentence in the middle of the page opens its card within 60 px of it; Escape closes it', async () => {
      const page = await driver.openPage(`${server.url}/pages/long-read.html`);
      assert.equal(await settledBadge(driver, page.tabId), String(LONG_READ_CLAIMS.length));
      const { sentence, card } = await hoverMiddleSentence(page);
      const below = card.top - sentence.box.bottom;
      const above = sentence.box.top - card.bottom;
      assert.ok(
        (below >= 0 && below <= 60) || (above >= 0 && above <= 60),
        `card ${JSON.stringify(card)} beside sentence ${JSON.stringify(sentence.box)}`,
      );
      assert.ok(card.top >= 0 && card.bottom <= sentence.viewport, 'the card is inside the viewport');
      await page.screenshot(join(screenshots, `${name}-page-card-light.png`));

      // It scrolls with the sentence.
      await page.evaluate(() => window.scrollBy(0, 40));
      const moved = await poll(async () => {
        const now = await overlayExtentAt(page, Math.round((sentence.firstLine.left + sentence.firstLine.right) / 2));
        return now && Math.abs(now.top - (card.top - 40)) <= 4 ? now : undefined;
      }, 'the card following the scroll');
      assert.ok(moved);

      await page.press('Escape');
      await poll(
        async () => (await overlayExtentAt(page, Math.round(sentence.firstLine.left + 20))) === null,
        'the card closed',
      );
    });

    test("the popup's first screen lists the claims as rows; badge, rows and sentences agree", async () => {
      const page = await driver.openPage(`${server.url}/pages/long-read.html`);
      const badge = await settledBadge(driver, page.tabId);
      const popup = await driver.openPopup(page.tabId);
      await popup.waitForText('article.claim-card[data-claim-id]');
      const rows = await popup.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLElement>('article.claim-card[data-claim-id]'), (e) => ({
          id: e.dataset.claimId,
          verdict: e.dataset.verdict,
          visible: e.getBoundingClientRect().bottom <= window.innerHeight,
        })),
      );
      assert.deepEqual(
        rows.map((r) => r.id),
        LONG_READ_CLAIMS,
        'one row per claim, in page order',
      );
      assert.ok(rows.every((r) => r.verdict));
      assert.equal(String(rows.length), badge);
      const firstScreen = rows.filter((r) => r.visible).length;
      console.log(`${name}: ${firstScreen} of ${rows.length} claim rows on the popup's first screen (400x600)`);
      assert.ok(firstScreen >= 6, `${firstScreen} rows on the first screen`);
      assert.match(
        await popup.waitForText('[data-testid=claims-summary]'),
        new RegExp(`^${LONG_READ_CLAIMS.length} claims checked in 9 sentences`),
      );
      assert.deepEqual(await axeViolations(popup), []);
      await popup.screenshot(join(screenshots, `${name}-popup-light.png`));

      // Keyboard: arrow keys between rows, Enter expands in place; the verdict bar filters.
      await popup.evaluate(() => (document.querySelector('.claim-card__toggle') as HTMLElement).focus());
      const expanded = await popup.evaluate(async () => {
        const list = document.querySelector('.claims') as HTMLElement;
        const first = document.activeElement as HTMLElement;
        first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
        const second = document.activeElement as HTMLElement;
        second.click();
        await new Promise((r) => setTimeout(r, 50));
        return {
          moved: first !== second && list.contains(second),
          open: second.getAttribute('aria-expanded'),
          body: !!second.closest('article')?.querySelector('blockquote'),
        };
      });
      assert.deepEqual(expanded, { moved: true, open: 'true', body: true });
      await popup.click('.claims__filter[data-verdict]');
      const filtered = await popup.evaluate(() => {
        const chosen = document.querySelector<HTMLElement>('.claims__filter[aria-pressed="true"]')?.dataset.verdict;
        const verdicts = Array.from(
          document.querySelectorAll<HTMLElement>('article.claim-card'),
          (e) => e.dataset.verdict,
        );
        return verdicts.length > 0 && verdicts.every((v) => v === chosen);
      });
      assert.ok(filtered, 'the verdict bar filters the rows');
    });

    test('"Show in page" from the popup opens the card beside its sentence', async () => {
      const page = await driver.openPage(`${server.url}/pages/long-read.html`);
      await settledBadge(driver, page.tabId);
      const popup = await driver.openPopup(page.tabId);
      await popup.click('[data-claim-id="no-extradition-treaty"] .claim-card__toggle');
      await popup.click('[data-claim-id="no-extradition-treaty"] button.show-in-page');
      const sentence = await page.evaluate(() => {
        const p = Array.from(document.querySelectorAll('p')).find((e) => e.textContent?.includes('extradition treaty'));
        const r = (p as HTMLElement).getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, left: r.left };
      });
      const card = await poll(() => overlayExtentAt(page, Math.round(sentence.left + 40)), 'the chosen card');
      const gap = Math.min(Math.abs(card.top - sentence.bottom), Math.abs(sentence.top - card.bottom));
      assert.ok(gap <= 60, `card ${JSON.stringify(card)} beside ${JSON.stringify(sentence)}`);
    });

    test('the toolbar popup (no ?tabId) finds the active tab', async () => {
      const page = await driver.openPage(`${server.url}/pages/long-read.html`);
      await settledBadge(driver, page.tabId);
      const options = await driver.openOptions();
      const status = await options.evaluate(async (tabId) => {
        interface ToolbarApi {
          tabs: { update(id: number, p: { active: boolean }): Promise<unknown> };
          action?: { openPopup(): Promise<void> };
          browserAction?: { openPopup(): Promise<void> };
          extension: { getViews(q: { type: 'popup' }): Window[] };
        }
        const g = globalThis as unknown as { browser?: ToolbarApi; chrome: ToolbarApi };
        const api = g.browser ?? g.chrome;
        await api.tabs.update(tabId, { active: true });
        const action = api.action ?? api.browserAction;
        if (!action) throw new Error('no toolbar action');
        await action.openPopup();
        const end = Date.now() + 15_000;
        while (Date.now() < end) {
          const [view] = api.extension.getViews({ type: 'popup' });
          const text = view?.document.querySelector('[data-testid=status]')?.textContent ?? '';
          const rows = view?.document.querySelectorAll('article.claim-card').length ?? 0;
          if (text && !text.startsWith('Reading')) return { text, rows, search: view?.location.search };
          await new Promise((r) => setTimeout(r, 100));
        }
        return { text: 'no popup', rows: 0, search: '' };
      }, page.tabId);
      assert.match(status.text, /is about Russian interference/);
      assert.equal(status.rows, LONG_READ_CLAIMS.length);
      assert.equal(status.search, '');
    });

    test('a page script finds nothing that names Backstory or a verdict, and cannot change what is shown', async () => {
      const options = await driver.openOptions();
      const extensionId = await options.evaluate(() => {
        const g = globalThis as unknown as {
          browser?: { runtime: { id: string } };
          chrome: { runtime: { id: string } };
        };
        return (g.browser ?? g.chrome).runtime.id;
      });
      const page = await driver.openPage(`${server.url}/probe/long-read.html?id=${encodeURIComponent(extensionId)}`);
      await settledBadge(driver, page.tabId);
      const { x } = await hoverMiddleSentence(page);
      const traces = await page.evaluate((pattern) => {
        const telltale = new RegExp(pattern, 'i');
        const found: string[] = [];
        const registry = (globalThis as unknown as { CSS: { highlights?: Map<string, Set<Range>> } }).CSS.highlights;
        registry?.forEach((ranges, name) => {
          found.push(`highlight ${name} (${ranges.size} ranges)`);
        });
        const foreign: string[] = [];
        for (const el of Array.from(document.querySelectorAll('*'))) {
          if (el.tagName.includes('-')) foreign.push(el.tagName.toLowerCase());
          const words = [el.tagName, ...Array.from(el.attributes, (a) => `${a.name}=${a.value}`)].join(' ');
          if (telltale.test(words)) found.push(`element ${words}`);
        }
        for (const sheet of Array.from(document.adoptedStyleSheets ?? [])) {
          const text = Array.from(sheet.cssRules, (r) => r.cssText).join(' ');
          if (telltale.test(text) || text.includes('::highlight')) found.push(`adopted sheet ${text.slice(0, 80)}`);
        }
        for (const entry of performance.getEntriesByType('mark').concat(performance.getEntriesByType('measure')))
          if (telltale.test(entry.name)) found.push(`timing ${entry.name}`);
        const seen = (globalThis as unknown as { __seen: string[] }).__seen;
        return { found, foreign, seen: [...seen] };
      }, TELLTALE.source);
      assert.deepEqual(traces.found, []);
      assert.deepEqual(traces.seen, [], 'no message or event reached the page');
      assert.equal(traces.foreign.length, 1, 'one host element');
      assert.doesNotMatch(traces.foreign[0] ?? '', TELLTALE);

      // The page forges what it can: a navigation event, messages, key and pointer events.
      await page.evaluate((id) => {
        // WXT's "a newer copy started" event, which would stop the content script.
        const started = `${id}:content:wxt:content-script-started`;
        document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName: 'content', messageId: 'x' } }));
        window.dispatchEvent(new CustomEvent(`${id}:content:wxt:locationchange`));
        window.dispatchEvent(new Event('wxt:locationchange'));
        window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL(location.href) } }));
        window.postMessage({ type: 'show-in-page', occurrence: 0 }, '*');
        window.postMessage({ type: 'analyze-now' }, '*');
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
        document.dispatchEvent(new PointerEvent('pointermove', { clientX: 5, clientY: 5, bubbles: true }));
      }, extensionId);
      // Past the moments a navigation would have cleared and re-read the page.
      await new Promise((r) => setTimeout(r, 2500));
      assert.ok(await overlayExtentAt(page, x), 'the card is still open');

      // A second load of the same page gets a host with another name.
      await page.reload();
      await settledBadge(driver, page.tabId);
      const second = await poll(
        () =>
          page.evaluate(() =>
            Array.from(document.querySelectorAll('*'), (e) => e.tagName.toLowerCase()).find((t) => t.includes('-')),
          ),
        'the overlay host after reload',
      );
      assert.notEqual(second, traces.foreign[0]);
    });

    test('the options page has no axe violations', async () => {
      const options = await driver.openOptions();
      await options.waitForText('main');
      assert.deepEqual(await axeViolations(options), []);
    });
  });
}

describe('dark pages', () => {
  for (const [name, launch] of [
    ['chromium', launchChromium],
    ['firefox', launchFirefox],
  ] as const) {
    test(`${name}: card and popup on a dark page`, async () => {
      const server = await serveFixtures(resolve('tests/fixtures'));
      try {
        const driver = await launch(server.url, { colorScheme: 'dark' });
        try {
          const page = await driver.openPage(`${server.url}/pages/long-read.html`);
          await settledBadge(driver, page.tabId);
          const { sentence, card } = await hoverMiddleSentence(page);
          const gap = Math.min(Math.abs(card.top - sentence.box.bottom), Math.abs(sentence.box.top - card.bottom));
          assert.ok(gap <= 60, `card ${JSON.stringify(card)} beside ${JSON.stringify(sentence.box)}`);
          await page.screenshot(join(screenshots, `${name}-page-card-dark.png`));
          const popup = await driver.openPopup(page.tabId);
          await popup.waitForText('article.claim-card[data-claim-id]');
          await popup.screenshot(join(screenshots, `${name}-popup-dark.png`));
          assert.deepEqual(await axeViolations(popup), []);
        } finally {
          await driver.close();
        }
      } finally {
        await server.close();
      }
    });
  }
});
