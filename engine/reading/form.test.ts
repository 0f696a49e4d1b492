// The form of a sentence: a direct question, or a heading without a finite verb.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

describe('questions', () => {
  test.each([
    'Did the agency warn the campaign?',
    'Why did the ministry delete the files?',
    'Who paid for the rallies?',
    'The ballots were altered?',
    'Is the tape genuine?"',
  ])('direct: %s', (s) => {
    expect(read(s).reading.question).toBe(true);
  });
  test.each([
    'The senator asked whether the agency had warned the campaign.',
    '"Did anyone check the logs?" the reporter asked.',
    'The reporter asked: "Did anyone check the logs?"',
    'The agency warned the campaign in June.',
    'Who paid for the rallies is still unknown.',
  ])('not a direct question: %s', (s) => {
    expect(read(s).reading.question).toBe(false);
  });
});

describe('headings', () => {
  test.each([
    'Foreign meddling in the vote: the latest on the inquiry',
    'The leaked emails, one year on',
    'Timeline of the hacking case',
    'Fighting disinformation online',
  ])('no finite verb: %s', (s) => {
    expect(read(s).reading.heading).toBe(true);
  });
  test.each([
    'Inquiry finds hackers entered the network',
    'The ministry denies the report.',
    'Officials say the vote was safe',
  ])('a finite verb: %s', (s) => {
    expect(read(s).reading.heading).toBe(false);
  });
});

describe('Title Case headlines are tagged in lower case', () => {
  test('a verb in a Title Case headline makes it no heading, and is read as speech', () => {
    const r = read('Ministry Denies Tampering With Ballot Boxes');
    expect(r.reading.heading).toBe(false);
    expect(r.only()).toMatchObject({ speaker: 'Ministry', verb: 'deny', content: 'Tampering With Ballot Boxes' });
  });
  test('a Title Case label is a heading with its topic', () => {
    const r = read('Foreign Meddling In Local Races: The Latest');
    expect(r.reading.heading).toBe(true);
    expect(r.texts(r.reading.topics)).toContain('Foreign Meddling In Local Races');
  });
});

test('a relative clause fragment without a question mark is no question', () => {
  expect(read('who has denied any role in the leak').reading.question).toBe(false);
});

describe('a verb the tagger read as a noun still makes a statement', () => {
  test('a plural-looking noun between subject and object', () => {
    expect(read('The charter names four trustees and two auditors.').reading.heading).toBe(false);
    expect(read("The county's code bars the sale of fireworks.").reading.heading).toBe(false);
  });
  test('an "-ed" word between subject and object', () => {
    expect(read('Reviewers grilled officials from three agencies about the audit.').reading.heading).toBe(false);
  });
  test('a label without a full stop stays a heading', () => {
    expect(read('Harbour repairs in three towns').reading.heading).toBe(true);
    expect(read('Harbour repairs in three towns.').reading.heading).toBe(true);
  });
});

test('a noun right before a possessive or determiner is a verb', () => {
  expect(read('The fines for the two firms concern their tax returns.').reading.heading).toBe(false);
});
