// The walking skeleton, in both browsers: a story page gets a badge and a popup that says so;
// an unrelated page gets neither.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { launchChromium } from './chromium-driver';
import type { ExtensionDriver } from './extension-driver';
import { launchFirefox } from './firefox-driver';
import { type FixtureServer, serveFixtures } from './serve-fixtures';

const artifacts = resolve('docs/screenshots');
mkdirSync(artifacts, { recursive: true });

for (const launch of [launchChromium, launchFirefox]) {
  describe(launch.name, () => {
    let server: FixtureServer;
    let driver: ExtensionDriver;
    before(async () => {
      server = await serveFixtures(resolve('tests/fixtures/pages'));
      driver = await launch();
    });
    after(async () => {
      await driver?.close();
      await server?.close();
    });

    test('a story article gets a badge and the popup says it is about the story', async () => {
      const page = await driver.openPage(`${server.url}/story.html`);
      const badge = await waitForBadge(driver, page.tabId);
      assert.notEqual(badge, '');
      const popup = await driver.openPopup(page.tabId);
      const status = await popup.waitForText('[data-testid=status]:not(:empty)');
      assert.match(status, /is about Russian interference in the 2016 US election/);
      await popup.screenshot(join(artifacts, `${driver.name}-popup.png`));
    });

    test('an unrelated page gets no badge and the popup says it is not about the story', async () => {
      const page = await driver.openPage(`${server.url}/unrelated.html`);
      const popup = await driver.openPopup(page.tabId);
      const status = await popup.waitForText('[data-testid=status]:not(:empty)');
      assert.match(status, /not about Russian interference/);
      assert.equal(await driver.badgeText(page.tabId), '');
    });
  });
}

async function waitForBadge(driver: ExtensionDriver, tabId: number): Promise<string> {
  const end = Date.now() + 10_000;
  for (;;) {
    const text = await driver.badgeText(tabId);
    if (text || Date.now() > end) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}
