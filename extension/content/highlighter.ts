// Draws the matched sentences on the page with the CSS Custom Highlight API, which paints ranges
// without touching the page's DOM. Where the API is missing nothing is painted; "Show in page"
// then falls back to selecting the sentence.
import { createTextAnchor } from '@/engine/extract/map-range';
import type { PageHighlights } from '../protocol';

export type HighlightedClaim = PageHighlights['claims'][number] & { range: Range };

const VERDICT_COLORS: Record<string, string> = {
  supported: 'rgba(46, 160, 67, 0.22)',
  'needs-context': 'rgba(212, 160, 23, 0.28)',
  misleading: 'rgba(230, 120, 20, 0.28)',
  contradicted: 'rgba(220, 50, 47, 0.25)',
  unsupported: 'rgba(120, 120, 120, 0.25)',
  misattributed: 'rgba(150, 60, 200, 0.22)',
};
const FLASH = 'backstory-flash';

interface HighlightRegistry {
  set(name: string, value: unknown): void;
  delete(name: string): boolean;
}

function registry(win: Window): { highlights: HighlightRegistry; Highlight: new (...r: Range[]) => unknown } | null {
  const css = (win as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (win as unknown as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && typeof Highlight === 'function' ? { highlights: css.highlights, Highlight } : null;
}

let sheet: CSSStyleSheet | undefined;

/** The ::highlight rules, as a constructed stylesheet: adopted by the document, no DOM node. */
function adoptStyles(doc: Document): void {
  if (sheet || typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc)) return;
  sheet = new CSSStyleSheet();
  const rules = Object.entries(VERDICT_COLORS).map(
    ([verdict, color]) => `::highlight(backstory-${verdict}) { background-color: ${color}; }`,
  );
  rules.push(`::highlight(${FLASH}) { background-color: rgba(255, 200, 0, 0.7); }`);
  sheet.replaceSync(rules.join('\n'));
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
}

export interface Highlighter {
  claims: HighlightedClaim[];
  /** Briefly paints one sentence brighter. */
  flash(claim: HighlightedClaim, ms?: number): void;
  clear(): void;
}

/** Characters of page text indexed per task while looking for the sentences. */
const INDEX_CHUNK = 250_000;

/**
 * Finds each matched sentence on the page and paints it. Indexing a huge page is spread over
 * several tasks (`yieldToPage` between chunks), so the page stays responsive.
 */
export async function highlightClaims(
  doc: Document,
  page: PageHighlights,
  paint: boolean,
  yieldToPage: () => Promise<void>,
): Promise<Highlighter> {
  const anchor = createTextAnchor(doc);
  const claims: HighlightedClaim[] = [];
  for (const c of page.claims) {
    let r = anchor.mapRange(page.text, c.start, c.end, { extend: false });
    while (!r) {
      const more = anchor.indexMore(INDEX_CHUNK);
      r = anchor.mapRange(page.text, c.start, c.end, { extend: false });
      if (r || !more) break;
      await yieldToPage();
    }
    if (!r) continue;
    const range = doc.createRange();
    range.setStart(r.startNode, r.startOffset);
    range.setEnd(r.endNode, r.endOffset);
    claims.push({ ...c, range });
  }
  const win = doc.defaultView;
  const api = win && paint ? registry(win) : null;
  const names = new Set<string>();
  if (api) {
    adoptStyles(doc);
    const byVerdict = new Map<string, Range[]>();
    for (const c of claims) byVerdict.set(c.verdict, [...(byVerdict.get(c.verdict) ?? []), c.range]);
    for (const [verdict, ranges] of byVerdict) {
      names.add(`backstory-${verdict}`);
      api.highlights.set(`backstory-${verdict}`, new api.Highlight(...ranges));
    }
  }
  let flashTimer: ReturnType<typeof setTimeout> | undefined;
  return {
    claims,
    flash(claim, ms = 1600) {
      const flashApi = win ? registry(win) : null;
      if (!flashApi) {
        // No Highlight API: select the sentence so the reader still sees where it is.
        const selection = win?.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(claim.range);
        return;
      }
      adoptStyles(doc);
      flashApi.highlights.set(FLASH, new flashApi.Highlight(claim.range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => flashApi.highlights.delete(FLASH), ms);
    },
    clear() {
      clearTimeout(flashTimer);
      if (!api) return;
      for (const name of names) api.highlights.delete(name);
      api.highlights.delete(FLASH);
    },
  };
}

/** Scrolls the sentence to the middle of the viewport. */
export function scrollToClaim(claim: HighlightedClaim): void {
  const node = claim.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

/** The highlighted claim under a viewport point, if any. */
export function claimAtPoint(doc: Document, claims: HighlightedClaim[], x: number, y: number): HighlightedClaim | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | undefined;
  let offset = 0;
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) {
    node = pos.offsetNode;
    offset = pos.offset;
  } else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) {
      node = r.startContainer;
      offset = r.startOffset;
    }
  }
  if (!node) return null;
  for (const c of claims) {
    try {
      if (c.range.isPointInRange(node, offset)) {
        // The caret is between characters: also require the point to lie over the text itself.
        const inside = Array.from(c.range.getClientRects()).some(
          (rect) => x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom,
        );
        if (inside) return c;
      }
    } catch {
      // A range whose nodes left the document: ignore it.
    }
  }
  return null;
}
