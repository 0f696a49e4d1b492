// The reading of one sentence: its form, what it hedges and negates, who asserts which part,
// and which noun phrases only name the story as a topic. Offsets are character offsets into the
// sentence string that was read.

/** 'demand': a request or demand ("asked Washington to provide proof"): its content is wanted,
 * not asserted. */
export type Stance = 'assert' | 'deny' | 'question' | 'allege' | 'admit' | 'report' | 'demand';

/** A cue and the region it governs. A negation's region runs from the cue to the end of its
 * clause; a hedge's region is the clause that holds the cue (or the content of a speculation
 * verb); a topic's region is the whole noun phrase. */
export interface Span {
  cue: string;
  start: number;
  end: number;
}

export interface Attribution {
  /** Surface text of the speaker, or null when none is named ("it was reported"). */
  speaker: string | null;
  speakerStart: number;
  speakerEnd: number;
  /** "a source said", "officials said", "according to people familiar", or no speaker at all. */
  unnamed: boolean;
  /** Lemma of the speech verb (or of the noun: "denial" gives deny; "according to" gives accord). */
  verb: string;
  stance: Stance;
  contentStart: number;
  contentEnd: number;
  /** The speech verb is under a negation ("few deny", "no one disputes", "did not say"). A negated
   * denial has stance 'assert': its content is asserted by the negated speakers. Any other negated
   * speech verb ("did not allege that P", "never said P") has stance 'deny': its content is not
   * asserted. A negated indirect question ("did not say whether P") stays a question. */
  negated: boolean;
  /** Character offsets of the speech verb or noun ("said", "denial", "according to", the colon of
   * a "Name: P" headline). */
  verbStart: number;
  verbEnd: number;
  /** Who passes the words on ("Frolov quoted Putin as saying": speaker Putin, relayedBy Frolov). */
  relayedBy: string | null;
}

export interface SentenceReading {
  /** A direct question, not one that is only reported ("he asked whether…"). */
  question: boolean;
  /** No finite verb: a headline or label. */
  heading: boolean;
  hedges: Span[];
  negations: Span[];
  attributions: Attribution[];
  topics: Span[];
}
