import { expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context?wxt';
import { ContentScriptContext } from './quiet-context';

/** What a page can dispatch: WXT's "a newer copy of this script started", under its public name. */
function forgeNewerCopy() {
  const type = `${browser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
  document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
}

test("WXT's own context announces itself to the page, and a forged announcement stops it", () => {
  const post = vi.spyOn(window, 'postMessage');
  const dispatch = vi.spyOn(document, 'dispatchEvent');
  const ctx = new WxtContentScriptContext('content', {} as never);
  expect(dispatch).toHaveBeenCalled();
  expect(post).toHaveBeenCalled();
  forgeNewerCopy();
  expect(ctx.signal.aborted).toBe(true);
  vi.restoreAllMocks();
});

test('the quiet context announces nothing, and a forged announcement stops nothing', () => {
  const post = vi.spyOn(window, 'postMessage');
  const dispatch = vi.spyOn(document, 'dispatchEvent');
  const ctx = new ContentScriptContext('content', {} as never);
  expect(dispatch).not.toHaveBeenCalled();
  expect(post).not.toHaveBeenCalled();
  forgeNewerCopy();
  expect(ctx.signal.aborted).toBe(false);
  vi.restoreAllMocks();
});
