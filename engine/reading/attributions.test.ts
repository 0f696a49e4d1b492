// Reported speech: who asserts which part, with which verb and stance.
import { describe, expect, test } from 'vitest';
import { read } from './reading-test-helpers';

describe('X said (that) P', () => {
  test('named speaker, complement with "that"', () => {
    const a = read('The minister said that the servers had been breached in March.').only();
    expect(a).toMatchObject({ speaker: 'The minister', verb: 'say', stance: 'report', unnamed: false, negated: false });
    expect(a.content).toBe('the servers had been breached in March');
  });
  test('complement without "that"', () => {
    const a = read('The governor said the ballots were counted twice.').only();
    expect(a).toMatchObject({ speaker: 'The governor', stance: 'report' });
    expect(a.content).toBe('the ballots were counted twice');
  });
  test('an object before the complement: "told reporters that"', () => {
    const a = read('The envoy told reporters that the talks would resume.').only();
    expect(a).toMatchObject({ speaker: 'The envoy', verb: 'tell', stance: 'report' });
    expect(a.content).toBe('the talks would resume');
  });
  test('a speaker before a relative clause', () => {
    const a = read('The auditors, who had seen the logs, said the breach was small.').only();
    expect(a.speaker).toBe('The auditors');
    expect(a.content).toBe('the breach was small');
  });
  test('a finding: the report is the speaker, not a topic', () => {
    const r = read('The committee report concluded that the ads reached millions of users.');
    expect(r.only()).toMatchObject({ speaker: 'The committee report', verb: 'conclude', stance: 'report' });
    expect(r.only().content).toBe('the ads reached millions of users');
    expect(r.reading.topics).toEqual([]);
  });
  test('suggest reports the content (the consumer decides how much it asserts)', () => {
    const a = read('The president suggested the intruders were lone amateurs.').only();
    expect(a).toMatchObject({ speaker: 'The president', verb: 'suggest', stance: 'report' });
    expect(a.content).toBe('the intruders were lone amateurs');
  });
});

describe('P, X said', () => {
  test('speaker before the verb', () => {
    const a = read('The leak came from inside the party, the lawyer said.').only();
    expect(a).toMatchObject({ speaker: 'the lawyer', verb: 'say', stance: 'report' });
    expect(a.content).toBe('The leak came from inside the party');
  });
  test('inverted: "said X"', () => {
    const a = read('"We had nothing to do with it," said Ivan Petrov, a ministry spokesman.').only();
    expect(a.speaker).toBe('Ivan Petrov');
    expect(a.content).toBe('We had nothing to do with it');
  });
  test('a quote and an object: "told reporters"', () => {
    const a = read('"Nobody here touched those machines," Sokolov told reporters.').only();
    expect(a).toMatchObject({ speaker: 'Sokolov', verb: 'tell', stance: 'report' });
    expect(a.content).toBe('Nobody here touched those machines');
  });
  test('a time after the verb: "said on Monday"', () => {
    const a = read('The vote was fair, the commission said on Monday.').only();
    expect(a.speaker).toBe('the commission');
    expect(a.content).toBe('The vote was fair');
  });
});

describe('According to X', () => {
  test('at the start, with an unnamed source', () => {
    const a = read('According to people familiar with the inquiry, the files were copied twice.').only();
    expect(a).toMatchObject({ speaker: 'people familiar with the inquiry', unnamed: true, stance: 'report' });
    expect(a.content).toBe('the files were copied twice');
  });
  test('at the end', () => {
    const a = read('The files were copied twice, according to the prosecutors.').only();
    expect(a.speaker).toBe('the prosecutors');
    expect(a.content).toBe('The files were copied twice');
  });
});

describe('unnamed and passive speakers', () => {
  test('"It was reported that P": no speaker', () => {
    const a = read('It was reported that the agency had warned the campaign.').only();
    expect(a).toMatchObject({ speaker: null, unnamed: true, verb: 'report', stance: 'report' });
    expect(a.content).toBe('the agency had warned the campaign');
  });
  test('"officials said" is unnamed', () => {
    const a = read('Two senior officials said the warning arrived too late.').only();
    expect(a).toMatchObject({ speaker: 'Two senior officials', unnamed: true });
  });
  test('"a source said" is unnamed', () => {
    expect(read('A source close to the campaign said the meeting was brief.').only().unnamed).toBe(true);
  });
  test('a named person is not unnamed', () => {
    expect(read('Maria Lopez said the meeting was brief.').only().unnamed).toBe(false);
  });
});

