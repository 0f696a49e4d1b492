// Hedges: modals, epistemic adverbs, "it is possible that", counterfactuals, speculation.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

const hedged = (s: string) => {
  const r = read(s);
  return r.reading.hedges.map((h) => [h.cue, s.slice(h.start, h.end)]);
};

describe('modals and adverbs govern their clause', () => {
  test('"may have"', () => {
    expect(hedged('The intruders may have copied some voter rolls.')).toEqual([
      ['may', 'The intruders may have copied some voter rolls'],
    ]);
  });
  test('"might", only in its clause', () => {
    expect(hedged('The files might be forged, but the dates match.')).toEqual([['might', 'The files might be forged']]);
  });
  test('"could"', () => {
    expect(hedged('The outage could have been caused by a storm.')).toEqual([
      ['could', 'The outage could have been caused by a storm'],
    ]);
  });
  test('"reportedly"', () => {
    expect(hedged('The group reportedly paid the organisers in cash.')).toEqual([
      ['reportedly', 'The group reportedly paid the organisers in cash'],
    ]);
  });
  test('"allegedly"', () => {
    expect(hedged('The officers allegedly planted the malware.')).toEqual([
      ['allegedly', 'The officers allegedly planted the malware'],
    ]);
  });
  test('"perhaps"', () => {
    expect(hedged('Perhaps the letter was never sent.')).toEqual([['Perhaps', 'Perhaps the letter was never sent']]);
  });
  test('"May" the month is no hedge', () => {
    expect(hedged('The audit ended in May.')).toEqual([]);
  });
  test('a plain statement has no hedge', () => {
    expect(hedged('The auditors counted the ballots twice.')).toEqual([]);
  });
});

describe('constructions', () => {
  test('"it is possible that P"', () => {
    expect(hedged('It is possible that the ads reached fewer people than feared.')).toEqual([
      ['possible', 'It is possible that the ads reached fewer people than feared'],
    ]);
  });
  test('"it remains unclear whether P"', () => {
    expect(hedged('It remains unclear whether the seals were broken.')).toEqual([
      ['unclear', 'It remains unclear whether the seals were broken'],
    ]);
  });
  test('counterfactual "if … had … would have"', () => {
    const h = hedged('If the clerk had checked the logs, the breach would have been found.');
    expect(h).toContainEqual(['If', 'If the clerk had checked the logs, the breach would have been found']);
    expect(h).toContainEqual(['would have', 'the breach would have been found']);
  });
  test('inverted counterfactual "Had …"', () => {
    const h = hedged('Had the warning been read, the leak could have been stopped.');
    expect(h.map(([cue]) => cue)).toContain('Had');
  });
  test('a plain "if" is no counterfactual', () => {
    expect(hedged('If the count ends today, the result will be announced tonight.')).toEqual([]);
  });
  test('speculation hedges its content', () => {
    const r = read('Several analysts speculated that the leak came from a contractor.');
    expect(r.reading.hedges.map((h) => [h.cue, r.sentence.slice(h.start, h.end)])).toEqual([
      ['speculate', 'the leak came from a contractor'],
    ]);
    expect(r.only()).toMatchObject({ verb: 'speculate', stance: 'report', unnamed: true });
  });
  test('"it has been suggested that P" (no speaker) hedges P', () => {
    const r = read('It has been suggested that the photos were staged.');
    expect(r.texts(r.reading.hedges)).toEqual(['the photos were staged']);
  });
});

test('"had" after a relative clause is no counterfactual', () => {
  const r = read('The clerk said the mayor, who was abroad, had been told about the leak.');
  expect(r.reading.hedges).toEqual([]);
});

describe('a hedge reaches from its own subject, not from the main clause', () => {
  test('a modal inside a relative clause leaves the main verb unhedged', () => {
    expect(hedged('The navy tested drones that the admiral said could fly for a week.')).toEqual([
      ['could', 'could fly for a week'],
    ]);
  });
  test('a modal in a reported clause starts at its subject', () => {
    expect(hedged('The mayor said the bridge might reopen in spring.')).toEqual([
      ['might', 'the bridge might reopen in spring'],
    ]);
  });
  test('an adverb over a reduced relative hedges only that phrase', () => {
    expect(hedged('Crates probably shipped from Lisbon reached the port on Monday.')).toEqual([
      ['probably', 'probably shipped from Lisbon'],
    ]);
  });
  test('an adverb over a gerund after a preposition hedges the gerund only', () => {
    expect(hedged('The club fined two players for allegedly fixing a match.')).toEqual([
      ['allegedly', 'allegedly fixing a match'],
    ]);
  });
  test('negated ability and prohibition are no hedges', () => {
    expect(hedged('No storm could close the harbour.')).toEqual([]);
    expect(hedged('The council could not raise the tax.')).toEqual([]);
    expect(hedged('Visitors may not park on the lawn.')).toEqual([]);
  });
  test('"would have to" is an obligation, not a counterfactual', () => {
    expect(hedged('The city would have to repay the loan.')).toEqual([]);
  });
});

test('a "whether" clause is an indirect question: it asserts nothing', () => {
  expect(hedged('Whether the dam leaked remains in dispute.')).toEqual([['Whether', 'Whether the dam leaked']]);
  expect(hedged('The memo cast doubt on whether the pump failed.')).toEqual([['whether', 'whether the pump failed']]);
});

describe('modals that negate rather than hedge', () => {
  test('a negative object after the modal negates the ability', () => {
    expect(hedged('The clerks could do nothing about the leak.')).toEqual([]);
  });
  test('a possibility that is denied is a negation, not a hedge', () => {
    expect(hedged('The minister dismissed the idea that rain could flood the tunnel.')).toEqual([]);
  });
  test('"X is unlikely to V" hedges from the adjective, not a relative clause on X', () => {
    expect(hedged('The town, which has a harbour, is unlikely to host the race.')).toEqual([
      ['unlikely', 'unlikely to host the race'],
    ]);
  });
});

test('a modal does not reach a finite verb joined by "and"', () => {
  expect(hedged('The mayor said the pump could be at fault and called for an inquiry.')).toEqual([
    ['could', 'the pump could be at fault'],
  ]);
  expect(hedged('The thieves could have opened a safe and copied some keys.')).toEqual([
    ['could', 'The thieves could have opened a safe and copied some keys'],
  ]);
});

test('a definite object is presupposed: the modal does not hedge it, but a conjoined verb stays hedged', () => {
  expect(hedged("The plan could ease the town's worries about the dam.")).toEqual([['could', 'The plan could ease']]);
  expect(hedged('The thieves could have opened the safe and copied some keys.')).toEqual([
    ['could', 'The thieves could have opened'],
    ['could', 'copied some keys'],
  ]);
});

test('"could" under a negation is a denied possibility, not a hedge', () => {
  expect(hedged('There is no sign that the pump could have failed.')).toEqual([]);
});
