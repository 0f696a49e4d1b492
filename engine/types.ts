// Plain data shared by every part of the engine, the extension and the CLI tools.
// The engine imports no WXT, polyfill, Preact or DOM globals: only these shapes cross its border.

export type Verdict = 'supported' | 'needs-context' | 'misleading' | 'contradicted' | 'unsupported' | 'misattributed';

export type ClaimKind = 'fact' | 'quote' | 'framing';

/** A page as the engine sees it before extraction: cheap fields first, body text on demand. */
export interface PageMeta {
  url: string;
  title: string;
  headline?: string;
  description?: string;
  /** The opening paragraphs (a few hundred characters), enough for the gate. */
  lead?: string;
}

export interface GateResult {
  /** true when the page may be about the story and deserves a full analysis. */
  pass: boolean;
  score: number;
  /** Terms that made the gate score, for debugging and the popup. */
  terms: string[];
}

export interface StoryDetection {
  aboutStory: boolean;
  score: number;
  /** The strongest evidence terms, best first, so the popup can say why. */
  evidence: string[];
}

/** A sentence of the article text with its character offsets into that text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

/** One catalogue claim found in one sentence. Offsets are into the article text. */
export interface ClaimMatch {
  claimId: string;
  start: number;
  end: number;
  score: number;
  /** What made the match: proposition parts, quote fragments, numbers, the reading; human readable. */
  evidence: string[];
  /** Who, per the sentence, asserts what it says ("Lavrov", "the indictment"), when it names someone. */
  speaker?: string;
}

export interface AnalysisResult {
  aboutStory: boolean;
  score: number;
  evidence: string[];
  /** The article text the offsets refer to. */
  text: string;
  title: string;
  matches: ClaimMatch[];
}