describe('denials', () => {
  test('"X denied that P"', () => {
    const a = read('The embassy denied that its staff had met the candidate.').only();
    expect(a).toMatchObject({ speaker: 'The embassy', verb: 'deny', stance: 'deny', negated: false });
    expect(a.content).toBe('its staff had met the candidate');
  });
  test('"X denied P-ing"', () => {
    const a = read('The agency denied planting the stories.').only();
    expect(a).toMatchObject({ stance: 'deny' });
    expect(a.content).toBe('planting the stories');
  });
  test('"X dismissed claims that P as nonsense": content is P', () => {
    const r = read('The ministry dismissed claims that its officers had tampered with the count as nonsense.');
    const a = r.only();
    expect(a).toMatchObject({ speaker: 'The ministry', verb: 'dismiss', stance: 'deny' });
    expect(a.content).toBe('its officers had tampered with the count');
  });
  test('"X called P a hoax"', () => {
    const a = read('The senator called the whole affair a hoax.').only();
    expect(a).toMatchObject({ verb: 'call', stance: 'deny' });
    expect(a.content).toBe('the whole affair');
  });
  test('"X called P baseless" (an adjective)', () => {
    const a = read('The spokeswoman called the accusations baseless.').only();
    expect(a).toMatchObject({ stance: 'deny' });
    expect(a.content).toBe('the accusations');
  });
  test('"call" without a dismissive word is not a denial', () => {
    expect(read('The mayor called the meeting to order.').reading.attributions).toEqual([]);
  });
  test('"P is a myth, X said": a denial of P', () => {
    const a = read('The story of the stolen ballots is a myth, the minister said.').only();
    expect(a).toMatchObject({ speaker: 'the minister', verb: 'say', stance: 'deny' });
    expect(a.content).toBe('The story of the stolen ballots');
  });
  test('"X said there was no evidence that P": a report whose negation covers P (one flip)', () => {
    const r = read('The spokesman said there was no evidence that any ballots were altered.');
    expect(r.only()).toMatchObject({ stance: 'report', speaker: 'The spokesman' });
    expect(r.texts(r.reading.negations)).toEqual(['no evidence that any ballots were altered']);
  });
  test('"X rejected the accusations"', () => {
    const a = read('Moscow has rejected the accusations.').only();
    expect(a).toMatchObject({ speaker: 'Moscow', verb: 'reject', stance: 'deny' });
    expect(a.content).toBe('the accusations');
  });
  test('"P, though X denies it": the article asserts P, X denies it', () => {
    const a = read('The unit probed voting websites in several states, though the government denies it.').only();
    expect(a).toMatchObject({ speaker: 'the government', stance: 'deny' });
    expect(a.content).toBe('The unit probed voting websites in several states');
  });
  test('a speech noun: "X\'s denial that P"', () => {
    const r = read("The governor's denial that he knew about the payments convinced nobody.");
    const a = r.all().find((x) => x.verb === 'deny');
    expect(a).toMatchObject({ speaker: 'The governor', stance: 'deny' });
    expect(a?.content).toBe('he knew about the payments');
  });
});

describe('double negation: a negated denial asserts', () => {
  test('"Few analysts still deny that P"', () => {
    const r = read('Few historians still deny that the treaty was signed in secret.');
    const a = r.only();
    expect(a).toMatchObject({ verb: 'deny', stance: 'assert', negated: true });
    expect(a.content).toBe('the treaty was signed in secret');
    // The negation governs the verb, not the content.
    expect(r.texts(r.reading.negations)).toEqual(['Few historians still deny']);
  });
  test('"No one disputes that P"', () => {
    const r = read('No one disputes that the letter was forged.');
    expect(r.only()).toMatchObject({ verb: 'dispute', stance: 'assert', negated: true });
    expect(r.only().content).toBe('the letter was forged');
  });
  test('a negated report leaves its content unasserted: it reads as a denial', () => {
    const r = read('The inspector did not say that the seals were broken.');
    expect(r.only()).toMatchObject({ verb: 'say', stance: 'deny', negated: true });
    expect(r.texts(r.reading.negations)).toEqual(['not say']);
  });
  test('a negated allegation is a denial of its content', () => {
    const r = read('The complaint does not allege that any clerk took a bribe.');
    expect(r.only()).toMatchObject({ verb: 'allege', stance: 'deny', negated: true });
    expect(r.only().content).toBe('any clerk took a bribe');
  });
  test('a negated verb over an indirect question stays a question', () => {
    const r = read('The auditors did not assess whether the fraud changed the totals.');
    expect(r.only()).toMatchObject({ verb: 'assess', stance: 'question', negated: true });
  });
  test('a negated doubt asserts', () => {
    expect(read('No one doubts that the bridge was unsafe.').only()).toMatchObject({ stance: 'assert' });
  });
  test('"Nobody believes P"', () => {
    const r = read('Nobody believes the count was rigged.');
    expect(r.only()).toMatchObject({ verb: 'believe', negated: true });
    expect(r.only().content).toBe('the count was rigged');
  });
});

