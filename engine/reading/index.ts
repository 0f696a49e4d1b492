export { readSentence } from './read-sentence';
export type { Attribution, SentenceReading, Span, Stance } from './types';
