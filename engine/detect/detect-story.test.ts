import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { PageMeta } from '../types';
import { detectStory } from './detect-story';

const meta = (title: string): PageMeta => ({ url: 'https://news.example/a', title });

// Short texts written for these tests; each case names what it guards against.
describe('detectStory', () => {
  test.each([
    [
      'indictment report',
      'Russians charged over election meddling',
      'The special counsel charged thirteen Russians with interfering in the 2016 US presidential election. Prosecutors said a troll farm in St. Petersburg ran fake accounts.',
      true,
    ],
    [
      'Kremlin denial',
      'Kremlin rejects claims',
      'The Kremlin denied again that Russia meddled in the American election. A spokesman for Putin said Washington had shown no evidence of interference.',
      true,
    ],
    [
      'Russian-language item',
      'Кремль отверг обвинения',
      'Песков заявил, что Россия не вмешивалась в американские президентские выборы. В Вашингтоне с этим не согласны.',
      true,
    ],
    [
      'short caption',
      'Lavrov dismisses FBI Russia charges',
      'The Russian foreign minister called the US charges against Russians over election meddling "blather". He asked for facts.',
      true,
    ],
    [
      'weapons speech alone',
      'Putin unveils new missiles',
      'Putin used his annual address to show new nuclear weapons. He said the missiles could evade any defence. Russians vote in a presidential election this month.',
      false,
    ],
    [
      'Skripal',
      'UK expels Russian diplomats',
      'Britain expelled 23 Russian diplomats after the nerve agent attack on Sergei Skripal in Salisbury. Moscow denied any role and promised to respond.',
      false,
    ],
    [
      'Mueller as FBI director',
      'Mueller to stay at FBI',
      'The president asked Congress to extend the term of FBI director Robert Mueller. Mueller has led the bureau since before the 2001 attacks.',
      false,
    ],
    [
      'Clinton emails',
      'FBI reviews new emails',
      'The FBI said it would review newly found emails linked to Hillary Clinton, days before the presidential election. Markets fell on the news.',
      false,
    ],
    [
      "Russia's own election",
      'Putin wins fourth term',
      "Vladimir Putin won Russia's presidential election with a large majority. Observers reported ballot stuffing and pressure on voters.",
      false,
    ],
    [
      'ransomware',
      'Ransomware hits hospitals',
      'A ransomware attack locked computers at hospitals across Europe. Hackers demanded bitcoin payments to unlock the files.',
      false,
    ],
    ['recipe', 'Lemon chicken', 'Roast the chicken with lemon and thyme. Serve with potatoes.', false],
  ])('%s', (_name, title, text, expected) => {
    expect(detectStory(text, meta(title)).aboutStory).toBe(expected);
  });

  test('another election that borrows the vocabulary, with one passing mention of the US case', () => {
    const text = [
      'Emails from the campaign of the French frontrunner Macron were leaked online on Friday.',
      'His team said the leak was an attempt to interfere with the French vote.',
      'French officials asked media not to publish the documents before the runoff.',
      "Researchers said a group linked to last year's election interference in the U.S. may be involved, and that Russian hackers had targeted the campaign before.",
      "Macron's party said fake documents had been mixed in with real ones.",
      'The French election commission met on Saturday.',
    ].join(' ');
    expect(detectStory(text, meta('Macron campaign emails leaked')).aboutStory).toBe(false);
  });

  test('evidence names the terms that decided', () => {
    const result = detectStory('Russia interfered in the 2016 US election, the report found.', meta(''));
    expect(result.evidence).toEqual(expect.arrayContaining(['russia', 'interfered', '2016']));
    expect(result.score).toBeGreaterThan(0);
    expect(result.score).toBeLessThan(1);
  });

  test('any string never throws and scores within [0, 1)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ maxLength: 80 }), (text, title) => {
        const result = detectStory(text, meta(title));
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThan(1);
      }),
    );
  });

  test('a 5 MB text finishes', () => {
    const text = 'Russia denied meddling in the 2016 US election, Mr. Peskov said. '.repeat(80_000);
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(detectStory(text, meta('')).aboutStory).toBe(true);
  }, 30_000);
});
