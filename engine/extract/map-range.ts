import { SKIP_TAGS } from './block-text';

// Offsets in the extracted article text → positions in the LIVE page's text nodes. Extraction
// works on a copy and rewrites whitespace, so offsets cannot be carried over; instead the
// sentence is searched for in the page's visible text with all whitespace ignored, as
// text-quote anchoring does. The page is indexed once per anchor, then each lookup is a search.

export interface TextRange {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

export interface TextAnchor {
  /** Where `text.slice(start, end)` is on the page, or null when the page does not show it. */
  mapRange(text: string, start: number, end: number): TextRange | null;
}

const SHOW_TEXT = 4; // NodeFilter.SHOW_TEXT, spelt out: the engine uses no DOM globals.

interface PageIndex {
  /** The page's visible text with all whitespace removed. */
  compact: string;
  nodes: Text[];
  /** For each character of `compact`: index into `nodes` and offset in that node. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
}

function isSkipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (SKIP_TAGS.has(el.tagName.toUpperCase())) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  }
  return false;
}

function indexPage(doc: Document): PageIndex {
  const root = doc.body ?? doc.documentElement;
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeIds: number[] = [];
  const offsets: number[] = [];
  if (root) {
    const walker = doc.createTreeWalker(root, SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const value = node.nodeValue ?? '';
      if (!/\S/.test(value) || isSkipped(node, root)) continue;
      const id = nodes.push(node as Text) - 1;
      for (let i = 0; i < value.length; i++) {
        const c = value[i] as string;
        if (/\s/.test(c)) continue;
        chars.push(c);
        nodeIds.push(id);
        offsets.push(i);
      }
    }
  }
  return {
    compact: chars.join(''),
    nodes,
    nodeOf: Int32Array.from(nodeIds),
    offsetOf: Int32Array.from(offsets),
  };
}

/** Indexes the page's visible text once; the anchor then maps any number of ranges. */
export function createTextAnchor(doc: Document): TextAnchor {
  let page: PageIndex | null = null;
  return {
    mapRange(text, start, end) {
      if (!(start >= 0 && end > start && end <= text.length)) return null;
      const quote = text.slice(start, end).replace(/\s+/g, '');
      if (!quote) return null;
      page ??= indexPage(doc);
      // Of several occurrences, take the one at the most similar relative position.
      const hint = (start / Math.max(text.length, 1)) * page.compact.length;
      let best = -1;
      for (let at = page.compact.indexOf(quote); at >= 0; at = page.compact.indexOf(quote, at + 1)) {
        if (best < 0 || Math.abs(at - hint) < Math.abs(best - hint)) best = at;
        if (at > hint) break;
      }
      if (best < 0) return null;
      const last = best + quote.length - 1;
      return {
        startNode: page.nodes[page.nodeOf[best] as number] as Text,
        startOffset: page.offsetOf[best] as number,
        endNode: page.nodes[page.nodeOf[last] as number] as Text,
        endOffset: (page.offsetOf[last] as number) + 1,
      };
    },
  };
}

/** One-off form of createTextAnchor(doc).mapRange; index the page once when mapping many. */
export function mapRange(doc: Document, text: string, start: number, end: number): TextRange | null {
  return createTextAnchor(doc).mapRange(text, start, end);
}
