// The content script's work on one page: the gate first, and on pages that pass it extraction,
// analysis in the background, highlights and the in-page overlay. Pages that fail the gate get
// nothing more: no extraction, no observers, no storage writes. Nothing here may throw into the
// page: every entry point catches, and a failure leaves the page as it was.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { extractArticleSteps, metaForArticle } from '@/engine/extract/extract-article';
import { passesGate } from '@/engine/gate/passes-gate';
import { readPageMeta } from '@/engine/gate/read-page-meta';
import { MAX_ARTICLE_CHARS, type PageHighlights, parseContentMessage } from '../protocol';
import { createSelectionCards } from '../selection/selection-cards';
import { isSiteDisabled, readSettings } from '../settings';
import { claimAtPoint, type Highlighter, highlightClaims, scrollToClaim } from './highlighter';
import { mountOverlay, type OverlayHandle } from './page-overlay-ui';
import { createTimings } from './timings';

/** A change of this share of the page's text counts as new content (a single-page site's swap). */
const LARGE_CHANGE = 0.25;
const CHANGE_DEBOUNCE_MS = 1200;
/** The URL changes before a single-page site renders the new view: look after it settles, and again. */
const SPA_SETTLE_MS = [400, 2000];

function isPageHighlights(value: unknown): value is PageHighlights {
  const v = value as PageHighlights | null;
  return !!v && typeof v.aboutStory === 'boolean' && typeof v.text === 'string' && Array.isArray(v.claims);
}

/** A macrotask break, so that no single task of ours holds the page's main thread for long. */
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** How long one task of ours may run before it gives the page its main thread back. */
const SLICE_MS = 16;

/** Runs a stepwise computation in slices of SLICE_MS, recording each slice as one task. */
async function runSliced<T>(steps: Generator<void, T>, watch: { record(): void; restart(): void }): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) {
      watch.record();
      return next.value;
    }
    if (performance.now() - sliceStart >= SLICE_MS) {
      watch.record();
      await yieldToPage();
      watch.restart();
      sliceStart = performance.now();
    }
  }
}

export function runBackstory(ctx: ContentScriptContext, doc: Document = document): void {
  let highlighter: Highlighter | undefined;
  let overlay: OverlayHandle | undefined;
  let observer: MutationObserver | undefined;
  let hoverInstalled = false;
  let generation = 0;
  let textLength = 0;
  const clock = createTimings();
  // "Check with Backstory" on a selection: its cards open in the same overlay, beside the selection.
  const selectionCards = createSelectionCards(doc, {
    overlay: async () => {
      overlay ??= await mountOverlay(ctx, (occurrence) => showInPage(occurrence));
      return overlay;
    },
    pageClaims: () => highlighter?.claims ?? [],
  });

  function reset() {
    highlighter?.clear();
    highlighter = undefined;
    overlay?.show([]);
  }

  /** Resolves to whether the page turned out to be about the story. */
  async function analyze(force: boolean): Promise<boolean> {
    const run = ++generation;
    clock.reset();
    const started = performance.now();
    const meta = clock.step('gate', () => readPageMeta(doc));
    if (!force && !passesGate(meta).pass) return false;
    const settings = await readSettings();
    if (isSiteDisabled(settings, doc.location?.hostname ?? '')) return false;
    if (!force && settings.mode === 'on-click') return false;

    await yieldToPage();
    if (run !== generation || ctx.isInvalid) return false;
    const article = await runSliced(extractArticleSteps(doc), clock.stopwatch('extract'));
    const response: unknown = await browser.runtime.sendMessage({
      type: 'analyze-page',
      meta: metaForArticle(meta, article),
      text: article.text.slice(0, MAX_ARTICLE_CHARS),
    });
    clock.timings.startToAnswerMs = Math.round(performance.now() - started);
    if (run !== generation || ctx.isInvalid || !isPageHighlights(response)) return false;

    reset();
    if (!response.aboutStory) return false;
    watchForLargeChanges();
    if (response.claims.length === 0) return true;
    // Each indexing chunk is its own task; the clock records each task's share.
    const watch = clock.stopwatch('highlight');
    const drawn = await highlightClaims(doc, response, settings.highlights, async () => {
      watch.record();
      await yieldToPage();
      watch.restart();
    });
    watch.record();
    if (run !== generation || ctx.isInvalid) {
      drawn.clear();
      return false;
    }
    highlighter = drawn;
    if (!settings.highlights) return true;
    overlay ??= await mountOverlay(ctx, (occurrence) => showInPage(occurrence));
    clock.step('overlay', () => overlay?.show(highlighter?.claims ?? []));
    installHover();
    return true;
  }

  const safely = (force: boolean) => analyze(force).catch(() => false);

  function showInPage(occurrence: number): boolean {
    if (selectionCards.choose(occurrence)) return true;
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
        try {
          const claim = highlighter && claimAtPoint(doc, highlighter.claims, event.clientX, event.clientY);
          if (claim && !overlay?.isOpenFor(claim.occurrence))
            overlay?.open(claim.occurrence, { x: event.clientX, y: event.clientY });
        } catch {
          // A page that rebuilt itself under the pointer: nothing to show.
        }
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
        if (Math.abs(length - textLength) > LARGE_CHANGE * Math.max(textLength, 1)) void safely(false);
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
      case 'get-timings':
        return Promise.resolve(clock.timings);
      case 'analyze-now':
        return safely(true).then(() => true);
      case 'check-selection':
        return selectionCards.check(message.text);
    }
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(onMessage);
    reset();
    overlay?.remove();
  });

  // One pending look per navigation burst: a page that pushes a thousand URLs a second gets
  // two analyses after it stops, not two thousand.
  let settleTimers: number[] = [];
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    reset();
    for (const t of settleTimers) clearTimeout(t);
    let found = false;
    settleTimers = SPA_SETTLE_MS.map((delay) =>
      ctx.setTimeout(async () => {
        if (!found) found = await safely(false);
      }, delay),
    );
  });

  void safely(false);
}
