// Negation cues and their reach: to the end of the clause, not beyond.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

const negated = (s: string) => {
  const r = read(s);
  return r.texts(r.reading.negations);
};

describe('scope ends with the clause', () => {
  test('"not" to the end of the sentence', () => {
    expect(negated('The ministry did not answer any letter.')).toEqual(['not answer any letter']);
  });
  test('stops at ", but"', () => {
    expect(negated('The intruders did not change any tallies, but they read the voter files.')).toEqual([
      'not change any tallies',
    ]);
  });
  test('stops at "although"', () => {
    expect(negated('The board never met an envoy although it wrote to him twice.')).toEqual(['never met an envoy']);
  });
  test('stops at a semicolon', () => {
    expect(negated('The clerks found no errors; the recount went ahead anyway.')).toEqual(['no errors']);
  });
  test('stops at a relative pronoun', () => {
    expect(negated('The panel did not interview a single aide, who later left the country.')).toEqual([
      'not interview a single aide',
    ]);
  });
  test('stops before ", X said"', () => {
    expect(negated('The agency did not store any passwords, a spokesman said.')).toEqual(['not store any passwords']);
  });
  test('stops at the comma after an "if" clause', () => {
    expect(negated('If the clerk had not noticed a file, the error would have spread.')).toEqual([
      'not noticed a file',
    ]);
  });
  test('inside a quotation only', () => {
    expect(negated('"We never touched any servers," the colonel said.')).toEqual(['never touched any servers']);
  });
});

describe('cues', () => {
  test('contracted "n\'t"', () => {
    expect(negated("The staff didn't delete any messages.")).toEqual(["n't delete any messages"]);
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

describe('a negated action verb does not negate what it presupposes', () => {
  test('a possessive or definite object stays outside', () => {
    expect(negated("The mayor did not condemn the council's vote.")).toEqual(['not condemn']);
  });
  test('an oblique stays outside', () => {
    expect(negated('The agency did not respond quickly to the flooding.')).toEqual(['not respond quickly']);
  });
  test('an indefinite object of a verb of having or finding stays inside', () => {
    expect(negated('The towns do not have a shared budget.')).toEqual(['not have a shared budget']);
    expect(negated('The auditors did not find the missing funds.')).toEqual(['not find the missing funds']);
  });
  test("the subject of another verb's infinitive stays outside", () => {
    const r = read("The guard didn't help the thieves steal the jewels.");
    expect(r.texts(r.reading.negations)).toEqual(["n't help"]);
    // Whether the thieves opened it is left open.
    expect(r.texts(r.reading.hedges)).toEqual(['the thieves steal the jewels']);
  });
  test('a same-subject infinitive stays inside', () => {
    expect(negated('The firm did not try to hide any losses.')).toEqual(['not try to hide any losses']);
  });
  test('"lack" read as a noun and "has yet to"', () => {
    expect(negated('Because the towns lack a budget, the works stopped.')).toEqual(['lack a budget']);
    expect(negated('The firm has yet to publish any accounts.')).toEqual(['yet to publish any accounts']);
  });
});

test('a negation in a relative clause between commas ends at its closing comma', () => {
  expect(negated('The town, which has no harbour of its own, is unlikely to host the race.')).toEqual([
    'no harbour of its own',
  ]);
});

test('a negation does not reach a finite verb joined by "and" that it cannot govern', () => {
  expect(negated('The aides were not hiding any files and vowed to resign.')).toEqual(['not hiding any files']);
});

test('a presupposed object deeper in the scope stays outside too', () => {
  expect(negated("The city lacked the means to respond to the storm's damage.")).toEqual([
    'lacked the means to respond',
  ]);
  expect(negated("The agency failed to stop the gang's thefts.")).toEqual(['failed to stop']);
});

test('a participle on the object of a negated finding stays inside', () => {
  expect(negated('The auditors did not find 40 payments linked to the firm.')).toEqual([
    'not find 40 payments linked to the firm',
  ]);
});

test('"no X … more than Y" compares: it is no negation', () => {
  expect(negated('No town was hit harder by the storm than Dover.')).toEqual([]);
  expect(negated('No team scored more goals than the visitors.')).toEqual([]);
  expect(negated('No team scored any goals.')).toEqual(['No team scored any goals']);
});
