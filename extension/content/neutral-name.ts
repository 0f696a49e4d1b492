// A name for what Backstory puts in a page (the overlay's host element) that says nothing: random
// per page load, lower-case letters only, two words as custom element names need. A page cannot
// look for it by name, and it names neither the product nor a verdict.
export function neutralName(random: (n: number) => Uint8Array = (n) => crypto.getRandomValues(new Uint8Array(n))) {
  const word = () => Array.from(random(6), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${word()}-${word()}`;
}
