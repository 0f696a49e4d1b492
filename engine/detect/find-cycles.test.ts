import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countLaterCycles } from './find-cycles';

describe('countLaterCycles', () => {
  test.each([
    ['Officials prepared for the 2020 presidential election.', 1],
    ['Hackers probed systems before the 2018 midterm elections.', 1],
    ['The elections in 2024 drew record turnout.', 1],
    ['Russia may try again in the next presidential election.', 1],
    ['Voters head to the polls in the midterms.', 1],
    ['The 2022 race for governor was close.', 1],
  ])('a later cycle: %s', (text, count) => {
    expect(countLaterCycles(text)).toBe(count);
  });
  test.each([
    'Russia interfered in the 2016 presidential election.',
    'In 2018, the special counsel charged twelve officers.',
    'The report was published in April 2019 after a two-year inquiry.',
    'The 2017 assessment said Putin ordered the campaign.',
    'Mueller testified before Congress in July 2019.',
  ])('no later cycle: %s', (text) => {
    expect(countLaterCycles(text)).toBe(0);
  });
  test('any string: never throws, never negative', () => {
    fc.assert(fc.property(fc.string(), (s) => countLaterCycles(s) >= 0));
  });
});
