// Mounts the in-page overlay in a closed shadow root, under a host element with a random,
// meaningless name: page CSS never reaches it, it never shifts the page's layout (the host is of
// zero size), and a page script can neither find it by name nor read what is inside.
//
// The marks under checked sentences are drawn here too, as boxes over the sentences' line boxes,
// rather than with the page-wide CSS Custom Highlight API: `CSS.highlights` is readable by every
// page script (names and ranges), so registering highlights would tell a page which of its
// sentences Backstory matched. The cost: the marks are re-measured when the page's layout changes.
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type OpenCard, type OverlayClaim, PageOverlay } from '@/components/PageOverlay';
// Inlined into the bundle and handed to the shadow root: no web-accessible stylesheet that a page
// could probe to learn that Backstory is installed.
import overlayCss from '@/components/PageOverlay.css?inline';
import { neutralName } from './neutral-name';
import { type Box, lineBoxes } from './place-card';

export type OverlayEntry = OverlayClaim & { range: Range };

export interface OpenHow {
  /** The pointer's viewport x when opened by hovering. */
  pointerX?: number;
  /** Opened by hovering (closes when the pointer leaves) rather than chosen. */
  hover: boolean;
  /** Move the keyboard focus into the card. */
  focus: boolean;
}

export interface OverlayHandle {
  show(claims: OverlayEntry[], options: { fullHighlights: boolean }): void;
  open(occurrence: number, how: OpenHow): void;
  close(): void;
  remove(): void;
  isOpenFor(occurrence: number): boolean;
  /** Whether a card opened by hovering is showing. */
  hoverOpen(): boolean;
  /** Whether a viewport point lies over the open card. */
  overCard(x: number, y: number): boolean;
  /** Measures the sentences again (the page's layout changed). */
  relayout(): void;
}

/**
 * The overlay's styles, as a constructed stylesheet: a page's Content Security Policy (style-src)
 * governs <style> elements, and would leave the overlay unstyled. Firefox before 153 refuses an
 * array made in the content script's world ("Accessing from Xray wrapper"): there the sheet is added
 * to the page-side array in place, and failing that, a <style> element is the last resort.
 */
function adoptStyles(shadow: ShadowRoot): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(overlayCss);
  try {
    shadow.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox's Xray wrapper: try the in-place route below.
  }
  try {
    shadow.adoptedStyleSheets.push(sheet);
    return;
  } catch {
    // Neither route: a <style> element.
  }
  const style = document.createElement('style');
  style.textContent = overlayCss;
  shadow.append(style);
}

const toBox = (r: DOMRect | Box): Box => ({ top: r.top, left: r.left, width: r.width, height: r.height });

export async function mountOverlay(
  ctx: ContentScriptContext,
  onChoose: (occurrence: number) => void,
): Promise<OverlayHandle> {
  const doc = document;
  let claims: OverlayEntry[] = [];
  let fullHighlights = false;
  let rects: Record<number, Box[]> = {};
  let viewport: Box = { top: 0, left: 0, width: 0, height: 0 };
  let open: (OpenCard & { hover: boolean }) | null = null;
  let container: HTMLElement | undefined;
  let shadowRoot: ShadowRoot | undefined;

  /** The layer's origin in viewport coordinates. */
  const origin = () => container?.getBoundingClientRect() ?? { top: 0, left: 0 };
  const measure = () => {
    const o = origin();
    const view = doc.documentElement;
    viewport = { top: -o.top, left: -o.left, width: view.clientWidth, height: view.clientHeight };
    const next: Record<number, Box[]> = {};
    for (const c of claims) {
      try {
        next[c.occurrence] = lineBoxes(Array.from(c.range.getClientRects(), toBox)).map((b) => ({
          ...b,
          top: b.top - o.top,
          left: b.left - o.left,
        }));
      } catch {
        // A range whose nodes left the page: nothing to draw for it.
      }
    }
    rects = next;
  };

  const draw = () => {
    if (!container) return;
    render(
      claims.length ? (
        <PageOverlay
          claims={claims}
          rects={rects}
          viewport={viewport}
          fullHighlights={fullHighlights}
          active={open?.occurrence ?? null}
          open={open}
          onChoose={onChoose}
          onClose={() => {
            open = null;
            draw();
          }}
        />
      ) : null,
      container,
    );
  };

  const ui = await createShadowRootUi(ctx, {
    name: neutralName(),
    // Closed: page scripts cannot reach into the overlay or read what Backstory found.
    mode: 'closed',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(root, shadow) {
      adoptStyles(shadow);
      container = root;
      shadowRoot = shadow;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();

  // Layout changes (images loading, fonts, a resized window) move the sentences: measure again,
  // at most once a frame.
  let pending = false;
  const relayout = () => {
    if (pending || !claims.length) return;
    pending = true;
    ctx.requestAnimationFrame(() => {
      pending = false;
      measure();
      draw();
    });
  };
  const resizes = new ResizeObserver(relayout);
  resizes.observe(doc.documentElement);
  if (doc.body) resizes.observe(doc.body);
  ctx.onInvalidated(() => resizes.disconnect());
  ctx.addEventListener(window, 'resize', relayout);
  void doc.fonts?.ready.then(relayout);

  // The card scrolls with its sentence; once the sentence is out of view, it closes. A scrolling
  // box inside the page moves its text without moving the layer: measure again then.
  let scrollPending = false;
  ctx.addEventListener(
    doc,
    'scroll',
    (event: Event) => {
      if (event.target !== doc && event.target !== doc.documentElement) relayout();
      if (scrollPending || !open) return;
      scrollPending = true;
      ctx.requestAnimationFrame(() => {
        scrollPending = false;
        const entry = open && claims.find((c) => c.occurrence === open?.occurrence);
        if (!entry) return;
        const box = entry.range.getBoundingClientRect();
        if (box.bottom < 0 || box.top > doc.documentElement.clientHeight) {
          open = null;
          draw();
        }
      });
    },
    { capture: true, passive: true },
  );

  return {
    show(next, options) {
      claims = next;
      fullHighlights = options.fullHighlights;
      open = null;
      measure();
      draw();
    },
    open(occurrence, how) {
      measure();
      const x = how.pointerX === undefined ? undefined : how.pointerX - origin().left;
      open = { occurrence, pointerX: x, focus: how.focus, hover: how.hover };
      draw();
    },
    close() {
      if (!open) return;
      open = null;
      draw();
    },
    remove: () => ui.remove(),
    isOpenFor: (occurrence) => open?.occurrence === occurrence,
    hoverOpen: () => !!open?.hover,
    overCard(x, y) {
      const card = shadowRoot?.querySelector('.bs-card');
      if (!card) return false;
      const r = card.getBoundingClientRect();
      return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 4 && y <= r.bottom + 4;
    },
    relayout,
  };
}
