import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { extractArticle, metaForArticle } from '../../engine/extract/extract-article';
import { readPageMeta } from '../../engine/gate/read-page-meta';
import { parsePageText } from '../../engine/read-page-file';
import type { PageMeta } from '../../engine/types';

export interface PageInput {
  meta: PageMeta;
  text: string;
}

/** Parses HTML with linkedom, as the CLI and the bench do; the engine takes the Document. */
export function parseHtmlDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function looksLikeHtml(name: string, content: string): boolean {
  return /\.x?html?$/i.test(name) || /^\s*(<!doctype html|<html[\s>])/i.test(content.slice(0, 500));
}

/** A page from a file (`-` is stdin): HTML is parsed and extracted, text uses the corpus format. */
export function readPage(name: string): PageInput {
  const content = readFileSync(name === '-' ? 0 : name, 'utf8');
  if (!looksLikeHtml(name, content)) return parsePageText(content);
  const doc = parseHtmlDocument(content);
  const meta = readPageMeta(doc);
  const article = extractArticle(doc);
  return { meta: metaForArticle(meta, article), text: article.text };
}
