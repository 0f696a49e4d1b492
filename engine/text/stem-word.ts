// A light, predictable English stemmer. Hints and articles pass through the same function, so
// what matters is that inflections of one word meet ("meddle", "meddled", "meddling" → "meddl";
// "denies", "denied" → "deny"), not that stems are real words. Derivations ("interference",
// "indictment") are left alone on purpose: hints list them, which keeps matches explainable.

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
};

/** Irregular forms that matter for the story's verbs. */
const IRREGULAR: Record<string, string> = {
  said: 'say',
  says: 'say',
  told: 'tell',
  tells: 'tell',
  stole: 'steal',
  stolen: 'steal',
  broke: 'break',
  broken: 'break',
  took: 'take',
  taken: 'take',
  thrown: 'throw',
  threw: 'throw',
  sought: 'seek',
  brought: 'bring',
  found: 'find',
  wrote: 'write',
  written: 'write',
  began: 'begin',
  begun: 'begin',
  knew: 'know',
  known: 'know',
  gave: 'give',
  given: 'give',
  sent: 'send',
  made: 'make',
  left: 'leave',
  won: 'win',
  ran: 'run',
  saw: 'see',
  seen: 'see',
  men: 'man',
  women: 'woman',
  people: 'people',
  news: 'news',
  was: 'was',
  has: 'has',
  does: 'does',
  is: 'is',
  this: 'this',
  us: 'us',
  its: 'its',
  yes: 'yes',
  less: 'less',
  unless: 'unless',
  series: 'series',
  species: 'species',
  analysis: 'analysis',
  thesis: 'thesis',
  crisis: 'crisis',
};

const VOWEL = /[aeiouy]/;

/** The number a word spells, as digits, or null. */
export function numberWord(word: string): string | null {
  return NUMBER_WORDS[word] ?? null;
}

function undouble(stem: string): string {
  const n = stem.length;
  if (n < 3) return stem;
  const last = stem[n - 1] as string;
  if (last === stem[n - 2] && !'sz'.includes(last) && !VOWEL.test(last)) return stem.slice(0, -1);
  return stem;
}

// Articles repeat their words; a bounded cache makes stemming nearly free after the first
// sentence without growing without limit on a huge page.
const cache = new Map<string, string>();
const CACHE_LIMIT = 20_000;

/** Stems one lower-case token; digits and short words pass through unchanged. */
export function stemWord(word: string): string {
  if (word.length <= 2) return word;
  const known = cache.get(word);
  if (known !== undefined) return known;
  const stem = computeStem(word);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, stem);
  return stem;
}

function computeStem(word: string): string {
  if (/^\d/.test(word)) return word;
  const number = NUMBER_WORDS[word];
  if (number) return number;
  const irregular = IRREGULAR[word];
  if (irregular) return irregular === word ? word : stemRegular(irregular);
  return stemRegular(word);
}

function stemRegular(word: string): string {
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('eed')) {
    w = w.slice(0, -1);
  } else if (w.endsWith('ed') && w.length > 4 && VOWEL.test(w.slice(0, -2))) {
    w = undouble(w.slice(0, -2));
  } else if (w.endsWith('ing') && w.length > 5 && VOWEL.test(w.slice(0, -3))) {
    w = undouble(w.slice(0, -3));
  }
  if (w.endsWith('e') && w.length > 3) w = w.slice(0, -1);
  // "expel"/"expelled", "call"/"called": one l either way.
  if (w.endsWith('ll') && w.length > 3) w = w.slice(0, -1);
  return w;
}
