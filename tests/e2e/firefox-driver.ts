// Firefox ESR with the built extension as a temporary add-on, driven by puppeteer-core over
// WebDriver BiDi (Debian's firefox-esr; no geckodriver needed).
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import {
  type ExtensionDriver,
  type ExtensionPage,
  isForeign,
  type LaunchOptions,
  openInNewTab,
  poll,
} from './extension-driver';
import { requireBrowser, requireBuild } from './require-browser';

declare const browser: {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  browserAction: { getBadgeText(d: { tabId: number }): Promise<string> };
};

/** The test build (npm run build:e2e): the shipped build plus the hooks these tests read. */
export const FIREFOX_TEST_BUILD = resolve('.output/firefox-mv2-e2e');

/** What the test build's background reports of itself (see extension/e2e/background-hooks.ts). */
interface BackgroundDiagnostics {
  requests: string[];
  errors: string[];
}

export async function launchFirefox(
  serverOrigin: string,
  { colorScheme = 'light', extDir = FIREFOX_TEST_BUILD }: LaunchOptions = {},
): Promise<ExtensionDriver> {
  const executablePath = requireBrowser('FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr');
  requireBuild(extDir);
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const ff = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: null,
    // Without this flag BiDi refuses to navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // 0 = dark, 1 = light: what prefers-color-scheme reports to pages, extension pages included.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
      // Lets a test open the toolbar popup (browserAction.openPopup) as a reader's click would.
      'extensions.openPopupWithoutUserGesture.enabled': true,
    },
  });
  const base = `moz-extension://${uuid}`;
  const foreign: string[] = [];
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => {
      if (isForeign(request.url(), serverOrigin)) foreign.push(request.url());
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${(e as Error).message}`));
    page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
  };

  // puppeteer never sees a moz-extension:// navigation complete: fire it, then poll.
  async function openExtensionPage(path: string): Promise<Page> {
    const page = await ff.newPage();
    watch(page);
    // Firefox ESR 140's BiDi lacks the screen-orientation command puppeteer sends with a viewport:
    // there the extension page keeps the window's size (the screenshots are then wider).
    await page.setViewport({ width: 400, height: 600 }).catch(() => undefined);
    const url = `${base}/${path}`;
    page.goto(url, { timeout: 5_000 }).catch(() => {});
    await poll(() => page.evaluate((u) => location.href === u && document.readyState === 'complete', url), url);
    return page;
  }
  let helper: Page;
  try {
    await ff.installExtension(extDir);
    helper = await openExtensionPage('popup.html?tabId=0');
  } catch (e) {
    await ff.close();
    throw e;
  }
  // The background page is no tab BiDi can watch: it reports its own requests and errors.
  const background = async (): Promise<BackgroundDiagnostics> =>
    (await helper.evaluate(() =>
      browser.runtime.sendMessage({ type: 'get-background-diagnostics' }),
    )) as BackgroundDiagnostics;
  const tabIds = () => helper.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1));

  const extensionPage = async (path: string): Promise<ExtensionPage> => {
    const page = await openExtensionPage(path);
    return {
      waitForText: (selector) =>
        poll(() => page.evaluate((s) => document.querySelector(s)?.textContent, selector), selector) as Promise<string>,
      evaluate: (fn, arg) => page.evaluate(fn as never, arg as never),
      click: async (selector) => {
        await poll(() => page.evaluate((s) => !!document.querySelector(s), selector), selector);
        await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
      },
      addScript: async (source) => void (await page.evaluate(source)),
      screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    };
  };

  return {
    name: 'firefox',
    contentTimings: (tabId) =>
      helper.evaluate((id) => browser.tabs.sendMessage(id, { type: 'get-timings' }, { frameId: 0 }), tabId) as never,
    backgroundHeapBytes: async () => undefined,
    backgroundTimings: () =>
      helper.evaluate(() => browser.runtime.sendMessage({ type: 'get-background-timings' })) as never,
    openPage: (url) =>
      openInNewTab(
        async () => {
          const page = await ff.newPage();
          watch(page);
          return page as never;
        },
        tabIds,
        url,
      ),
    badgeText: (tabId) => helper.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId),
    openPopup: (tabId) => extensionPage(`popup.html?tabId=${tabId}`),
    openOptions: () => extensionPage('options.html'),
    foreignRequests: async () => [
      ...foreign,
      ...(await background()).requests.filter((url) => isForeign(url, serverOrigin)),
    ],
    errors: async () => [...errors, ...(await background()).errors],
    close: () => ff.close(),
  };
}
