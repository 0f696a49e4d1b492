import { parseHTML } from 'linkedom';
import { extractArticle, metaForArticle } from '../../engine/extract/extract-article';
import { readPageMeta } from '../../engine/gate/read-page-meta';
import { parsePageText } from '../../engine/read-page-file';
import type { PageMeta } from '../../engine/types';
import { MAX_ARTICLE_CHARS } from '../../extension/protocol';
import { CliError } from './cli-error';
import { readTextInput } from './read-input';

export interface PageInput {
  meta: PageMeta;
  text: string;
  /** What was left out of a huge input, for the report to say. */
  cut?: string;
}

/** Parses HTML with linkedom, as the CLI and the bench do; the engine takes the Document. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A parsed HTML file, or a CliError where the file is not one; `html` is its text already read. */
export function parseHtmlFile(name: string, html: string): Document {
  let doc: Document;
  try {
    doc = parseHtmlDocument(html);
  } catch (error) {
    throw new CliError(`${name}: not a readable HTML page (${error instanceof Error ? error.message : String(error)})`);
  }
  if (!doc.documentElement || !doc.body) throw new CliError(`${name}: no HTML page in it (no <html> or <body>)`);
  return doc;
}

function looksLikeHtml(name: string, content: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(content.slice(0, 500));
}

/**
 * A page from a file (`-` is stdin): HTML is parsed and extracted, text uses the corpus format.
 * As in the browser, only the first MAX_ARTICLE_CHARS of the article text are analysed.
 */
export function readPage(name: string): PageInput {
  const { text: content, cutFromBytes } = readTextInput(name);
  const cuts: string[] = [];
  if (cutFromBytes !== undefined)
    cuts.push(`read the first ${(content.length / 1e6).toFixed(1)} MB of ${(cutFromBytes / 1e6).toFixed(1)} MB`);
  let page: { meta: PageMeta; text: string };
  if (looksLikeHtml(name, content)) {
    const doc = parseHtmlFile(name, content);
    const article = extractArticle(doc);
    page = { meta: metaForArticle(readPageMeta(doc), article), text: article.text };
  } else page = parsePageText(content);
  if (page.text.trim() === '') throw new CliError(`${name}: no text to analyse in it`);
  if (page.text.length > MAX_ARTICLE_CHARS) {
    cuts.push(
      `analysed the first ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters of ${page.text.length.toLocaleString('en')}, as the extension does`,
    );
    page.text = page.text.slice(0, MAX_ARTICLE_CHARS);
  }
  return { ...page, cut: cuts.length ? cuts.join('; ') : undefined };
}
