// Chromium with the built extension, driven by playwright-core (Debian's chromium, no download).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { type ExtensionDriver, type PageHandle, type PopupHandle, poll } from './extension-driver';
import { requireBrowser } from './require-browser';

export async function launchChromium(
  extDir = resolve('.output/chrome-mv3'),
  colorScheme: 'light' | 'dark' = 'light',
): Promise<ExtensionDriver> {
  const executablePath = requireBrowser('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    colorScheme,
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    ignoreDefaultArgs: ['--disable-extensions'],
  });
  const worker: Worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;

  // Without the "tabs" permission tab URLs are hidden, so a new page's tab is the id that appears.
  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));

  return {
    name: 'chromium',
    async openPage(url): Promise<PageHandle> {
      const before = new Set(await tabIds());
      const page = await context.newPage();
      const tabId = await poll(async () => (await tabIds()).find((id) => !before.has(id)), `a tab for ${url}`);
      await page.goto(url, { waitUntil: 'load' });
      return { url, tabId, evaluate: (fn) => page.evaluate(fn) };
    },
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    async openPopup(tabId, query = ''): Promise<PopupHandle> {
      const page = await context.newPage();
      await page.setViewportSize({ width: 400, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}${query}`);
      return {
        waitForText: async (selector) => {
          await page.locator(selector).first().waitFor();
          return (await page.locator(selector).first().textContent()) ?? '';
        },
        evaluate: (fn) => page.evaluate(fn),
        screenshot: async (path) => void (await page.screenshot({ path })),
      };
    },
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
