import type { GateResult, PageMeta } from '../types';

// The gate runs on every page in the content script, so it is a handful of word stems, not the
// detector's concept lists. It is generous on purpose: a page it turns away is never analysed,
// a page it lets through only costs one analysis that the detector then rejects.

/** A Russian-side actor (English and Russian stems). */
const RUSSIA = /(?<![\p{L}])(russia|moscow|kremlin|putin|lavrov|peskov|росси|рф(?![\p{L}])|кремл|путин|москв)/giu;

/** What makes Russia news this story: the election, the meddling, the probes and their fallout. */
const STORY =
  /(?<![\p{L}])(elect|meddl|interfer|hack|collu|indict|sanction|troll|disinform|helsinki|intelligence|dnc(?![\p{L}])|2016|выбор|вмеша|сговор|хакер|санкц|мюллер)/giu;

/** Names that point at the story even without the word Russia. */
const STANDALONE =
  /(?<![\p{L}])(mueller|special counsel|russiagate|internet research agency|troll farm|fancy bear|guccifer|dcleaks)/giu;

function found(pattern: RegExp, text: string): string[] {
  return [...new Set(Array.from(text.matchAll(pattern), (m) => (m[1] ?? m[0]).toLowerCase()))];
}

function slugWords(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return `${hostname} ${decodeURIComponent(pathname)}`.replace(/[-_/.+]+/g, ' ');
  } catch {
    return url.replace(/[-_/.+]+/g, ' ');
  }
}

/** Whether a page may be about the story and deserves a full analysis. */
export function passesGate(meta: PageMeta): GateResult {
  const text = [slugWords(meta.url ?? ''), meta.title, meta.headline, meta.description, meta.lead]
    .filter((part): part is string => typeof part === 'string')
    .join('\n')
    .slice(0, 8000);
  const russia = found(RUSSIA, text);
  const story = found(STORY, text);
  const standalone = found(STANDALONE, text);
  const terms = [...standalone, ...russia, ...story];
  const pass = standalone.length > 0 || (russia.length > 0 && story.length > 0);
  const score = Math.min(1, (standalone.length * 2 + Math.min(russia.length, 2) + Math.min(story.length, 3)) / 6);
  return { pass, score: Math.round(score * 100) / 100, terms };
}
