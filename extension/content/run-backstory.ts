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
import { claimAtNode, claimAtPoint, type LocatedClaim, locateClaims, scrollToClaim } from './locate-sentences';
import { mountOverlay, type OverlayHandle } from './page-overlay-ui';
import { createTimings, isTimingsRequest } from './timings';

/** A change of this share of the page's text counts as new content (a single-page site's swap). */
const LARGE_CHANGE = 0.25;
const CHANGE_DEBOUNCE_MS = 1200;
/** The URL changes before a single-page site renders the new view: look after it settles, and again. */
const SPA_SETTLE_MS = [400, 2000];
/** How often the address is compared, to notice a single-page site's navigation. */
const LOCATION_POLL_MS = 1000;
/** How long a card opened by hovering stays once the pointer has left its sentence. */
const HOVER_GRACE_MS = 400;

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
  let located: LocatedClaim[] = [];
  /** What the overlay shows of the article (nothing while highlights are off). */
  let shown: { entries: LocatedClaim[]; fullHighlights: boolean } = { entries: [], fullHighlights: false };
  let overlay: OverlayHandle | undefined;
  let observer: MutationObserver | undefined;
  let hoverInstalled = false;
  let generation = 0;
  let textLength = 0;
  const clock = createTimings();
  // "Check with Backstory" on a selection: its cards open in the same overlay, beside the selection.
  const selectionCards = createSelectionCards(doc, {
    overlay: async () => {
      overlay ??= await mountOverlay(ctx, (occurrence) => showInPage(occurrence, true));
      return overlay;
    },
    page: () => shown,
  });

  function reset() {
    located = [];
    shown = { entries: [], fullHighlights: false };
    overlay?.show([], { fullHighlights: false });
  }

  /** Resolves to whether the page turned out to be about the story. */
  async function analyze(force: boolean): Promise<boolean> {
    const run = ++generation;
    clock.reset();
    const started = performance.now();
    const meta = clock.step('gate', () => readPageMeta(doc));
    // A page that is (no longer) about the story keeps nothing of an earlier view's.
    const settings = force || passesGate(meta).pass ? await readSettings() : undefined;
    if (!settings || isSiteDisabled(settings, doc.location?.hostname ?? '')) {
      reset();
      return false;
    }
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
    const found = await locateClaims(doc, response, async () => {
      watch.record();
      await yieldToPage();
      watch.restart();
    });
    watch.record();
    if (run !== generation || ctx.isInvalid) return false;
    located = found;
    if (!settings.highlights) return true;
    overlay ??= await mountOverlay(ctx, (occurrence) => showInPage(occurrence, true));
    shown = { entries: located, fullHighlights: settings.fullHighlights };
    clock.step('overlay', () => overlay?.show(shown.entries, { fullHighlights: shown.fullHighlights }));
    installHover();
    return true;
  }

  const safely = (force: boolean) => analyze(force).catch(() => false);

  /** Brings a sentence into view and opens its card beside it (chosen from the popup or the launcher). */
  function showInPage(occurrence: number, focus: boolean): boolean {
    if (selectionCards.choose(occurrence)) return true;
    const claim = located.find((c) => c.occurrence === occurrence);
    if (!claim) return false;
    scrollToClaim(claim);
    if (overlay) overlay.open(occurrence, { hover: false, focus });
    else {
      // Highlights are off: select the sentence so the reader still sees where it is.
      const selection = doc.defaultView?.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(claim.range);
    }
    return true;
  }

  // Only the reader's own input counts: a page can dispatch pointer, focus and key events, but
  // those are never trusted, so it cannot open, move or close Backstory's card.
  function installHover() {
    if (hoverInstalled) return;
    hoverInstalled = true;
    let pending = false;
    let leaveTimer: number | undefined;
    const stayOpen = () => {
      if (leaveTimer !== undefined) clearTimeout(leaveTimer);
      leaveTimer = undefined;
    };
    ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
      if (!event.isTrusted || pending || !located.length || !overlay) return;
      pending = true;
      ctx.requestAnimationFrame(() => {
        pending = false;
        try {
          const claim = claimAtPoint(doc, located, event.clientX, event.clientY);
          if (claim || overlay?.overCard(event.clientX, event.clientY)) stayOpen();
          if (claim && !overlay?.isOpenFor(claim.occurrence))
            overlay?.open(claim.occurrence, { hover: true, focus: false, pointerX: event.clientX });
          else if (!claim && overlay?.hoverOpen() && !overlay.overCard(event.clientX, event.clientY))
            leaveTimer ??= ctx.setTimeout(() => {
              leaveTimer = undefined;
              if (overlay?.hoverOpen()) overlay.close();
            }, HOVER_GRACE_MS);
        } catch {
          // A page that rebuilt itself under the pointer: nothing to show.
        }
      });
    });
    // Tabbing to a link inside a checked sentence opens its card, without taking the focus.
    ctx.addEventListener(doc, 'focusin', (event: FocusEvent) => {
      if (!event.isTrusted || !overlay || !(event.target instanceof Node)) return;
      const claim = claimAtNode(located, event.target);
      if (claim && !overlay.isOpenFor(claim.occurrence)) overlay.open(claim.occurrence, { hover: false, focus: false });
    });
    ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
      if (event.isTrusted && event.key === 'Escape') overlay?.close();
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
    if (import.meta.env.BACKSTORY_E2E && isTimingsRequest(raw)) return Promise.resolve(clock.timings);
    const message = parseContentMessage(raw);
    if (!message) return undefined;
    switch (message.type) {
      case 'show-in-page':
        return Promise.resolve(showInPage(message.occurrence, false));
      case 'describe-page':
        return Promise.resolve({ host: doc.location?.hostname ?? '' });
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

  // A single-page site's navigation, noticed by comparing the address ourselves rather than by
  // an event on the page's window, which the page could dispatch to clear what Backstory shows.
  // One pending look per navigation burst: a page that pushes a thousand URLs a second gets two
  // analyses after it stops, not two thousand.
  let settleTimers: number[] = [];
  let lastHref = doc.location?.href;
  ctx.setInterval(() => {
    const href = doc.location?.href;
    if (href === lastHref) return;
    lastHref = href;
    for (const t of settleTimers) clearTimeout(t);
    let found = false;
    settleTimers = SPA_SETTLE_MS.map((delay) =>
      ctx.setTimeout(async () => {
        if (!found) found = await safely(false);
      }, delay),
    );
  }, LOCATION_POLL_MS);

  void safely(false);
}
