// References to a US election cycle other than 2016: "the 2020 presidential election", "the
// 2018 midterms", "elections in 2024", "the next election". The story is the 2016 election and
// its aftermath; a page that speaks of a later cycle and never of 2016 is another story, even
// when the same actors and the same words ("interference", "Russian hackers") appear.

// Years of later cycles and of the aftermath: a year alone is a date, not a cycle; only a year
// tied to an election word is.
const YEAR = '20(?:1[7-9]|[2-3]\\d)';
const ELECTION = '(?:elections?|votes?|races?|midterms?|campaigns?|cycles?|ballots?|primar(?:y|ies)|contests?)';
const LATER_CYCLE = new RegExp(
  [
    // "the 2020 presidential election", "2018 midterm elections", "the 2024 race"
    `\\b${YEAR}(?:\\s+[\\p{L}-]+){0,2}\\s+${ELECTION}\\b`,
    // "elections in 2020", "the vote of 2024"
    `\\b${ELECTION}\\s+(?:in|of|for)\\s+(?:the\\s+)?${YEAR}\\b`,
    // "the midterms", "midterm elections" (2016 had none)
    '\\bmidterms?\\b',
    // "the next presidential election", "upcoming elections", "future elections"
    `\\b(?:next|upcoming|future|coming)\\s+(?:(?:presidential|general|national|us|u\\.s\\.|american|federal)\\s+)?${ELECTION}`,
  ].join('|'),
  'giu',
);

// A cheap test first: most sentences hold none of these, and the full pattern is slower.
const CANDIDATE = /20(?:1[7-9]|[23]\d)|midterm|next|upcoming|future|coming/i;

/** How many times `text` refers to a US election cycle other than 2016. */
export function countLaterCycles(text: string): number {
  if (typeof text !== 'string' || !CANDIDATE.test(text)) return 0;
  let count = 0;
  LATER_CYCLE.lastIndex = 0;
  while (LATER_CYCLE.exec(text)) count++;
  return count;
}
