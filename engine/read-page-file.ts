import type { PageMeta } from './types';

// Plain-text pages come in the corpus format: "URL: ..." and "TITLE: ..." on the first two
// lines, a blank line, then the text. A text without that header is taken as an article whose
// first non-empty line is its headline (the seed article is one).

export interface PageText {
  meta: PageMeta;
  text: string;
}

const LEAD_CHARS = 600;

// The corpus marks reconstructed titles with notes such as "(title from URL slug)"; they are
// not part of any page's title.
const TITLE_NOTE = /\s*\((?:title from|no headline)[^)]*\)\s*$/i;

export function parsePageText(content: string, url = ''): PageText {
  const source = content.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const header = /^URL:[ \t]*(.*)\n(?:TITLE:[ \t]*(.*)\n)?\n?/.exec(source);
  if (header) {
    const text = source.slice(header[0].length);
    const title = (header[2] ?? '').replace(TITLE_NOTE, '').trim();
    return { meta: metaOf(header[1]?.trim() || url, title, text), text };
  }
  const firstLine = /^\s*(.*)/.exec(source.slice(0, 2000))?.[1]?.trim() ?? '';
  return { meta: metaOf(url, firstLine.slice(0, 300), source), text: source };
}

function metaOf(url: string, title: string, text: string): PageMeta {
  return { url, title, headline: title || undefined, lead: text.slice(0, LEAD_CHARS).trim() };
}
