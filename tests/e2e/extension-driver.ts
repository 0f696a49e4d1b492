// What a scenario needs from a browser with Backstory loaded, whichever browser it is.
export interface PageHandle {
  url: string;
  tabId: number;
  /** Runs fn in the page's own world (not the extension's). */
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  reload(): Promise<void>;
  /** Real (trusted) input: moves the mouse to a viewport point, presses a key. */
  hover(x: number, y: number): Promise<void>;
  press(key: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export interface ExtensionPage {
  waitForText(selector: string): Promise<string>;
  evaluate<T, A = undefined>(fn: (arg: A) => T | Promise<T>, arg?: A): Promise<T>;
  click(selector: string): Promise<void>;
  /** Runs a script's source in the page through the automation channel (the page's CSP does not apply). */
  addScript(source: string): Promise<void>;
  screenshot(path: string): Promise<void>;
}

export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  /** Opens a page in a new tab and waits for it to load. */
  openPage(url: string): Promise<PageHandle>;
  badgeText(tabId: number): Promise<string>;
  /** Opens popup.html?tabId=N in a tab. */
  openPopup(tabId: number): Promise<ExtensionPage>;
  openOptions(): Promise<ExtensionPage>;
  /** The content script's own timings in the tab's top frame (it keeps them out of the page). */
  contentTimings(tabId: number): Promise<{ steps: Array<{ name: string; ms: number }>; startToAnswerMs?: number }>;
  backgroundTimings(): Promise<{ datasetLoadMs: number; analysisMs: number[] }>;
  /** The background's JS heap in bytes, where the browser tells (Chromium). */
  backgroundHeapBytes(): Promise<number | undefined>;
  /** Every request seen that went anywhere but the test server or the extension itself (background included). */
  foreignRequests(): Promise<string[]>;
  /** Console errors and uncaught errors seen in pages, extension pages and the background. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  /** The unpacked extension to load; the test build of the browser's target by default. */
  extDir?: string;
}

/** Polls until fn returns a truthy value, tolerating errors thrown mid-navigation. */
export async function poll<T>(fn: () => Promise<T>, what: string, timeoutMs = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await fn();
      if (value) return value as NonNullable<T>;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A request is foreign unless it goes to the local test server or stays inside an extension. */
export function isForeign(url: string, serverOrigin: string): boolean {
  return !(url.startsWith(serverOrigin) || /^(chrome-extension|moz-extension|data|blob|about|chrome):/.test(url));
}

/** What both automation libraries' pages offer that openInNewTab needs. */
interface AutomatedPage {
  goto(url: string, options: { waitUntil: 'load' }): Promise<unknown>;
  reload(options: { waitUntil: 'load' }): Promise<unknown>;
  evaluate(fn: never, arg: never): Promise<unknown>;
  mouse: { move(x: number, y: number): Promise<unknown> };
  keyboard: { press(key: never): Promise<unknown> };
  screenshot(options: { path: never }): Promise<unknown>;
}

/**
 * Opens url in a new tab and finds that tab's id. Without the "tabs" permission tab URLs are
 * hidden, so the new page's tab is the id that appears.
 */
export async function openInNewTab(
  newPage: () => Promise<AutomatedPage>,
  tabIds: () => Promise<number[]>,
  url: string,
): Promise<PageHandle> {
  const before = new Set(await tabIds());
  const page = await newPage();
  const tabId = await poll(async () => (await tabIds()).find((id) => !before.has(id)), `a tab for ${url}`);
  await page.goto(url, { waitUntil: 'load' });
  return {
    url,
    tabId,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    reload: async () => void (await page.reload({ waitUntil: 'load' })),
    hover: async (x, y) => void (await page.mouse.move(x, y)),
    press: async (key) => void (await page.keyboard.press(key as never)),
    screenshot: async (path) => void (await page.screenshot({ path: path as never })),
  };
}
