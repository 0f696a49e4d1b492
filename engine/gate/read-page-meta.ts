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

/** The head's <meta> contents by name or property, read in one pass (first one wins). */
function metaContents(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  // Only the head: looking for a meta tag must never walk the whole body.
  const metas = (doc.head ?? doc).getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i] as Element;
    for (const attribute of ['name', 'property']) {
      const key = meta.getAttribute(attribute)?.toLowerCase();
      if (key && !out.has(key)) out.set(key, clean(meta.getAttribute('content')));
    }
  }
  return out;
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
  const metas = metaContents(doc);
  const meta = (key: string) => metas.get(key) ?? '';
  const description = [meta('description') || meta('og:description'), meta('news_keywords') || meta('keywords')]
    .filter(Boolean)
    .join(' — ');
  const headline = clean(doc.querySelector('h1')?.textContent);
  const title = meta('og:title') || clean(doc.title) || headline;
  return {
    url: urlOf(doc),
    title,
    ...(headline ? { headline } : {}),
    ...(description ? { description } : {}),
    lead: leadOf(doc),
  };
}
