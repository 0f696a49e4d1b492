// The content script's work on one page: the gate first, and on pages that pass it extraction,
// analysis in the background, highlights and the in-page overlay. Pages that fail the gate get
// nothing more: no extraction, no observers, no storage writes.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticle } from '@/engine/extract/extract-article';
import { passesGate } from '@/engine/gate/passes-gate';
import { readPageMeta } from '@/engine/gate/read-page-meta';
import { MAX_ARTICLE_CHARS, type PageHighlights, parseContentMessage } from '../protocol';
import { isSiteDisabled, readSettings } from '../settings';
import { claimAtPoint, type Highlighter, highlightClaims, scrollToClaim } from './highlighter';
import { mountOverlay, type OverlayHandle } from './page-overlay-ui';

/** A change of this share of the page's text counts as new content (a single-page site's swap). */
const LARGE_CHANGE = 0.25;
const CHANGE_DEBOUNCE_MS = 1200;
const SPA_SETTLE_MS = [400, 2000];

function isPageHighlights(value: unknown): value is PageHighlights {
  const v = value as PageHighlights | null;
  return !!v && typeof v.aboutStory === 'boolean' && typeof v.text === 'string' && Array.isArray(v.claims);
}

export function runBackstory(ctx: ContentScriptContext, doc: Document = document): void {
  let highlighter: Highlighter | undefined;
  let overlay: OverlayHandle | undefined;
  let observer: MutationObserver | undefined;
  let hoverInstalled = false;
  let generation = 0;
  let navigation = 0;
  let textLength = 0;

  function reset() {
    highlighter?.clear();
    highlighter = undefined;
    overlay?.show([]);
  }

  /** Resolves to whether the page turned out to be about the story. */
  async function analyze(force: boolean): Promise<boolean> {
    const run = ++generation;
    performance.mark('backstory:start');
    const meta = readPageMeta(doc);
    if (!force && !passesGate(meta).pass) return false;
    const settings = await readSettings();
    if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return false;
    if (!force && settings.mode === 'on-click') return false;

    const article = extractArticle(doc);
    performance.mark('backstory:extracted');
    const response: unknown = await browser.runtime.sendMessage({
      type: 'analyze-page',
      meta: { ...meta, title: article.title || meta.title, headline: meta.headline || article.title },
      text: article.text.slice(0, MAX_ARTICLE_CHARS),
    });
    performance.measure('backstory:idle-to-badge', 'backstory:start');
    if (run !== generation || ctx.isInvalid || !isPageHighlights(response)) return false;

    reset();
    if (!response.aboutStory) return false;
    watchForLargeChanges();
    if (response.claims.length === 0) return true;
    highlighter = highlightClaims(doc, response, settings.highlights);
    if (!settings.highlights) return true;
    overlay ??= await mountOverlay(ctx, (occurrence) => showInPage(occurrence));
    overlay.show(highlighter.claims);
    installHover();
    return true;
  }

  function showInPage(occurrence: number): boolean {
    const claim = highlighter?.claims.find((c) => c.occurrence === occurrence);
    if (!claim || !highlighter) return false;
    scrollToClaim(claim);
    highlighter.flash(claim);
    overlay?.open(occurrence, null);
    return true;
  }

  function installHover() {
    if (hoverInstalled) return;
    hoverInstalled = true;
    let pending = false;
    ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
      if (pending || !highlighter?.claims.length) return;
      pending = true;
      ctx.requestAnimationFrame(() => {
        pending = false;
        const claim = highlighter && claimAtPoint(doc, highlighter.claims, event.clientX, event.clientY);
        if (claim && !overlay?.isOpenFor(claim.occurrence))
          overlay?.open(claim.occurrence, { x: event.clientX, y: event.clientY });
      });
    });
  }

  function watchForLargeChanges() {
    textLength = doc.body?.textContent?.length ?? 0;
    if (observer || !doc.body) return;
    let timer: number | undefined;
    observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        const length = doc.body?.textContent?.length ?? 0;
        if (Math.abs(length - textLength) > LARGE_CHANGE * Math.max(textLength, 1)) void analyze(false);
      }, CHANGE_DEBOUNCE_MS);
    });
    observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer?.disconnect());
  }

  const onMessage = (raw: unknown, sender: { id?: string; url?: string }) => {
    if (sender.id !== browser.runtime.id || !sender.url?.startsWith(browser.runtime.getURL('/'))) return undefined;
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'show-in-page':
        return Promise.resolve(showInPage(message.occurrence));
      case 'describe-page':
        return Promise.resolve({ host: doc.location?.hostname ?? '' });
      case 'analyze-now':
        return analyze(true).then(() => true);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    reset();
    overlay?.remove();
  });
  // The URL changes before a single-page site renders the new view (the Navigation API reports
  // it at pushState), so look after it settles, and once more for sites that load slowly.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    reset();
    const current = ++navigation;
    let found = false;
    for (const delay of SPA_SETTLE_MS) {
      ctx.setTimeout(async () => {
        if (current === navigation && !found) found = await analyze(false);
      }, delay);
    }
  });

  void analyze(false);
}
