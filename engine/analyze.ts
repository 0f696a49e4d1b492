import { detectStory } from './detect/detect-story';
import type { LoadedIndex } from './match/load-index';
import { matchClaims } from './match/match-claims';
import { splitSentences } from './sentences/split-sentences';
import { tokenizeText } from './text/tokenize-text';
import type { AnalysisResult, ClaimMatch, PageMeta, Sentence } from './types';

export interface AnalyzeOptions {
  /** Match claims even when the page is not about the story (tools and tuning). */
  always?: boolean;
  /** Drop matches scored below this (default MIN_MATCH_SCORE; 0 keeps all, for tuning). */
  minScore?: number;
}

/**
 * The lowest score a match needs to be shown. Chosen by cross-validation over the development
 * articles (npm run eval -- --cv), which reports the held-out figures for it.
 */
export const MIN_MATCH_SCORE = 0;

/** Below this detection score a page is clearly not about the story; above, claims may tip it. */
const BORDERLINE_SCORE = 0.3;

/**
 * The headline as a sentence of `text`: found near the top when the page repeats it, else
 * prepended, so that every match, the headline's included, has offsets into the returned text.
 */
function withHeadline(text: string, title: string): { text: string; headline?: Sentence } {
  const wanted = title.trim();
  if (!wanted) return { text };
  const at = text.slice(0, 3000).indexOf(wanted);
  if (at >= 0) return { text, headline: { text: wanted, start: at, end: at + wanted.length } };
  // Joined flat: a concatenation stays a rope, and every later pass over the text pays for that.
  const joined = [wanted, text].join('\n\n');
  return { text: joined, headline: { text: wanted, start: 0, end: wanted.length } };
}

/** Drops a repeated (claim, sentence) pair; only the headline can repeat a body sentence's. */
function dedupe(matches: ClaimMatch[]): ClaimMatch[] {
  const byStart = new Map<number, ClaimMatch[]>();
  return matches.filter((match) => {
    const same = byStart.get(match.start);
    if (same?.some((other) => other.end === match.end && other.claimId === match.claimId)) return false;
    if (same) same.push(match);
    else byStart.set(match.start, [match]);
    return true;
  });
}

/** Detects the story and, when the page is about it, finds the catalogue claims it makes. */
export function analyzeText(
  text: string,
  meta: PageMeta,
  index: LoadedIndex,
  options: AnalyzeOptions = {},
): AnalysisResult {
  const page = withHeadline(typeof text === 'string' ? text : '', meta.headline || meta.title || '');
  const sentences = splitSentences(page.text);
  // One tokenising pass over the page, shared by detection and every sentence's matching.
  const tokens = tokenizeText(page.text);
  const headline = page.headline;
  const body = headline ? sentences.filter((s) => s.end <= headline.start || s.start >= headline.end) : sentences;
  let detection = detectStory(page.text, meta, { sentences: body, tokens });
  let matches: ClaimMatch[] = [];
  const borderline = !detection.aboutStory && detection.score >= BORDERLINE_SCORE;
  if (detection.aboutStory || borderline || options.always) {
    const tokenized = { text: page.text, tokens };
    matches = dedupe(matchClaims(index, body, headline ? { headline, tokenized } : { tokenized }));
    if (borderline) detection = detectStory(page.text, meta, { sentences: body, tokens, matches });
    if (!detection.aboutStory && !options.always) matches = [];
  }
  const minScore = options.minScore ?? MIN_MATCH_SCORE;
  if (minScore > 0) matches = matches.filter((m) => m.score >= minScore);
  return {
    aboutStory: detection.aboutStory,
    score: detection.score,
    evidence: detection.evidence,
    text: page.text,
    title: meta.title,
    matches: matches.sort((a, b) => a.start - b.start || a.end - b.end),
  };
}
