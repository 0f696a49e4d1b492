// The whole page in one call (tests and tools). Kept apart from analyze.ts so that code which
// only analyses text (the extension's background) does not bundle the extractor.
import { type AnalyzeOptions, analyzeText } from './analyze';
import { extractArticle, metaForArticle } from './extract/extract-article';
import { readPageMeta } from './gate/read-page-meta';
import type { LoadedIndex } from './match/load-index';
import type { AnalysisResult } from './types';

/** The whole page: cheap meta, the article text (from a copy of `doc`), then analyzeText. */
export function analyzeDocument(doc: Document, index: LoadedIndex, options: AnalyzeOptions = {}): AnalysisResult {
  const article = extractArticle(doc);
  return analyzeText(article.text, metaForArticle(readPageMeta(doc), article), index, options);
}
