// A passage the reader chose (a selection, pasted text): the article path's own analysis, minus
// the story gate, since the reader has already said the text is worth checking.
import { analyzeText } from './analyze';
import type { LoadedIndex } from './match/load-index';
import type { ClaimMatch } from './types';

/** Passages beyond this are cut: a selection of a whole page is an article, not a passage. */
export const MAX_PASSAGE_CHARS = 20_000;

export interface PassageMatch extends ClaimMatch {
  /** The sentence of the passage that makes the claim. */
  sentence: string;
}

/** The catalogue claims the passage makes, in passage order, each once (at its first sentence). */
export function analyzePassage(passage: string, index: LoadedIndex): PassageMatch[] {
  const text = typeof passage === 'string' ? passage.slice(0, MAX_PASSAGE_CHARS) : '';
  if (!text.trim()) return [];
  const result = analyzeText(text, { url: '', title: '' }, index, { always: true });
  const seen = new Set<string>();
  return result.matches
    .filter((m) => !seen.has(m.claimId) && seen.add(m.claimId))
    .map((m) => ({ ...m, sentence: result.text.slice(m.start, m.end).trim() }));
}
