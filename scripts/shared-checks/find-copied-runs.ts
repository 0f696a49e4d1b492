// Finds runs of N or more identical consecutive words between our text and source text:
// the mechanical half of "write the dataset in your own words".

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** All n-word shingles of the source texts, as one set. */
export function shingles(texts: string[], n: number): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + n <= w.length; i++) out.add(w.slice(i, i + n).join(' '));
  }
  return out;
}

/** The first copied run of n words in `text`, or null. */
export function findCopiedRun(text: string, source: Set<string>, n: number): string | null {
  const w = words(text);
  for (let i = 0; i + n <= w.length; i++) {
    const run = w.slice(i, i + n).join(' ');
    if (source.has(run)) return run;
  }
  return null;
}
