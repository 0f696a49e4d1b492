// Mounts the in-page overlay in a shadow root, so page CSS never reaches it and it never shifts
// the page's layout (the host is an overlay of zero size; everything inside is position: fixed).
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { type OverlayClaim, PageOverlay } from '@/components/PageOverlay';
// Inlined into the bundle and handed to the shadow root: no web-accessible stylesheet that a page
// could probe to learn that Backstory is installed.
import overlayCss from '@/components/PageOverlay.css?inline';

export interface OverlayHandle {
  show(claims: OverlayClaim[]): void;
  open(occurrence: number, at: { x: number; y: number } | null): void;
  close(): void;
  remove(): void;
  isOpenFor(occurrence: number): boolean;
}

export async function mountOverlay(
  ctx: ContentScriptContext,
  onChoose: (occurrence: number) => void,
): Promise<OverlayHandle> {
  let claims: OverlayClaim[] = [];
  let open: { occurrence: number; x: number; y: number } | null = null;
  let container: HTMLElement | undefined;
  const draw = () => {
    if (!container) return;
    render(
      claims.length ? (
        <PageOverlay
          claims={claims}
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
    name: 'backstory-overlay',
    // Closed: page scripts cannot reach into the overlay or read what Backstory found.
    mode: 'closed',
    position: 'overlay',
    anchor: 'body',
    append: 'last',
    isolateEvents: true,
    onMount(root, shadow) {
      // A constructed stylesheet, not a <style> element: a page's Content Security Policy
      // (style-src) governs the latter, and would leave the overlay unstyled.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(overlayCss);
      shadow.adoptedStyleSheets = [sheet];
      container = root;
      draw();
    },
    onRemove() {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return {
    show(next) {
      claims = next;
      open = null;
      draw();
    },
    open(occurrence, at) {
      const dock = { x: (globalThis.innerWidth || 1024) - 180, y: (globalThis.innerHeight || 768) - 60 };
      open = { occurrence, ...(at ?? dock) };
      draw();
    },
    close() {
      open = null;
      draw();
    },
    remove: () => ui.remove(),
    isOpenFor: (occurrence) => open?.occurrence === occurrence,
  };
}
