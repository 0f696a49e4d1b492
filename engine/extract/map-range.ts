import { SKIP_TAGS } from './block-text';

// Offsets in the extracted article text → positions in the LIVE page's text nodes. Extraction
// works on a copy and rewrites whitespace, so offsets cannot be carried over; instead the
// sentence is searched for in the page's visible text with all whitespace ignored, as
// text-quote anchoring does. The page is indexed lazily, in document order, only as far as the
// lookups need (an article usually comes before a page's comments), and in chunks a caller can
// spread over several tasks (indexMore), so a 5 MB page never costs one long task.

export interface TextRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface TextAnchor {
  /**
   * Where `text.slice(start, end)` is on the page, or null when the page does not show it.
   * With `extend: false` only the part of the page indexed so far is searched.
   */
  mapRange(text: string, start: number, end: number, options?: { extend?: boolean }): TextRange | null;
  /** Indexes about `chars` more characters of the page; false once the whole page is indexed. */
  indexMore(chars: number): boolean;
}

const ELEMENT_NODE = 1; // Node constants, spelt out: the engine uses no DOM globals.
const TEXT_NODE = 3;

interface PageIndex {
  /** The indexed part of the page's visible text, with all whitespace removed. */
  compact: string;
  nodes: Text[];
  /** Where each node's text starts in `compact`; ascending, one per node. */
  starts: number[];
  /** The next node to look at, in document order; null once the page is indexed. */
  next: Node | null;
  root: Node | null;
}

function isHiddenElement(el: Element): boolean {
  return (
    SKIP_TAGS.has(el.tagName.toUpperCase()) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true'
  );
}

/** The node after `node` in document order, not entering it when `enter` is false. */
function following(node: Node, root: Node, enter: boolean): Node | null {
  if (enter && node.firstChild) return node.firstChild;
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return at && at !== root ? at.nextSibling : null;
}

// Per node, not per character, without recursion (pages nest 5,000 deep), skipping hidden
// subtrees whole. Returns whether anything is left to index.
function indexMore(page: PageIndex, chars: number): boolean {
  const root = page.root;
  let added = 0;
  let node = page.next;
  while (node && root && added < chars) {
    if (node.nodeType === TEXT_NODE) {
      const compact = (node.nodeValue ?? '').replace(/\s+/g, '');
      if (compact) {
        page.nodes.push(node as Text);
        page.starts.push(page.compact.length);
        page.compact += compact;
        added += compact.length;
      }
      node = following(node, root, false);
    } else {
      node = following(node, root, node.nodeType === ELEMENT_NODE && !isHiddenElement(node as Element));
    }
  }
  page.next = node;
  return node !== null;
}

/** The node holding compact position `at`, and the offset in that node's raw text. */
function locate(page: PageIndex, at: number): { node: Text; offset: number } {
  let lo = 0;
  let hi = page.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((page.starts[mid] as number) <= at) lo = mid;
    else hi = mid - 1;
  }
  const node = page.nodes[lo] as Text;
  const value = node.nodeValue ?? '';
  let seen = at - (page.starts[lo] as number);
  for (let i = 0; i < value.length; i++) {
    if (/\s/.test(value[i] as string)) continue;
    if (seen === 0) return { node, offset: i };
    seen--;
  }
  return { node, offset: value.length };
}

/** Indexes the page's visible text as lookups need it; the anchor then maps any number of ranges. */
export function createTextAnchor(doc: Document): TextAnchor {
  const root = doc.body ?? doc.documentElement;
  const page: PageIndex = { compact: '', nodes: [], starts: [], root, next: root?.firstChild ?? null };
  /** Where the previous range ended: sentences are mapped in page order, so search on from there. */
  let cursor = 0;
  const CHUNK = 200_000;
  return {
    indexMore: (chars) => indexMore(page, chars),
    mapRange(text, start, end, options = {}) {
      if (!(start >= 0 && end > start && end <= text.length)) return null;
      const quote = text.slice(start, end).replace(/\s+/g, '');
      if (!quote) return null;
      let at = page.compact.indexOf(quote, cursor);
      while (at < 0 && options.extend !== false && page.next) {
        const searchedTo = Math.max(cursor, page.compact.length - quote.length + 1);
        indexMore(page, CHUNK);
        at = page.compact.indexOf(quote, searchedTo);
      }
      // Not after the previous sentence: an out-of-order lookup, search from the top.
      if (at < 0 && (!page.next || options.extend === false)) at = page.compact.indexOf(quote);
      if (at < 0) return null;
      cursor = at + quote.length;
      const first = locate(page, at);
      const last = locate(page, at + quote.length - 1);
      return { startNode: first.node, startOffset: first.offset, endNode: last.node, endOffset: last.offset + 1 };
    },
  };
}

/** One-off form of createTextAnchor(doc).mapRange; index the page once when mapping many. */
export function mapRange(doc: Document, text: string, start: number, end: number): TextRange | null {
  return createTextAnchor(doc).mapRange(text, start, end);
}
