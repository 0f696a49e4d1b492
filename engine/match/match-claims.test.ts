import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { buildIndexFromDisk } from '../../scripts/lib/build-index-from-disk';
import { tokenizeText } from '../text/tokenize-text';
import type { Sentence } from '../types';
import { matchClaims } from './match-claims';

// The shipped dataset's claim descriptions, on sentences of our own.
const index = buildIndexFromDisk();

/** Splits our own test text on blank-line-free sentence ends; enough for fixtures we write. */
function sentencesOf(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?]+[.!?]*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (body) out.push({ text: body, start: m.index + lead, end: m.index + lead + body.length });
  }
  return out;
}

function ids(text: string, headline?: string): string[] {
  const options = headline ? { headline: { text: headline, start: 0, end: headline.length } } : {};
  return matchClaims(index, sentencesOf(text), options)
    .map((m) => m.claimId)
    .sort();
}

describe('matchClaims', () => {
  test.each([
    // the finding, in several wordings
    ['Moscow was accused of meddling in the 2016 vote.', ['russia-interfered-2016']],
    ['Russians interfered with the election, prosecutors say.', ['russia-interfered-2016']],
    // a denial or negation of it gives the denial claim, never the finding
    ['Russia did not meddle in the election.', ['russia-did-not-interfere']],
    ['The Kremlin has denied any meddling in the election.', ['russia-did-not-interfere']],
    ['Moscow never interfered in the American election, the minister said.', ['russia-did-not-interfere']],
    ["Russia's meddling in the 2016 election is a myth, Lavrov said.", ['russia-did-not-interfere']],
    // a question, a hedge or a topic mention makes no claim
    ['Did Russia interfere in the 2016 election?', []],
    ['Reporters asked whether Russia interfered in the election.', []],
    ['Russia may have tried to interfere in the election.', []],
    ['The weather in Moscow was cold.', []],
    // a later election cycle is another story
    ['Officials fear Russia will interfere in the 2024 election.', []],
    ['In 2020, US officials warned that Russia was again trying to interfere in the presidential election.', []],
    // a denial of a claim without a counter-claim gives nothing
    ['There is no evidence that any votes were changed by Russian hackers, officials said.', []],
    ['Putin flatly denied any Russian involvement in the 2016 presidential election.', ['russia-did-not-interfere']],
    // numbers
    ['Prosecutors charged 13 Russians and three companies with fraud.', ['ira-indictment-13-3']],
    ['A grand jury indicted thirteen Russian nationals and three Russian entities.', ['ira-indictment-13-3']],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('the headline is matched like a sentence', () => {
    expect(ids('Nothing to see here.', 'Kremlin denies meddling in US election')).toEqual(['russia-did-not-interfere']);
  });

  test.each([
    ['the real speaker, named', 'Putin said Russia would "be prepared to look at them".', ['putin-give-us-materials']],
    ['someone else, named', 'Ivan Petrov said Moscow would be prepared to look at them.', ['frolov-prepared-to-talk']],
  ])('a known quote credited to %s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('matches explain themselves, name the speaker and carry the sentence offsets', () => {
    const text = 'Intro. Moscow meddled in the 2016 vote, the senator said.';
    const [match] = matchClaims(index, sentencesOf(text));
    expect(match?.claimId).toBe('russia-interfered-2016');
    expect(text.slice(match?.start, match?.end)).toBe('Moscow meddled in the 2016 vote, the senator said.');
    expect(match?.evidence[0]).toMatch(/^russia interfered in the election: "meddled" \+ "Moscow" \+ "2016"/);
    expect(match?.speaker).toBe('the senator');
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThanOrEqual(1);
  });

  test('any input never throws and every match stays inside its sentence', () => {
    const words = fc.constantFrom(
      'Russia',
      'did',
      'not',
      'meddle',
      'denied',
      '13',
      'Russians',
      'indicted',
      'he',
      'said',
      'Putin',
      'prepared to look at them',
      '"',
      '.',
      ',',
      'election',
      'x',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.array(words, { maxLength: 60 }).map((w) => w.join(' ')),
        ),
        (text) => {
          const sentences = sentencesOf(text);
          const matches = matchClaims(index, sentences);
          // Sharing the whole text's tokens changes nothing.
          expect(matchClaims(index, sentences, { tokenized: { text, tokens: tokenizeText(text) } })).toEqual(matches);
          for (const match of matches) {
            const inside = sentences.some((s) => s.start <= match.start && match.end <= s.end);
            expect(inside).toBe(true);
            expect(match.score).toBeGreaterThan(0);
            expect(match.score).toBeLessThanOrEqual(1);
          }
        },
      ),
    );
  });

  test('malformed input gives no matches instead of throwing', () => {
    expect(matchClaims(index, null as unknown as Sentence[])).toEqual([]);
    expect(matchClaims(index, [{ text: 5, start: 0, end: 1 } as unknown as Sentence])).toEqual([]);
  });

  test('a 5 MB sentence finishes', () => {
    const unit = 'Russia did not meddle in the election, 13 Russians were indicted, he said. ';
    const text = unit.repeat(Math.ceil(5_000_000 / unit.length));
    const matches = matchClaims(index, [{ text, start: 0, end: text.length }]);
    expect(matches.map((m) => m.claimId).sort()).toContain('russia-did-not-interfere');
  }, 60_000);
});
