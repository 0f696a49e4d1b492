import { describe, expect, test } from 'vitest';
import { readSentence } from '../reading/read-sentence';
import { readAt } from './read-at';

// The one decision rule, on the real reading of sentences of our own: how a sentence stands
// towards what it says at a given word.
function standAt(sentence: string, word: string, options: { hedged?: boolean; requested?: boolean } = {}) {
  const at = sentence.indexOf(word);
  if (at < 0) throw new Error(`"${word}" is not in "${sentence}"`);
  return readAt(readSentence(sentence), at, at + word.length, options).kind;
}

describe('readAt', () => {
  test.each([
    ['Russia interfered in the 2016 election.', 'interfered', 'affirms'],
    ['Russia interfered in the 2016 election, the senator said.', 'interfered', 'affirms'],
    ['Russia did not interfere in the 2016 election.', 'interfere', 'denies'],
    ['The Kremlin denied that Russia interfered in the 2016 election.', 'interfered', 'denies'],
    ["Russia's meddling in the 2016 election is a myth, Lavrov said.", 'meddling', 'denies'],
    ['Few serious analysts still deny that Russia interfered in the 2016 election.', 'interfered', 'affirms'],
    ['Putin claimed Russia did not possess the tools nor the will to meddle in elections.', 'meddle', 'denies'],
    ['Did Russia interfere in the 2016 election?', 'interfere', 'none'],
    ['Reporters asked whether Russia interfered in the election.', 'interfered', 'none'],
    ['Russia may have tried to interfere in the election.', 'interfere', 'none'],
    ['The committee is investigating Russian interference in the 2016 election.', 'interference', 'none'],
    ['The defendants allegedly posed as Americans online.', 'posed', 'affirms'],
    ['Moscow urged Washington to stop meddling in the 2016 election.', 'meddling', 'none'],
    ['Never, Putin said when asked whether Moscow would hand over the accused.', 'hand over', 'denies'],
    // a negated report leaves its content unasserted, which is not the same as denied
    ['US intelligence did not conclude that Russian interference changed the result.', 'interference', 'none'],
    ['Mueller did not find that the campaign conspired with Russia.', 'find', 'denies'],
  ])('%s — at "%s": %s', (sentence, word, expected) => {
    expect(standAt(sentence, word)).toBe(expected);
  });

  test('a claim that is itself a possibility keeps its hedge', () => {
    const sentence = 'Facebook said the posts may have reached 126 million Americans.';
    expect(standAt(sentence, 'reached')).toBe('none');
    expect(standAt(sentence, 'reached', { hedged: true })).toBe('affirms');
  });

  test('a claim that is itself a demand keeps what is asked for', () => {
    const sentence = 'The Kremlin asked Washington to provide proof of the interference.';
    expect(standAt(sentence, 'provide')).toBe('none');
    expect(standAt(sentence, 'provide', { requested: true })).toBe('affirms');
  });

  test('a negation the proposition spells out itself is part of it', () => {
    const sentence = 'Peskov said there was no evidence of any meddling.';
    expect(standAt(sentence, 'no evidence')).toBe('affirms');
    expect(standAt(sentence, 'evidence')).toBe('denies');
  });
});