describe('allegations, admissions, questions', () => {
  test('"asked X to V" is a request, not a question', () => {
    const a = read('The union asked the city to publish the contract.').only();
    expect(a).toMatchObject({ verb: 'ask', stance: 'demand', speaker: 'The union' });
    expect(a.content).toBe('the city to publish the contract');
  });
  test('"asked X why P" is a question', () => {
    const a = read('A reporter asked the mayor why the bridge had closed.').only();
    expect(a).toMatchObject({ verb: 'ask', stance: 'question' });
    expect(a.content).toBe('why the bridge had closed');
  });
  test('"was asked about X" questions nothing', () => {
    expect(read('The mayor was asked about the audit.').reading.attributions).toEqual([]);
  });
  test('a relative clause on a noun phrase object is not part of the content', () => {
    const a = read('The minister rejected the audit, which found gaps in the ledger.').all()[0];
    expect(a).toMatchObject({ verb: 'reject', stance: 'deny' });
    expect(a?.content).toBe('the audit');
  });
  test('the content stops before a temporal adjunct', () => {
    const a = read('The firm denied that it had shredded the files, a week after the raid began.').all()[0];
    expect(a?.content).toBe('it had shredded the files');
    const b = read('The mayor said the road was safe, as the inquiry opened.').all()[0];
    expect(b?.content).toBe('the road was safe');
  });
  test('"The indictment alleges that P"', () => {
    const a = read('The indictment alleges that the officers stole the passwords.').only();
    expect(a).toMatchObject({ speaker: 'The indictment', verb: 'allege', stance: 'allege' });
    expect(a.content).toBe('the officers stole the passwords');
  });
  test('"prosecutors charged that P"', () => {
    const a = read('Prosecutors charged that the firm paid the trolls in cash.').only();
    expect(a).toMatchObject({ verb: 'charge', stance: 'allege' });
    expect(a.content).toBe('the firm paid the trolls in cash');
  });
  test('"X accused Y of P"', () => {
    const a = read('The auditors accused the contractor of hiding the invoices.').only();
    expect(a).toMatchObject({ verb: 'accuse', stance: 'allege' });
    expect(a.content).toBe('the contractor of hiding the invoices');
  });
  test('"X admitted that P"', () => {
    const a = read('The aide admitted that he had met the lobbyist twice.').only();
    expect(a).toMatchObject({ speaker: 'The aide', verb: 'admit', stance: 'admit' });
    expect(a.content).toBe('he had met the lobbyist twice');
  });
  test('"X acknowledged P-ing"', () => {
    const a = read('The diplomat acknowledged meeting the adviser.').only();
    expect(a).toMatchObject({ stance: 'admit' });
    expect(a.content).toBe('meeting the adviser');
  });
  test('"X asked whether P": a reported question', () => {
    const r = read('The senator asked whether the ballots had been altered.');
    expect(r.only()).toMatchObject({ verb: 'ask', stance: 'question' });
    expect(r.only().content).toBe('the ballots had been altered');
    expect(r.reading.question).toBe(false);
  });
});

describe('relayed quotes', () => {
  test('"X quoted Y as saying": Y speaks, X relays', () => {
    const a = read('"We are ready to talk," Orlov quoted the president as saying.').only();
    expect(a).toMatchObject({ speaker: 'the president', relayedBy: 'Orlov', verb: 'say' });
    expect(a.content).toBe('We are ready to talk');
  });
  test('"quote" without "as saying" is no speech', () => {
    expect(read('The bishop quoted a poem in his sermon.').reading.attributions).toEqual([]);
  });
});

describe('no attribution', () => {
  test.each([
    'The hackers copied the files in June.',
    'Asked about the files, the mayor declined to comment.',
    'The alleged hacking began in March.',
  ])('%s', (s) => {
    expect(read(s).reading.attributions).toEqual([]);
  });
});

