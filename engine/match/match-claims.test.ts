import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { tokenizeText } from '../text/tokenize-text';
import type { Sentence } from '../types';
import { matchClaims } from './match-claims';
import { testIndex } from './test-index';

const index = testIndex();

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
    // paraphrase
    ['Moscow was accused of meddling in the 2016 vote.', ['finding']],
    ['Russians interfered with the election, prosecutors say.', ['finding']],
    // negation and denial
    ['Russia did not meddle in the election.', ['denial']],
    ['The Kremlin denied the claims again on Monday.', ['denial']],
    ['The Kremlin has denied any meddling in the election.', ['denial']],
    ['Moscow never interfered, the minister said.', ['denial']],
    // topic overlap without the claim
    ['The probe into Russian interference in the election goes on.', []],
    ['Reporters asked whether Russia interfered in the election.', []],
    ['The weather in Moscow was cold.', []],
    // numbers
    ['Prosecutors charged 13 Russians with fraud.', ['ira-13']],
    ['A grand jury indicted thirteen Russian nationals.', ['ira-13']],
    ['The indictment names 12 Russian military officers.', ['gru-12']],
    ['The indictment of over a dozen Russian nationals was a surprise.', ['ira-13']],
    ['Twelve apples were charged to the account.', []],
    // several claims in one sentence
    ['The constitution bars extradition, and there is no extradition treaty.', ['constitution', 'treaty']],
    ['Prosecutors say the 13 Russians indicted last week meddled in the 2016 election.', ['finding', 'ira-13']],
  ])('%s → %j', (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('the headline is matched like a sentence', () => {
    expect(ids('Nothing to see here.', 'Kremlin denies meddling')).toEqual(['denial']);
  });

  test.each([
    ['the real speaker, named', 'Putin said Russia would "be prepared to look at them".', ['materials']],
    [
      'the real speaker, through a pronoun',
      'Putin spoke to NBC. He said they would be prepared to look at them.',
      ['materials'],
    ],
    [
      'someone else, through a pronoun',
      'The threat is real, said Ivan Petrov, a commentator. He says Moscow will be prepared to look at them.',
      ['misattributed'],
    ],
    ['someone else, named', 'Ivan Petrov said Moscow would be prepared to look at them.', ['misattributed']],
  ])('a known quote credited to %s', (_, text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  test('matches explain themselves and carry the sentence offsets', () => {
    const text = 'Intro. Moscow was accused of meddling in the 2016 vote.';
    const [match] = matchClaims(index, sentencesOf(text));
    expect(match?.claimId).toBe('finding');
    expect(text.slice(match?.start, match?.end)).toBe('Moscow was accused of meddling in the 2016 vote.');
    expect(match?.evidence[0]).toBe('russia meddled: "meddling" + "Moscow" + "vote"');
    expect(match?.evidence[1]).toBe('context: "2016"');
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
    expect(matches.map((m) => m.claimId).sort()).toEqual(['denial', 'ira-13']);
  }, 60_000);
});
