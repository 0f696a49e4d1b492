// Test build only (`wxt build --mode e2e`, import.meta.env.BACKSTORY_E2E): what the end-to-end
// tests and npm run bench:browser read from the background. The shipped build never imports this
// module, so none of it (not even the message names) is in .output/chrome-mv3 or firefox-mv2.
import { browser } from 'wxt/browser';
import { dataset } from '../background/dataset';

const analysisMs: number[] = [];
const errors: string[] = [];

/** Records how long one analysis took (the latest 20 are kept). */
export function recordAnalysis(ms: number): void {
  analysisMs.push(Math.round(ms * 100) / 100);
  if (analysisMs.length > 20) analysisMs.shift();
}

/**
 * Answers the tests' questions to the background, from our own pages only: its timings, and what
 * it did that the Firefox driver cannot watch from outside (requests it made, errors it met).
 */
export function installBackgroundHooks(extensionOrigin: string): void {
  const scope = globalThis as unknown as {
    addEventListener?: (type: string, fn: (e: { message?: string; reason?: unknown }) => void) => void;
  };
  scope.addEventListener?.('error', (e) => errors.push(`background: ${e.message}`));
  scope.addEventListener?.('unhandledrejection', (e) => errors.push(`background: ${String(e.reason)}`));
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`background: ${args.map(String).join(' ')}`);
    consoleError(...args);
  };
  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(extensionOrigin)) return undefined;
    const type = (raw as { type?: unknown } | null)?.type;
    if (type === 'get-background-timings')
      return Promise.resolve({ datasetLoadMs: Math.round(dataset().loadMs * 100) / 100, analysisMs: [...analysisMs] });
    if (type === 'get-background-diagnostics')
      return Promise.resolve({
        // Every fetch, XHR or other resource load the background started shows in its resource timeline.
        requests: performance.getEntriesByType('resource').map((e) => e.name),
        errors: [...errors],
      });
    return undefined;
  });
}
