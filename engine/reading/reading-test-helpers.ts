// Helpers for the reading tests: the text a span or an attribution covers.
import { readSentence } from './read-sentence';
import type { Attribution, SentenceReading, Span } from './types';

export interface Read {
  sentence: string;
  reading: SentenceReading;
  /** Text of each span, in order. */
  texts: (spans: readonly Span[]) => string[];
  /** The single attribution (fails the caller's expectation when there are none or several). */
  only: () => Attribution & { content: string };
  /** Attributions with their content text. */
  all: () => (Attribution & { content: string })[];
}

export function read(sentence: string): Read {
  const reading = readSentence(sentence);
  const withContent = (a: Attribution) => ({ ...a, content: sentence.slice(a.contentStart, a.contentEnd) });
  return {
    sentence,
    reading,
    texts: (spans) => spans.map((s) => sentence.slice(s.start, s.end)),
    only: () => {
      if (reading.attributions.length !== 1)
        throw new Error(`expected one attribution, got ${reading.attributions.length}: ${sentence}`);
      return withContent(reading.attributions[0] as Attribution);
    },
    all: () => reading.attributions.map(withContent),
  };
}
