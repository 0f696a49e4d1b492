import type { PageMeta } from '../types';

// Reads only what the gate needs: head, the first h1 and the first few paragraphs. It never
// reads the body's whole text, so it costs next to nothing on pages that are not news.

const LEAD_CHARS = 600;
const MAX_LEAD_PARAGRAPHS = 6;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Elements visited at most while looking for the opening paragraphs. */
const MAX_LEAD_ELEMENTS = 3000;
const SHOW_ELEMENT = 1; // NodeFilter.SHOW_ELEMENT, spelt out: the engine uses no DOM globals.

function metaContent(doc: Document, selector: string): string {
  // Only the head: a selector that matches nothing would otherwise walk the whole body.
  const scope = doc.head ?? doc;
  return clean(scope.querySelector(selector)?.getAttribute('content'));
}

/** The first paragraphs, walking the tree in order and stopping early: cost stays flat on huge pages. */
function leadOf(doc: Document): string {
  const container = doc.querySelector('article, main') ?? doc.body;
  if (!container) return '';
  const parts: string[] = [];
  let length = 0;
  const walker = doc.createTreeWalker(container, SHOW_ELEMENT);
  let visited = 0;
  for (let node = walker.nextNode(); node && visited < MAX_LEAD_ELEMENTS; node = walker.nextNode()) {
    visited++;
    if ((node as Element).tagName?.toUpperCase() !== 'P') continue;
    const text = clean(node.textContent);
    if (text.length < 40) continue; // bylines, captions, "Advertisement"
    parts.push(text);
    length += text.length;
    if (length >= LEAD_CHARS || parts.length >= MAX_LEAD_PARAGRAPHS) break;
  }
  return parts.join('\n\n').slice(0, LEAD_CHARS * 2);
}

function urlOf(doc: Document): string {
  try {
    return doc.location?.href || doc.URL || '';
  } catch {
    return '';
  }
}

export function readPageMeta(doc: Document): PageMeta {
  const description = [
    metaContent(doc, 'meta[name="description"]') || metaContent(doc, 'meta[property="og:description"]'),
    metaContent(doc, 'meta[name="news_keywords"]') || metaContent(doc, 'meta[name="keywords"]'),
  ]
    .filter(Boolean)
    .join(' — ');
  const headline = clean(doc.querySelector('h1')?.textContent);
  const title = metaContent(doc, 'meta[property="og:title"]') || clean(doc.title) || headline;
  return {
    url: urlOf(doc),
    title,
    ...(headline ? { headline } : {}),
    ...(description ? { description } : {}),
    lead: leadOf(doc),
  };
}
