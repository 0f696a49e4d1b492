// Chromium with the built extension, driven by playwright-core (Debian's chromium, no download).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page, type Worker } from 'playwright-core';
import {
  type ExtensionDriver,
  type ExtensionPage,
  isForeign,
  type LaunchOptions,
  openInNewTab,
} from './extension-driver';
import { requireBrowser, requireBuild } from './require-browser';

/** The test build (npm run build:e2e): the shipped build plus the hooks these tests read. */
export const CHROMIUM_TEST_BUILD = resolve('.output/chrome-mv3-e2e');

export async function launchChromium(
  serverOrigin: string,
  { colorScheme = 'light', extDir = CHROMIUM_TEST_BUILD }: LaunchOptions = {},
): Promise<ExtensionDriver> {
  const executablePath = requireBrowser('CHROMIUM_PATH', '/usr/bin/chromium', 'chromium');
  requireBuild(extDir);
  const userDataDir = mkdtempSync(join(tmpdir(), 'backstory-chromium-'));
  const context = await chromium
    .launchPersistentContext(userDataDir, {
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
        '--enable-precise-memory-info',
      ],
      ignoreDefaultArgs: ['--disable-extensions'],
    })
    .catch((e) => {
      rmSync(userDataDir, { recursive: true, force: true });
      throw e;
    });
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const foreign: string[] = [];
  const errors: string[] = [];
  // Requests from pages, extension pages and the extension's service worker all pass here.
  context.on('request', (request) => {
    if (isForeign(request.url(), serverOrigin)) foreign.push(request.url());
  });
  const watch = (page: Page) => {
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  };
  let worker: Worker;
  try {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  } catch (e) {
    await close();
    throw e;
  }
  const extensionId = new URL(worker.url()).host;
  const tabIds = () => worker.evaluate(async () => (await chrome.tabs.query({})).map((t) => t.id ?? -1));

  const extensionPage = async (path: string): Promise<ExtensionPage> => {
    const page = await context.newPage();
    watch(page);
    await page.setViewportSize({ width: 400, height: 600 });
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return {
      waitForText: async (selector) => {
        await page.locator(selector).first().waitFor();
        return (await page.locator(selector).first().textContent()) ?? '';
      },
      evaluate: (fn, arg) => page.evaluate(fn, arg as never),
      click: (selector) => page.locator(selector).first().click(),
      addScript: async (source) => void (await page.evaluate(source)),
      screenshot: async (path) => void (await page.screenshot({ path })),
    };
  };

  let helper: ExtensionPage | undefined;
  return {
    name: 'chromium',
    contentTimings: (tabId) =>
      worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-timings' }, { frameId: 0 }), tabId) as never,
    backgroundHeapBytes: () =>
      worker.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize),
    async backgroundTimings() {
      helper ??= await extensionPage('popup.html?tabId=0');
      return helper.evaluate(() => chrome.runtime.sendMessage({ type: 'get-background-timings' })) as never;
    },
    openPage: (url) =>
      openInNewTab(
        async () => {
          const page = await context.newPage();
          watch(page);
          return page as never;
        },
        tabIds,
        url,
      ),
    badgeText: (tabId) => worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId),
    openPopup: (tabId) => extensionPage(`popup.html?tabId=${tabId}`),
    openOptions: () => extensionPage('options.html'),
    foreignRequests: async () => [...foreign],
    errors: async () => [...errors],
    close,
  };
}
