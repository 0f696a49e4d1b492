import { type AnalyzeOptions, analyzeText } from '../../engine/analyze';
import type { AnalysisResult, PageMeta } from '../../engine/types';
import { buildIndexFromDisk } from './build-index-from-disk';

export type Analyze = (text: string, meta: PageMeta, options?: AnalyzeOptions) => AnalysisResult;

/** The full engine over the validated dataset; throws (with the dataset's problems) when it does not load. */
export function loadPipeline(): Analyze {
  const index = buildIndexFromDisk();
  return (text, meta, options) => analyzeText(text, meta, index, options);
}
