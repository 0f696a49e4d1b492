// Hostile pages in real Chromium and Firefox: Backstory must not break them, must not be
// broken by them, must not trust them, and must still find the story where there is one.
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './chromium-driver';
import { type ExtensionDriver, poll } from './extension-driver';
import { launchFirefox } from './firefox-driver';
import { HOSTILE_CASES, hostilePages } from './hostile-pages';
import { type FixtureServer, serveFixtures } from './serve-fixtures';

/** The pages' own misses (a photo that is not there, or that their CSP blocks) are theirs, not ours. */
const PAGE_OWN_MISSES =
  /Failed to load resource|Loading the image|blocked the loading of a resource|Content[- ]Security[- ]Policy|no shadow roots here|document tree is too deep/;
/** How long a page off the story is watched for anything Backstory might still do. */
const QUIET_MS = 1500;

for (const [name, launch] of [
  ['chromium', launchChromium],
  ['firefox', launchFirefox],
] as const) {
  describe(`${name}: hostile pages`, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    const budget: string[] = [];
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures'), hostilePages());
      driver = await launch(server.url);
    });
    after(async () => {
      console.log(`${name}: content script main-thread steps (ms)\n${budget.join('\n')}`);
      await driver?.close();
      await server?.close();
    });

    for (const c of HOSTILE_CASES) {
      test(c.path, async () => {
        const errorsBefore = (await driver.errors()).length;
        const page = await driver.openPage(`${server.url}${c.path}`);
        if (c.claims) {
          const badge = await poll(async () => (await driver.badgeText(page.tabId)) || undefined, 'the badge', 30_000);
          assert.equal(badge, String(new Set(c.claims).size));
          const popup = await driver.openPopup(page.tabId);
          await popup.waitForText('article.claim-card[data-claim-id]');
          const ids = await popup.evaluate(() =>
            Array.from(document.querySelectorAll('article.claim-card[data-claim-id]'), (e) =>
              e.getAttribute('data-claim-id'),
            ),
          );
          assert.deepEqual([...new Set(ids)].sort(), [...new Set(c.claims)].sort());
        } else {
          await new Promise((r) => setTimeout(r, QUIET_MS));
          assert.equal(await driver.badgeText(page.tabId), '');
        }

        // The page is as its author made it: same elements (apart from our overlay's host), same probe.
        // Read back as one primitive string: some pages overwrite the built-ins that serialising an
        // object would use.
        const [elements, recorded, probe] = (
          await page.evaluate(() => {
            const w = window as unknown as { __page?: { elements: number }; pageProbe?: () => string };
            const probe = typeof w.pageProbe === 'function' ? w.pageProbe() : 'none';
            // Our overlay's host is the one element with a custom (hyphenated) tag; its name is random.
            let elements = 0;
            for (const e of document.querySelectorAll('*')) if (e.tagName.indexOf('-') < 0) elements++;
            return `${elements}|${w.__page ? w.__page.elements : ''}|${probe}`;
          })
        ).split('|');
        if (recorded) assert.equal(elements, recorded, 'the page’s elements changed');
        if (c.probe) assert.equal(probe, c.probe);

        const ours = (await driver.errors()).slice(errorsBefore).filter((e) => !PAGE_OWN_MISSES.test(e));
        assert.deepEqual(ours, []);

        const timings = await driver.contentTimings(page.tabId).catch(() => undefined);
        budget.push(`  ${c.path}: ${timings?.steps.map((s) => `${s.name} ${s.ms}`).join(', ') || 'no timings'}`);
      });
    }

    test('corrupted settings in storage: options show the defaults, and pages are still analysed', async () => {
      const options = await driver.openOptions();
      await options.waitForText('main');
      await options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ?? chrome;
        await api.storage.local.set({ settings: { highlights: 'maybe', mode: 42, disabledSites: 'everything' } });
      });
      const reopened = await driver.openOptions();
      await reopened.waitForText('main');
      const shown = await reopened.evaluate(() => ({
        highlights: (document.getElementById('highlights') as HTMLInputElement | null)?.checked,
        automatic: (document.querySelector('input[type=radio]:checked') as HTMLInputElement | null)?.value,
      }));
      assert.deepEqual(shown, { highlights: true, automatic: 'automatic' });
      const page = await driver.openPage(`${server.url}/articles/story-indictment-denial/page.html`);
      assert.notEqual(await poll(async () => (await driver.badgeText(page.tabId)) || undefined, 'the badge'), '');
    });

    test('forged messages from the page changed nothing, and no request left the machine', async () => {
      assert.deepEqual(await driver.foreignRequests(), []);
    });
  });
}
