// Negation cues and their reach: to the end of the clause, not beyond.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

const negated = (s: string) => {
  const r = read(s);
  return r.texts(r.reading.negations);
};

describe('scope ends with the clause', () => {
  test('"not" to the end of the sentence', () => {
    expect(negated('The ministry did not answer the letter.')).toEqual(['not answer the letter']);
  });
  test('stops at ", but"', () => {
    expect(negated('The intruders did not change any tallies, but they read the voter files.')).toEqual([
      'not change any tallies',
    ]);
  });
  test('stops at "although"', () => {
    expect(negated('The board never met the envoy although it wrote to him twice.')).toEqual(['never met the envoy']);
  });
  test('stops at a semicolon', () => {
    expect(negated('The clerks found no errors; the recount went ahead anyway.')).toEqual(['no errors']);
  });
  test('stops at a relative pronoun', () => {
    expect(negated('The panel did not interview the aide, who later left the country.')).toEqual([
      'not interview the aide',
    ]);
  });
  test('stops before ", X said"', () => {
    expect(negated('The agency did not store the passwords, a spokesman said.')).toEqual(['not store the passwords']);
  });
  test('stops at the comma after an "if" clause', () => {
    expect(negated('If the clerk had not noticed the file, the error would have spread.')).toEqual([
      'not noticed the file',
    ]);
  });
  test('inside a quotation only', () => {
    expect(negated('"We never touched the servers," the colonel said.')).toEqual(['never touched the servers']);
  });
});

describe('cues', () => {
  test('contracted "n\'t"', () => {
    expect(negated("The staff didn't delete the messages.")).toEqual(["n't delete the messages"]);
  });
  test('"no evidence that P" covers P', () => {
    expect(negated('Auditors found no evidence that the machines were hacked.')).toEqual([
      'no evidence that the machines were hacked',
    ]);
  });
  test('"without"', () => {
    expect(negated('The files were released without any review.')).toEqual(['without any review']);
  });
  test('"failed to"', () => {
    expect(negated('The inquiry failed to identify the buyer.')).toEqual(['failed to identify the buyer']);
  });
  test('"neither … nor"', () => {
    expect(negated('Neither the party nor the donors answered.')).toEqual([
      'Neither the party nor the donors answered',
      'nor the donors answered',
    ]);
  });
  test('"nobody" as a subject', () => {
    expect(negated('Nobody saw the courier leave.')).toEqual(['Nobody saw the courier leave']);
  });
  test('"not only" is not a negation', () => {
    expect(negated('The group not only bought ads but also staged rallies.')).toEqual([]);
  });
  test('"a few" is not a negation', () => {
    expect(negated('A few voters complained about the lines.')).toEqual([]);
  });
});

describe('double negatives', () => {
  test('"there is no doubt that P" does not negate P', () => {
    expect(negated('There is no doubt that the tapes are genuine.')).toEqual(['no doubt']);
  });
  test('a negated denial stops at the verb', () => {
    expect(negated('Hardly anyone denies that the border was closed.')).toEqual(['Hardly anyone denies']);
  });
});

describe('not a negation of the clause', () => {
  test('"whether or not"', () => {
    expect(negated('Whether or not the vote was close, the count went on.')).toEqual([]);
  });
  test('"if not"', () => {
    expect(negated('Many, if not most, clerks checked the seals.')).toEqual([]);
  });
});