describe('quotation marks and participles', () => {
  test('a quoted dismissive adjective: called P "utterly false"', () => {
    const a = read('The envoy called the report "utterly false."').only();
    expect(a).toMatchObject({ verb: 'call', stance: 'deny' });
    expect(a.content).toBe('the report');
  });
  test('dismissed P as "rubbish"', () => {
    const a = read('The minister has dismissed the findings as "rubbish."').only();
    expect(a).toMatchObject({ stance: 'deny' });
    expect(a.content).toBe('the findings');
  });
  test('a quote that starts inside the content', () => {
    const a = read('The governor said the county "never lost a single ballot."').only();
    expect(a.content).toBe('the county "never lost a single ballot');
  });
  test('"…, adding that P" shares the speaker', () => {
    const r = read('"Nothing was stolen," the clerk told the panel, adding that the story was a fantasy.');
    const [first, second] = r.all();
    expect(first).toMatchObject({ speaker: 'the clerk', verb: 'tell', content: 'Nothing was stolen' });
    expect(second).toMatchObject({ speaker: 'the clerk', verb: 'add', stance: 'deny', content: 'the story' });
  });
  test('a participle clause ends the content: "denied P, calling it …"', () => {
    const a = read('The mayor denied the report, saying it was wrong.').all()[0];
    expect(a).toMatchObject({ speaker: 'The mayor', verb: 'deny', content: 'the report' });
  });
  test('a speaker before a parenthetical: "X, asked about Y, said P"', () => {
    const a = read('Petrova, asked about the files, said they were fabricated.').only();
    expect(a).toMatchObject({ speaker: 'Petrova', verb: 'say', stance: 'deny', content: 'they' });
  });
  test('passive "is alleged to": no speaker, the clause is the content', () => {
    const a = read('The firm is alleged to have paid the organisers.').only();
    expect(a).toMatchObject({ speaker: null, unnamed: true, verb: 'allege', stance: 'allege' });
    expect(a.content).toBe('The firm is alleged to have paid the organisers');
  });
  test('a headline "Name: P" credits P to the name', () => {
    const a = read('Orlova: the ballots were never touched').only();
    expect(a).toMatchObject({ speaker: 'Orlova', verb: 'say', stance: 'report' });
    expect(a.content).toBe('the ballots were never touched');
  });
});

describe('where reported content ends', () => {
  test('at the comma that closes a subordinate clause', () => {
    const r = read(
      'Although the filing alleges that the firm paid the couriers, it does not allege that they knew why.',
    );
    const [first, second] = r.all();
    expect(first).toMatchObject({ speaker: 'the filing', verb: 'allege', content: 'the firm paid the couriers' });
    expect(second).toMatchObject({ speaker: 'it', negated: true, content: 'they knew why' });
  });
  test('a parenthetical ", however," before the complement is skipped', () => {
    const a = read('The judge said, however, that the seals were intact.').only();
    expect(a.content).toBe('the seals were intact');
  });
  test('the addressee of "told" is not content', () => {
    const a = read('The aide told Reuters the envoys would leave on Friday.').only();
    expect(a.content).toBe('the envoys would leave on Friday');
  });
  test('a passive "indicted by": the agent speaks, the subject is the content', () => {
    const a = read('The two couriers were indicted by a federal grand jury.').only();
    expect(a).toMatchObject({ speaker: 'a federal grand jury', stance: 'allege' });
    expect(a.content).toBe('The two couriers');
  });
  test('a non-speech "denied": "access was denied"', () => {
    expect(read('Access to the archive was denied to the visitors.').reading.attributions).toEqual([]);
  });
  test('"Label: words" without a verb credits nobody', () => {
    expect(read('Photo: River Street at dusk').reading.attributions).toEqual([]);
  });
  test('"blasted P as a witch hunt" is a denial of P', () => {
    const a = read('The senator blasted the inquiry as a witch hunt.').only();
    expect(a).toMatchObject({ verb: 'blast', stance: 'deny', content: 'the inquiry' });
  });
});

