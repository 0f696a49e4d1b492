// readSentence: the reading of one sentence, by general rules, the same for every claim.
// Pure and deterministic; never throws (an input the tagger cannot read gives an empty reading).
import { findAttributions } from './attributions';
import { isHeading, isQuestion } from './form';
import { findHedges } from './hedges';
import { findNegations } from './negations';
import { type Token, tokenize } from './tokens';
import { findTopics } from './topics';
import type { Attribution, SentenceReading, Span } from './types';

export type { Attribution, SentenceReading, Span, Stance } from './types';

/** A reading that finds nothing: for empty input, and where the tagger fails. A new object each
 * time, so no caller can change another's. */
function emptyReading(): SentenceReading {
  return { question: false, heading: false, hedges: [], negations: [], attributions: [], topics: [] };
}

export function readSentence(sentence: string): SentenceReading {
  if (typeof sentence !== 'string' || sentence.trim() === '') return emptyReading();
  try {
    return readSentenceUnguarded(sentence);
  } catch {
    return emptyReading();
  }
}

/** The reading without the guard that turns a failure into an empty reading (for tests: the
 * rules themselves must not throw). */
export function readSentenceUnguarded(sentence: string): SentenceReading {
  // The rules and the model are English: text mostly in another script gets an empty reading.
  if (!mostlyLatin(sentence)) return emptyReading();
  return readTokens(tokenize(sentence), sentence);
}

function readTokens(tokens: Token[], sentence: string): SentenceReading {
  const { attributions, tailBoundaries, negatorsOfSpeech, verbTokens } = findAttributions(tokens, sentence);
  const open: Span[] = [];
  const negations = withinContent(
    findNegations(tokens, sentence, tailBoundaries, negatorsOfSpeech, open),
    attributions,
  );
  return {
    question: isQuestion(tokens, (k) => verbTokens.has(k)),
    heading: isHeading(tokens),
    hedges: [...notNegatedAbility(findHedges(tokens, tailBoundaries, attributions), negations), ...open].sort(
      (x, y) => x.start - y.start,
    ),
    negations,
    attributions,
    topics: findTopics(tokens, attributions),
  };
}

/** A cue inside reported content ("Putin's claim that they did not act | drew scepticism") reaches
 * no further than that content. */
function withinContent(spans: Span[], attributions: readonly Attribution[]): Span[] {
  return spans.map((sp) => {
    let end = sp.end;
    for (const a of attributions)
      if (a.contentStart <= sp.start && sp.start < a.contentEnd && a.contentEnd < end) end = a.contentEnd;
    return end === sp.end ? sp : { ...sp, end };
  });
}

/** "no indications that the state could have been involved": a possibility under a negation is
 * denied, not guessed at; "could" there is no hedge. */
function notNegatedAbility(hedges: Span[], negations: readonly Span[]): Span[] {
  return hedges.filter((h) => !(/^could$/i.test(h.cue) && negations.some((n) => n.start < h.start && h.start < n.end)));
}

/** At least half of the letters are Latin ones. */
function mostlyLatin(sentence: string): boolean {
  const letters = sentence.match(/\p{L}/gu)?.length ?? 0;
  const latin = sentence.match(/\p{Script=Latin}/gu)?.length ?? 0;
  return letters === 0 || latin * 2 >= letters;
}
