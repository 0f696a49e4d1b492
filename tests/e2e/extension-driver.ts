// What a scenario needs from a browser with Backstory loaded, whichever browser it is.
export interface PageHandle {
  url: string;
  tabId: number;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
}

export interface ExtensionDriver {
  readonly name: 'chromium' | 'firefox';
  /** Opens a page and waits until the background has its result (or the page has settled). */
  openPage(url: string): Promise<PageHandle>;
  badgeText(tabId: number): Promise<string>;
  /** Opens popup.html?tabId=N in a tab and returns the text of the first element matching selector. */
  openPopup(tabId: number, query?: string): Promise<PopupHandle>;
  close(): Promise<void>;
}

export interface PopupHandle {
  waitForText(selector: string): Promise<string>;
  evaluate<T>(fn: () => T | Promise<T>): Promise<T>;
  screenshot(path: string): Promise<void>;
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
