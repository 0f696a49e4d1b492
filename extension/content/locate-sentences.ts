// Finds each matched sentence on the page as a DOM Range. Nothing is registered with the page
// (no CSS.highlights entry, no element): the overlay draws the marks in its closed shadow root.
import { createTextAnchor } from '@/engine/extract/map-range';
import type { PageHighlights } from '../protocol';

export type LocatedClaim = PageHighlights['claims'][number] & { range: Range };

/** Characters of page text indexed per task while looking for the sentences. */
const INDEX_CHUNK = 250_000;

/**
 * Finds each matched sentence on the page. Indexing a huge page is spread over several tasks
 * (`yieldToPage` between chunks), so the page stays responsive.
 */
export async function locateClaims(
  doc: Document,
  page: PageHighlights,
  yieldToPage: () => Promise<void>,
): Promise<LocatedClaim[]> {
  const anchor = createTextAnchor(doc);
  const claims: LocatedClaim[] = [];
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
  return claims;
}

/** Scrolls the sentence to the middle of the viewport. */
export function scrollToClaim(claim: LocatedClaim): void {
  const node = claim.range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

/** The highlighted claim under a viewport point, if any. */
export function claimAtPoint(doc: Document, claims: LocatedClaim[], x: number, y: number): LocatedClaim | null {
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

/** The claim whose sentence holds a node (a link or button the reader tabbed to), if any. */
export function claimAtNode(claims: LocatedClaim[], node: Node): LocatedClaim | null {
  for (const c of claims) {
    try {
      if (c.range.intersectsNode(node)) return c;
    } catch {
      // A range whose nodes left the document: ignore it.
    }
  }
  return null;
}