describe('coordination and anaphora', () => {
  test('"X denies P and says Q": the second verb shares the speaker', () => {
    const [first, second] = read('The agency denies it leaked the memo, and says the memo is a forgery.').all();
    expect(first).toMatchObject({ speaker: 'The agency', stance: 'deny', content: 'it leaked the memo' });
    expect(second).toMatchObject({ speaker: 'The agency', verb: 'say', stance: 'deny', content: 'the memo' });
  });
  test('an object ends before "and" + a new verb', () => {
    const [first] = read('The clerk denied it and left the room.').all();
    expect(first).toMatchObject({ verb: 'deny', content: 'it' });
  });
  test('a complement clause keeps its own coordinated verbs', () => {
    const a = read('The board denied that the firm hid the funds and forged the books.').only();
    expect(a.content).toBe('the firm hid the funds and forged the books');
  });
  test('"questioned that" refers back to the clause before', () => {
    const r = read('The auditors concluded that the books were forged, but the owner has questioned that.');
    const second = r.all()[1];
    expect(second).toMatchObject({ speaker: 'the owner', stance: 'question' });
    expect(second?.content).toContain('the books were forged');
  });
});

describe('speakers found further back', () => {
  test('an appositive before an auxiliary: "X, the director, had told him that P"', () => {
    const a = read('Ana Ruiz, the chief auditor, had told him that the ledger was forged.').only();
    expect(a).toMatchObject({ speaker: 'Ana Ruiz', verb: 'tell', content: 'the ledger was forged' });
  });
  test('a parenthetical before "have repeatedly stated"', () => {
    const a = read('City officials, including the mayor, have repeatedly stated that no files were lost.').only();
    expect(a).toMatchObject({ speaker: 'City officials', unnamed: true, content: 'no files were lost' });
  });
  test('a relative clause: the antecedent speaks, the content ends at its comma', () => {
    const a = read('The mayor, who has denied any wrongdoing, spoke on Monday.').only();
    expect(a).toMatchObject({ speaker: 'The mayor', stance: 'deny', content: 'any wrongdoing' });
  });
  test('a possessive pronoun before a speech noun: "his denial of P"', () => {
    const a = read('The governor repeated his denial of any contact with the lobbyists.').only();
    // The subject of the verb that carries the noun is the one "his" stands for.
    expect(a).toMatchObject({ speaker: 'The governor', stance: 'deny', content: 'any contact with the lobbyists' });
    const b = read('Critics ignored his denial of any contact with the lobbyists.').only();
    expect(b).toMatchObject({ speaker: 'his', stance: 'deny' });
  });
  test('"found N things linked to X": a noun phrase object, not a finding', () => {
    expect(read('The auditors found 40 payments linked to the firm.').reading.attributions).toEqual([]);
  });
  test('"dismissed as nonsense the charges that P"', () => {
    const a = read('The minister dismissed as "nonsense" the charges that his aides took bribes.').only();
    expect(a).toMatchObject({ stance: 'deny', content: 'his aides took bribes' });
  });
  test('"it was not a hoax" is no denial', () => {
    const a = read('The senator said it was not a hoax.').only();
    expect(a.stance).toBe('report');
  });
});

test('an attribution gives the offsets of its speech word', () => {
  const s = 'The clerk denied that the seal was broken.';
  const a = read(s).only();
  expect(s.slice(a.verbStart, a.verbEnd)).toBe('denied');
  const t = 'The seal was broken, according to the clerk.';
  const b = read(t).only();
  expect(t.slice(b.verbStart, b.verbEnd)).toBe('according to');
  const u = "The clerk's denial of the theft surprised nobody.";
  const c = read(u).only();
  expect(u.slice(c.verbStart, c.verbEnd)).toBe('denial');
});

describe('speech nouns', () => {
  test('a light verb gives the noun its speaker: "issued a firm denial of X"', () => {
    const a = read('The governor issued a firm denial of the bribery.').only();
    expect(a).toMatchObject({ speaker: 'The governor', verb: 'deny', stance: 'deny' });
    expect(a.content).toBe('the bribery');
  });
  test('a name before the noun is its speaker, and the content stops at the noun phrase', () => {
    const a = read('Voters find Smith denial of the bribery convincing').only();
    expect(a).toMatchObject({ speaker: 'Smith', stance: 'deny' });
    expect(a.content).toBe('the bribery');
  });
  test('"made the allegation" is an allegation by the subject, not a topic', () => {
    const r = read('The spokeswoman made the allegation on Friday.');
    expect(r.only()).toMatchObject({ speaker: 'The spokeswoman', verb: 'allege', stance: 'allege' });
    expect(r.reading.topics).toEqual([]);
  });
  test('"contains no allegation that P" is a negated allegation of P', () => {
    const a = read('The complaint contains no allegation that the clerk took money.').only();
    expect(a).toMatchObject({ verb: 'allege', stance: 'deny', negated: true });
    expect(a.content).toBe('the clerk took money');
  });
  test("a negation inside a speech noun's content stops with the content", () => {
    const r = read("The mayor's claim that the aides did not know drew criticism.");
    expect(r.texts(r.reading.negations)).toEqual(['not know']);
    expect(r.reading.topics).toEqual([]);
  });
});

