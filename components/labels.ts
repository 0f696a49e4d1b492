// Words the popup shows for the dataset's codes. Verdicts are always spelled out so colour is never the only signal.
import type { SourceKind } from '@/dataset/schema/registry';
import type { Verdict } from '@/engine/types';

export const VERDICT_LABEL: Record<Verdict, string> = {
  supported: 'Supported',
  'needs-context': 'Needs context',
  misleading: 'Misleading',
  contradicted: 'Contradicted',
  unsupported: 'Unsupported',
  misattributed: 'Misattributed',
};

/** A glyph per verdict so the chip also differs in shape; hidden from screen readers, which get the word. */
export const VERDICT_ICON: Record<Verdict, string> = {
  supported: '✓',
  'needs-context': 'i',
  misleading: '!',
  contradicted: '✕',
  unsupported: '?',
  misattributed: '≠',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  primary: 'Primary document',
  transcript: 'Transcript',
  news: 'News report',
  reprint: 'Reprint',
  aggregator: 'Aggregator',
  reference: 'Reference',
};
