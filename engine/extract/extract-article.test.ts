import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractArticle } from './extract-article';
import { createTextAnchor, mapRange } from './map-range';

const parse = (html: string) => parseHTML(html).document as unknown as Document;

const PAGE = `<!doctype html><html><head><title>Paper | Kremlin rejects charges</title></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<div class="ad"><p>Advertisement: buy a new sofa today and pay nothing until spring.</p></div>
<main><article><h1>Kremlin rejects charges over election meddling</h1>
<p>The Kremlin said on Monday that the charges against thirteen Russians proved nothing about the Russian state, and that Russia had not meddled in the American election.</p>
<p>Officials in Washington said the evidence was <em>clear</em>   and that the case would go on, whatever Moscow said about it in public.</p>
<p>Analysts expect the dispute to last for months, with more sanctions likely to follow before the end of the year.</p>
</article><section class="comments"><p>Reader: fake news, all of it, every single word.</p></section></main>
<footer><p>Copyright Paper</p></footer></body></html>`;

describe('extractArticle', () => {
  test('keeps the article and drops navigation, ads and comments', () => {
    const article = extractArticle(parse(PAGE));
    expect(article.title).toBe('Kremlin rejects charges over election meddling');
    expect(article.text).toContain('proved nothing about the Russian state');
    expect(article.text).toContain('the evidence was clear and that');
    for (const noise of ['Advertisement', 'fake news', 'Copyright', 'Home']) {
      expect(article.text).not.toContain(noise);
    }
  });

  test('leaves the live document untouched', () => {
    const doc = parse(PAGE);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  test('falls back to the largest block of paragraphs when Readability finds little', () => {
    const doc = parse('<html><body><nav>Menu</nav><div><p>Short.</p></div><footer>Foot</footer></body></html>');
    expect(extractArticle(doc)).toEqual({ title: '', text: 'Short.', method: 'fallback' });
  });

  test('random HTML never throws', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('p', 'div', 'h1', 'article', 'script'),
        (text, tag) => {
          const doc = parse(`<html><body><${tag}>${text}</${tag}><p>${text}</p></body></html>`);
          const article = extractArticle(doc);
          expect(typeof article.text).toBe('string');
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('mapRange', () => {
  test('maps an article sentence back to the live text nodes, across inline markup', () => {
    const doc = parse(PAGE);
    const article = extractArticle(doc);
    const start = article.text.indexOf('Officials in Washington');
    const end = article.text.indexOf('in public.') + 'in public.'.length;
    const range = mapRange(doc, article.text, start, end);
    expect(range).not.toBeNull();
    expect(range?.startNode.nodeValue?.slice(range.startOffset)).toMatch(/^Officials in Washington/);
    expect(range?.endNode.nodeValue?.slice(0, range.endOffset)).toMatch(/in public\.$/);
    expect(range?.startNode).not.toBe(range?.endNode); // runs through <em>clear</em>
  });

  test.each([
    ['text the page does not show', 'A sentence that is not on the page.', 0, 10],
    ['empty range', 'Officials', 3, 3],
    ['range outside the text', 'Officials', 5, 50],
  ])('%s gives null', (_name, text, start, end) => {
    expect(createTextAnchor(parse(PAGE)).mapRange(text, start, end)).toBeNull();
  });

  test('ignores script text', () => {
    const doc = parse(
      '<html><body><script>var quote = "Moscow denied it";</script><p>Moscow denied it.</p></body></html>',
    );
    const range = mapRange(doc, 'Moscow denied it.', 0, 16);
    expect(range?.startNode.parentElement?.tagName).toBe('P');
  });
});

describe('hostile shapes', () => {
  test('a page nested deeper than Readability handles well is extracted by the fallback', () => {
    const paragraphs =
      '<p>The Kremlin denied that Russia meddled in the 2016 election, a spokesman said on Friday.</p>'.repeat(8);
    const doc = parse(`<html><body>${'<div>'.repeat(300)}${paragraphs}${'</div>'.repeat(300)}</body></html>`);
    const article = extractArticle(doc);
    expect(article.method).toBe('fallback');
    expect(article.text).toContain('The Kremlin denied that Russia meddled');
  });

  test('the page is indexed in chunks: nothing is found before indexing, everything after', () => {
    const doc = parse(
      `<html><body>${'<p>Filler words for the page.</p>'.repeat(200)}<p>Moscow denied it.</p></body></html>`,
    );
    const anchor = createTextAnchor(doc);
    expect(anchor.mapRange('Moscow denied it.', 0, 17, { extend: false })).toBeNull();
    let chunks = 0;
    while (anchor.indexMore(1_000)) chunks++;
    expect(chunks).toBeGreaterThan(1);
    expect(anchor.mapRange('Moscow denied it.', 0, 17, { extend: false })?.startNode.nodeValue).toBe(
      'Moscow denied it.',
    );
  });

  test('two claims on one sentence map to the same range, in either order', () => {
    const doc = parse('<html><body><p>First one here.</p><p>Moscow denied it.</p></body></html>');
    const anchor = createTextAnchor(doc);
    const text = 'First one here. Moscow denied it.';
    const a = anchor.mapRange(text, 16, 33);
    const b = anchor.mapRange(text, 16, 33);
    const c = anchor.mapRange(text, 0, 15);
    expect([a?.startOffset, b?.startOffset, c?.startNode.nodeValue]).toEqual([0, 0, 'First one here.']);
  });
});
