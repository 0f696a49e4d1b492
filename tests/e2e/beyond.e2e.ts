// Beyond articles, in real Chromium and real Firefox, on pages that are not about the story:
// catalogue search in the popup, paste to check, copy a citation, and "Check with Backstory" on a
// selected sentence (its card opens beside the selection, in the page's own overlay).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CHROMIUM_TEST_BUILD, launchChromium } from './chromium-driver';
import { type ExtensionDriver, type ExtensionPage, type PageHandle, poll } from './extension-driver';
import { FIREFOX_TEST_BUILD, launchFirefox } from './firefox-driver';
import { type FixtureServer, serveFixtures } from './serve-fixtures';

const RECIPE = '/articles/unrelated-recipe/page.html';
const FORUM = '/beyond/forum.html';
const SENTENCE = 'Putin said Russia would never hand over the indicted Russians.';
const EXTRADITION = ['constitution-bars-extradition', 'no-extradition-treaty', 'putin-never-extradite'];

/** A discussion thread in our own words: one comment quotes the sentence to check. */
const FORUM_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Thread: weekend plans | Town Forum</title></head>
<body style="margin:0;font:16px/1.5 sans-serif"><main style="padding:24px;max-width:640px">
<h1>Weekend plans</h1>
<p>Anyone going to the market on Saturday? I heard the bakery stall is back.</p>
<p>Someone in the other thread wrote this, is it true?</p>
<p id="quoted"><q>${SENTENCE}</q></p>
<p>Anyway, the weather looks fine for a walk by the river.</p>
<div style="height:1200px"></div>
</main></body></html>`;

/** The popup's status line once it has finished loading. */
function statusOf(popup: ExtensionPage): Promise<string> {
  return poll(async () => {
    const text = await popup.evaluate(() => document.querySelector('[data-testid=status]')?.textContent ?? '');
    return text && !text.startsWith('Reading') ? text : undefined;
  }, 'the popup status');
}

/** Types into a field the way an input event reports it (both browsers' automation agree on this). */
function typeInto(popup: ExtensionPage, selector: string, value: string): Promise<void> {
  return popup.evaluate(
    ({ selector, value }) => {
      const field = document.querySelector(selector) as HTMLInputElement | HTMLTextAreaElement;
      field.focus();
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true }));
    },
    { selector, value },
  );
}

function key(popup: ExtensionPage, selector: string, name: string): Promise<void> {
  return popup.evaluate(
    ({ selector, name }) => {
      const el = document.querySelector(selector) as HTMLElement;
      el.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
    },
    { selector, name },
  );
}

const resultIds = (popup: ExtensionPage) =>
  popup.evaluate(() =>
    [...document.querySelectorAll('[data-testid=search-results] [role=option]')].map((o) =>
      o.getAttribute('data-claim-id'),
    ),
  );

for (const [name, launch, build] of [
  ['chromium', launchChromium, CHROMIUM_TEST_BUILD],
  ['firefox', launchFirefox, FIREFOX_TEST_BUILD],
] as const) {
  describe(`${name}: beyond articles`, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures'), { [FORUM]: { html: FORUM_HTML } });
      driver = await launch(server.url);
    });
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    test('on a page off the story, typing "extradite" lists the extradition claims first; Enter opens the card', async () => {
      const page = await driver.openPage(`${server.url}${RECIPE}`);
      const popup = await driver.openPopup(page.tabId);
      assert.match(await statusOf(popup), /not about Russian interference/);
      await poll(() => popup.evaluate(() => !!document.querySelector('[data-testid=search-input]')), 'the search box');
      await typeInto(popup, '[data-testid=search-input]', 'extradite');
      const ids = await poll(async () => {
        const found = await resultIds(popup);
        return found.length >= 3 ? found : undefined;
      }, 'search results');
      assert.deepEqual(ids.slice(0, 3).sort(), EXTRADITION);
      await key(popup, '[data-testid=search-input]', 'ArrowDown');
      await key(popup, '[data-testid=search-input]', 'Enter');
      const opened = await poll(
        () =>
          popup.evaluate(() =>
            document.querySelector('[data-testid=opened-claim] .claim-card')?.getAttribute('data-claim-id'),
          ),
        'the opened card',
      );
      assert.equal(opened, ids[1]);

      await popup.click('[data-testid=opened-claim] .copy-citation__button');
      const copied = await poll(
        () => popup.evaluate(() => document.querySelector('[data-testid=copy-status]')?.textContent || undefined),
        'the copy status',
      );
      assert.match(copied, /^Copied/);
    });

    test('pasting the sentence in "Check text" shows putin-never-extradite', async () => {
      const page = await driver.openPage(`${server.url}${RECIPE}`);
      const popup = await driver.openPopup(page.tabId);
      await statusOf(popup);
      await popup.click('#catalogue-check');
      await typeInto(popup, '[data-testid=paste-input]', SENTENCE);
      await popup.click('.paste-check button[type=submit]');
      const found = await poll(async () => {
        const ids = await popup.evaluate(() =>
          [...document.querySelectorAll('[data-testid=paste-results] [data-claim-id]')].map((e) =>
            e.getAttribute('data-claim-id'),
          ),
        );
        return ids.length > 0 ? ids : undefined;
      }, 'the claims in the pasted text');
      assert.deepEqual(found, ['putin-never-extradite']);
    });

    test('checking a selected sentence opens its card beside the selection', async () => {
      const page: PageHandle = await driver.openPage(`${server.url}${FORUM}`);
      const selection = await page.evaluate(() => {
        const range = document.createRange();
        range.selectNodeContents(document.querySelector('#quoted q') as HTMLElement);
        const selected = document.getSelection() as Selection;
        selected.removeAllRanges();
        selected.addRange(range);
        const r = range.getBoundingClientRect();
        return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      });
      // The overlay's shadow root is closed; the page sees its host (the one element with a custom,
      // hyphenated tag the page did not make) wherever the card is. Is it within 60 px of the selection?
      const cardNearSelection = () =>
        page.evaluate((r) => {
          const x = Math.round((r.left + r.right) / 2);
          for (let dy = 2; dy <= 60; dy += 4)
            for (const y of [r.bottom + dy, r.top - dy])
              if (document.elementFromPoint(x, y)?.tagName.includes('-')) return true;
          return false;
        }, selection);
      assert.equal(await cardNearSelection(), false);

      const popup = await driver.openPopup(page.tabId);
      await statusOf(popup);
      await popup.click('#catalogue-check');
      await popup.click('[data-testid=check-selection]');
      const said = await poll(
        () =>
          popup.evaluate(() => {
            const text = document.querySelector('[data-testid=selection-status]')?.textContent ?? '';
            return text && !text.startsWith('Checking') ? text : undefined;
          }),
        'the selection check',
      );
      assert.match(said, /card for the selected text opened beside it/);
      assert.equal(await poll(cardNearSelection, 'the card beside the selection'), true);
    });

    test('the "Check with Backstory" menu item and its command are registered', async () => {
      const popup = await driver.openPopup(0);
      const registered = await popup.evaluate(async () => {
        interface Api {
          contextMenus: { update(id: string, props: object): Promise<void> | undefined };
          commands: { getAll(): Promise<Array<{ name?: string; description?: string }>> };
        }
        const g = globalThis as unknown as { browser?: Api; chrome: Api };
        const api = g.browser ?? g.chrome;
        // update() rejects for an item that does not exist.
        const menu = await Promise.resolve(api.contextMenus.update('backstory-check-selection', {})).then(
          () => true,
          () => false,
        );
        const commands = await api.commands.getAll();
        return { menu, description: commands.find((c) => c.name === 'check-selection')?.description ?? null };
      });
      assert.deepEqual(registered, { menu: true, description: 'Check selection with Backstory' });
      // The manifest of the build this browser loaded (build.e2e.ts checks the shipped one's permissions).
      const manifest = JSON.parse(readFileSync(resolve(build, 'manifest.json'), 'utf8'));
      assert.equal(manifest.commands['check-selection'].suggested_key.default, 'Alt+Shift+B');
      assert.ok(manifest.permissions.includes('contextMenus'));
    });

    test('nothing left the browser, and no errors', async () => {
      assert.deepEqual(await driver.foreignRequests(), []);
      const ours = (await driver.errors()).filter((e) => !/Failed to load resource|favicon/.test(e));
      assert.deepEqual(ours, []);
    });
  });
}
