import type { Attribution, SentenceReading, Span } from '../reading/types';

// One decision rule for every claim: how a sentence stands towards a proposition found in it,
// from the sentence's reading at the proposition's predicate. The same for all claims; nothing
// here knows a claim.

export type Standing =
  /** The sentence (or the speaker it reports) asserts the proposition. */
  | { kind: 'affirms'; speaker: Attribution | null; why: string[] }
  /** The sentence negates it, or reports a denial of it. */
  | { kind: 'denies'; speaker: Attribution | null; why: string[] }
  /** A question, a hedge, a topic mention or a heading: no claim is made. */
  | { kind: 'none'; why: string[] };

/**
 * Adverbs that say where a statement comes from, not that it is uncertain: "allegedly" and
 * "reportedly" report an allegation or a report, which is how coverage states charges.
 */
const EVIDENTIAL = new Set(['allegedly', 'reportedly']);

/**
 * "Never, Putin said when asked whether P": a whether-question answered by the sentence's
 * opening "Never" or "No" is no open question; the answer negates P.
 */
function openingAnswer(reading: SentenceReading): Span | undefined {
  return reading.negations.find((n) => n.start === 0 && /^(never|no)$/i.test(n.cue));
}

function answered(reading: SentenceReading, hedge: Span): boolean {
  return hedge.cue.toLowerCase() === 'whether' && openingAnswer(reading) !== undefined;
}

/** Cues that continue a negation already open rather than start a new one. */
const COORDINATING = new Set(['nor', 'neither', 'or']);

const inside = (at: number, span: { start: number; end: number }) => at >= span.start && at < span.end;

/** The innermost attribution whose content holds the position: who asserts it. */
function attributionAt(reading: SentenceReading, at: number): Attribution | null {
  let best: Attribution | null = null;
  for (const a of reading.attributions) {
    if (at < a.contentStart || at >= a.contentEnd) continue;
    if (!best || a.contentEnd - a.contentStart < best.contentEnd - best.contentStart) best = a;
  }
  return best;
}

/**
 * How the sentence stands towards what is said at [start, end) (offsets into the sentence that
 * was read): questions, headings, hedges and topic mentions make no claim; each negation over
 * it and a reported denial of it turn it around. A claim that is itself a possibility (`hedged`)
 * keeps the hedge as part of what it says; a claim that is itself a demand (`requested`) keeps
 * what is asked for.
 */
export function readAt(
  reading: SentenceReading,
  start: number,
  end: number,
  options: { hedged?: boolean; requested?: boolean } = {},
): Standing {
  if (reading.question) return { kind: 'none', why: ['a question'] };
  if (reading.heading) return { kind: 'none', why: ['a heading, not a statement'] };
  const hedge = options.hedged
    ? undefined
    : reading.hedges.find((h) => inside(start, h) && !EVIDENTIAL.has(h.cue.toLowerCase()) && !answered(reading, h));
  if (hedge) return { kind: 'none', why: [`hedged ("${hedge.cue}")`] };
  const topic = reading.topics.find((t) => inside(start, t) && end <= t.end);
  if (topic) return { kind: 'none', why: [`named as a topic ("${topic.cue}")`] };
  const speaker = attributionAt(reading, start);
  if (speaker?.stance === 'question') return { kind: 'none', why: [`asked, not asserted ("${speaker.verb}")`] };
  // "Mueller did not find that P": P is left unasserted, which is not the same as denied.
  if (speaker?.stance === 'deny' && speaker.negated)
    return { kind: 'none', why: [`not asserted ("${speaker.verb}" negated)`] };
  // What someone demands ("urged Washington to stop meddling") is asked for, not asserted, unless
  // the claim is itself that demand.
  if (speaker?.stance === 'demand' && !options.requested)
    return { kind: 'none', why: [`requested, not asserted ("${speaker.verb}")`] };
  const why: string[] = [];
  let flips = 0;
  const counted: Span[] = [];
  for (const n of reading.negations) {
    if (!inside(start, n)) continue;
    // "not … nor …", "neither … nor …": one negation, however many cues coordinate it.
    if (COORDINATING.has(n.cue.toLowerCase()) && counted.some((c) => c.start < n.start && inside(n.start, c))) continue;
    // The proposition's own words may spell a negation out ("no evidence"): that one is its own.
    if (n.start >= start && n.start < end) continue;
    // A negation over the speech verb ("few deny that P") is spent on the verb: the reading
    // already turned that denial into an assertion.
    if (speaker?.negated && n.start < speaker.contentStart) continue;
    counted.push(n);
    flips++;
    why.push(`negated ("${n.cue}")`);
  }
  // The opening answer to a whether-question reaches the question's content.
  const answer = openingAnswer(reading);
  if (answer && !counted.includes(answer) && reading.hedges.some((h) => inside(start, h) && answered(reading, h))) {
    flips++;
    why.push(`answered "${answer.cue}"`);
  }
  if (speaker?.stance === 'deny') {
    flips++;
    why.push(`denied by ${speaker.speaker ?? 'an unnamed source'} ("${speaker.verb}")`);
  } else if (speaker) {
    why.push(
      `${speaker.stance === 'assert' ? 'asserted' : speaker.stance} by ${speaker.speaker ?? 'an unnamed source'}`,
    );
  }
  return flips % 2 === 1 ? { kind: 'denies', speaker, why } : { kind: 'affirms', speaker, why };
}
