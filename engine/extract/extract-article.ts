import { Readability } from '@mozilla/readability';
import type { PageMeta } from '../types';
import { blockText, blockTextSteps, runToEnd } from './block-text';

export interface ExtractedArticle {
  title: string;
  /** The article text, blocks separated by blank lines; offsets of the analysis refer to it. */
  text: string;
  /** Which extractor produced the text. */
  method: 'readability' | 'fallback';
}

/** Below this many characters Readability probably kept a teaser or a caption, not the article. */
const MIN_ARTICLE_CHARS = 400;

/** Page parts that are never the article and that Readability sometimes keeps (ads, comments). */
const CLUTTER_SELECTOR = [
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  '[aria-hidden="true"]',
  '[hidden]',
  '.comments',
  '#comments',
  '.comment',
  '.advert',
  '.ad',
  '.ads',
  '.related',
  '.newsletter',
  '.share',
  '.social',
  '[class*="advert"]',
  '[id*="comments"]',
].join(',');

/** Page chrome, removed as well when we pick the text ourselves. */
const CHROME_SELECTOR = [
  CLUTTER_SELECTOR,
  'nav',
  'aside',
  'footer',
  'header',
  'form',
  'button',
  'svg',
  '[role="navigation"]',
  '[role="banner"]',
  '[role="contentinfo"]',
  '[role="complementary"]',
].join(',');

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** og:title, else a headline-length h1, else the document title: sites' <title> adds their name. */
export function pageTitle(doc: Document): string {
  const og = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  const h1 = clean(doc.querySelector('h1')?.textContent);
  return og || (h1.length >= 15 ? h1 : '') || clean(doc.title) || h1;
}

function removeAll(root: ParentNode, selector: string): void {
  for (const element of Array.from(root.querySelectorAll(selector))) element.remove();
}

function withReadability(doc: Document): ExtractedArticle | null {
  try {
    // Readability rewrites the document it is given: hand it a copy, never the live page.
    const copy = doc.cloneNode(true) as Document;
    if (copy.body) removeAll(copy.body, CLUTTER_SELECTOR);
    const article = new Readability<Node>(copy, { serializer: (node) => node }).parse();
    if (!article?.content) return null;
    const text = blockText(article.content);
    return { title: pageTitle(doc) || clean(article.title), text, method: 'readability' };
  } catch {
    return null;
  }
}

/** Paragraphs looked at between two pauses of the fallback. */
const PARAGRAPHS_PER_STEP = 100;

/**
 * The element holding the most paragraph text, page chrome left out. It only reads the live
 * page (no copy: copying a huge page is itself a long task) and pauses as it goes.
 */
function* fallbackSteps(doc: Document): Generator<void, ExtractedArticle> {
  const title = pageTitle(doc);
  const body = doc.body;
  if (!body) return { title, text: '', method: 'fallback' };
  const inChrome = (element: Element) => element.matches(CHROME_SELECTOR);
  const totals = new Map<Element, number>();
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    if (i % PARAGRAPHS_PER_STEP === PARAGRAPHS_PER_STEP - 1) yield;
    const p = paragraphs[i] as Element;
    if (p.closest(CHROME_SELECTOR)) continue;
    const parent = p.parentElement;
    if (parent) totals.set(parent, (totals.get(parent) ?? 0) + (p.textContent?.length ?? 0));
  }
  let best: Element | null = null;
  let bestChars = 0;
  for (const [element, chars] of totals) {
    if (chars > bestChars) [best, bestChars] = [element, chars];
  }
  const root = best && bestChars >= MIN_ARTICLE_CHARS ? best : body;
  return { title, text: yield* blockTextSteps(root, inChrome), method: 'fallback' };
}

/** Beyond these, Readability's cost grows faster than the page (it walks ancestors per node). */
const READABILITY_MAX_ELEMENTS = 30_000;
const READABILITY_MAX_DEPTH = 200;
const READABILITY_MAX_CHARS = 80_000;

/** A cheap look at the page's shape: an element count, one text read and one paragraph's ancestry. */
function suitsReadability(doc: Document): boolean {
  if (doc.getElementsByTagName('*').length > READABILITY_MAX_ELEMENTS) return false;
  if ((doc.body?.textContent?.length ?? 0) > READABILITY_MAX_CHARS) return false;
  let depth = 0;
  for (let node: Node | null = doc.querySelector('p'); node && depth <= READABILITY_MAX_DEPTH; node = node.parentNode)
    depth++;
  return depth <= READABILITY_MAX_DEPTH;
}

/**
 * The article of a page: Readability on a copy of the document, or, where it finds nothing or
 * too little, or where the page is too large or too deep for it, the largest block of
 * paragraphs. Never throws, never changes `doc`. A generator: it pauses between steps so that
 * the content script can give the page its main thread back (Readability itself is one step).
 */
export function* extractArticleSteps(doc: Document): Generator<void, ExtractedArticle> {
  const readable = suitsReadability(doc) ? withReadability(doc) : null;
  if (readable && readable.text.length >= MIN_ARTICLE_CHARS) return readable;
  yield;
  const fallback = yield* fallbackSteps(doc);
  // Both short: the fallback has the page chrome removed, so it wins unless it found nothing.
  return fallback.text || !readable ? fallback : readable;
}

/** extractArticleSteps in one go. */
export function extractArticle(doc: Document): ExtractedArticle {
  return runToEnd(extractArticleSteps(doc));
}

/** The page's meta with the extracted article's title and headline filled in where the page lacks them. */
export function metaForArticle(meta: PageMeta, article: ExtractedArticle): PageMeta {
  return { ...meta, title: article.title || meta.title, headline: meta.headline || article.title };
}
