// One folding step shared by the index compiler and the matcher, so hints and articles meet
// on the same characters: case, accents, typographic quotes and dashes do not decide a match.

const QUOTE_LIKE = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const DOUBLE_QUOTE_LIKE = /[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g;
const DASH_LIKE = /[\u2010-\u2015\u2212]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower-cases, strips accents and maps curly quotes and dashes to ASCII.
 * Keeps the string length unchanged so offsets computed on the result point into the input.
 */
export function normalizeText(input: string): string {
  if (typeof input !== 'string' || input.length === 0) return '';
  // Only capitals and non-ASCII characters need work; news text is mostly neither.
  return input.replace(FOLDABLE, fold);
}

const FOLDABLE = /[A-Z\u0080-\uffff]/g;

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return String.fromCharCode(code + 32);
  let folded = ch.toLowerCase();
  if (folded.length !== 1) return ch;
  const bare = folded.normalize('NFD').replace(COMBINING_MARKS, '');
  if (bare.length === 1) folded = bare;
  folded = folded.replace(QUOTE_LIKE, "'").replace(DOUBLE_QUOTE_LIKE, '"').replace(DASH_LIKE, '-');
  return folded.length === 1 ? folded : ch;
}