describe('content called false without a speech verb of denial', () => {
  test('"it was absurd to suggest that P" denies P, credited to the reporting speaker', () => {
    const a = read('The minister said it was absurd to suggest that the port had flooded.').all()[0];
    expect(a).toMatchObject({ speaker: 'The minister', stance: 'deny' });
    expect(a?.content).toBe('the port had flooded');
  });
  test('"it is false that P" and "it is not true that P" deny P', () => {
    expect(read('It is false that the bridge was sold.').only()).toMatchObject({ stance: 'deny', speaker: null });
    const r = read('It is not true that the bridge was sold.');
    expect(r.only()).toMatchObject({ stance: 'deny' });
    expect(r.texts(r.reading.negations)).toEqual(['not true']);
  });
  test('an infinitive after a noun is no speech act', () => {
    expect(read("The board called the mayor's plan to question the clerks a bold step.").reading.attributions).toEqual(
      [],
    );
    const r = read('The inspectors saw no reason to believe the pump had failed.');
    expect(r.reading.attributions).toEqual([]);
    expect(r.texts(r.reading.negations)).toEqual(['no reason to believe the pump had failed']);
  });
});

describe('naming and calling', () => {
  test('"called X a <non-dismissive label>" reports the speaker\'s view', () => {
    const r = read('The mayor, who had called the plan a fine idea, now opposes it, aides said.');
    const a = r.all().find((x) => x.verb === 'call');
    expect(a).toMatchObject({ speaker: 'The mayor', stance: 'report' });
    expect(a?.content).toBe('the plan a fine idea');
  });
  test('"called on X to V" and "asked X for Y" are demands', () => {
    const a = read('The union called on the city to publish the contract.').only();
    expect(a).toMatchObject({ verb: 'call', stance: 'demand' });
    expect(a.content).toBe('the city to publish the contract');
    const b = read('The union asked the city for the contract.').only();
    expect(b).toMatchObject({ verb: 'ask', stance: 'demand' });
    expect(b.content).toBe('the contract');
  });
});

test('a relative clause between dashes credits its antecedent', () => {
  const a = read('Voters will meet the mayor — who has denied the bribery — on Friday.').only();
  expect(a).toMatchObject({ speaker: 'the mayor', stance: 'deny' });
  expect(a.content).toBe('the bribery');
});

describe('a participle after a noun is a reduced passive', () => {
  test('"firms accused of fraud": an allegation with no speaker named', () => {
    const a = read('The list names two firms accused of fraud.').only();
    expect(a).toMatchObject({ speaker: null, verb: 'accuse', stance: 'allege' });
    expect(a.content).toBe('two firms accused of fraud');
  });
  test('"the clerks charged by the prosecutor": the agent is the speaker', () => {
    const a = read('The mayor spoke of the clerks charged by the prosecutor.').only();
    expect(a).toMatchObject({ speaker: 'the prosecutor', stance: 'allege' });
    expect(a.content).toBe('the clerks');
  });
});

test("a conjunct of the speech verb's own form ends the content", () => {
  const a = read('The mayor denied that the aides were hiding the files and vowed to resign.').all()[0];
  expect(a?.content).toBe('the aides were hiding the files');
});

test('an addressee noun phrase before a subject pronoun is not content', () => {
  const a = read('The mayor told the town council she would not resign.').only();
  expect(a.content).toBe('she would not resign');
});

test('a label stops at a conjoined finite verb of its own', () => {
  const [a] = read('The mayor called it unfair to keep blaming the clerks and said the audit should end.').all();
  expect(a).toMatchObject({ verb: 'call', stance: 'report' });
  expect(a?.content).toBe('it unfair to keep blaming the clerks');
});

test('dismissing charges denies what they say, not that they were brought', () => {
  const a = read(
    'The minister dismissed as "nonsense" charges brought by the auditor against two aides over the missing funds.',
  ).only();
  expect(a).toMatchObject({ stance: 'deny' });
  expect(a.content).toBe('the missing funds');
});

test('a purpose infinitive after "use X" or a time phrase has the main subject as speaker', () => {
  const a = read('The mayor used her speech on Monday to warn that the bridge was unsafe.').only();
  expect(a).toMatchObject({ speaker: 'The mayor', verb: 'warn' });
  expect(a.content).toBe('the bridge was unsafe');
});
