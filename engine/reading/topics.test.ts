// Noun phrases that only name the story as a topic.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

const topics = (s: string) => {
  const r = read(s);
  return r.texts(r.reading.topics);
};

describe('topic phrases', () => {
  test('a compound: "the Moscow probe"', () => {
    expect(topics('Lawmakers discussed the Moscow probe for hours.')).toEqual(['the Moscow probe']);
  });
  test('with a complement: "the investigation into …"', () => {
    expect(topics('The investigation into foreign meddling ended last spring.')).toEqual([
      'The investigation into foreign meddling',
    ]);
  });
  test('"allegations of …" as a subject', () => {
    expect(topics('Allegations of collusion dominated the campaign.')).toEqual(['Allegations of collusion']);
  });
  test('"claims that P" covers P', () => {
    expect(topics('Claims that the ballots were forged spread quickly online.')).toEqual([
      'Claims that the ballots were forged spread quickly online',
    ]);
  });
  test('"questions about …"', () => {
    expect(topics('Questions about the tower meeting remain open.')).toEqual(['Questions about the tower meeting']);
  });
  test('"the latest on …"', () => {
    expect(topics('Meddling in the vote: the latest on the case')).toEqual([
      'Meddling in the vote',
      'the latest on the case',
    ]);
  });
  test('a label before a colon names the topic', () => {
    const r = read('Foreign meddling in the vote: what we know');
    expect(r.reading.topics.map((t) => [t.cue, r.sentence.slice(t.start, t.end)])).toEqual([
      ['meddling', 'Foreign meddling in the vote'],
    ]);
  });
  test('a name before a colon is a speaker, not a topic', () => {
    expect(topics('Petrov: we never saw the files')).toEqual([]);
  });
  test('a day after the phrase is not part of it', () => {
    expect(topics('Senators debated the inquiry on Tuesday.')).toEqual(['the inquiry']);
  });
});

describe('not topics', () => {
  test('a report that finds something is a speaker', () => {
    expect(topics('The inquiry found that the servers were wiped.')).toEqual([]);
  });
  test('"in any case"', () => {
    expect(topics('In any case, the count went on.')).toEqual([]);
  });
  test('a plain statement', () => {
    expect(topics('The hackers entered the network in July.')).toEqual([]);
  });
});

describe('generic uses of topic words', () => {
  test('"in some cases" is no topic, "the prosecutor\'s case" is', () => {
    expect(topics('In some cases, the clerks kept no copies.')).toEqual([]);
    expect(topics("The prosecutor's case rests on two witnesses.")).toEqual(["The prosecutor's case"]);
  });
  test('a speech verb read as a noun after a name is no topic', () => {
    expect(topics('The group, which Moscow claims to control, denied it.')).toEqual([]);
  });
});

describe('topic noun phrases end at their determiner and exclude charges brought', () => {
  test('a topic starts at its determiner', () => {
    const r = read('It is clear the harbour funding scandal was overblown.');
    expect(r.texts(r.reading.topics)).toEqual(['the harbour funding scandal']);
  });
  test('charges that a verb brings about are an event, not a topic', () => {
    expect(read('The prosecutors brought criminal charges against five clerks.').reading.topics).toEqual([]);
    expect(read('The audit resulted in charges against two firms.').reading.topics).toEqual([]);
  });
});

describe('what an inquiry looks into is a topic', () => {
  test('the object of a verb of inquiry', () => {
    expect(topics('The council is investigating fraud in the tender.')).toEqual(['fraud in the tender']);
  });
  test('the subject matter after a questioned person', () => {
    expect(topics('Reporters grilled the mayor about the flooding of the tunnel.')).toEqual([
      'the flooding of the tunnel',
    ]);
  });
  test('the person questioned is not a topic', () => {
    expect(topics('Reporters grilled the mayor for an hour.')).toEqual([]);
  });
});

test('"no allegation (that) P" says there is none: not a topic', () => {
  expect(topics('The judge said there is no allegation in the file that the clerk lied.')).toEqual([]);
});

test('"the people behind the E": an event named as a fact whose author is left open', () => {
  expect(topics('The people behind the warehouse fire were never found.')).toEqual(['the warehouse fire']);
  // A named author is a claim about who did it, not a topic.
  expect(topics('Two arsonists were behind the warehouse fire.')).toEqual([]);
});
