// A larger, made-up dataset for the bench: each real hints file copied with its id changed and
// about half of its strings replaced by invented words, so the index grows tenfold while real
// text still triggers some of the copies' rules.

const MADE_UP = ['zorvel', 'quintak', 'brastomy', 'felquor', 'mivander', 'plostic', 'garnith', 'trevolt'];

function perturb(value: unknown, seed: { n: number }, key = ''): unknown {
  if (typeof value === 'string') {
    if (key === 'claim' || key === 'speaker') return value;
    seed.n = (seed.n * 1103515245 + 12345) % 2147483648;
    if (seed.n % 2 === 0) return value;
    return `${MADE_UP[seed.n % MADE_UP.length]}${seed.n % 997}`;
  }
  if (Array.isArray(value)) return value.map((item) => perturb(item, seed, key));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, perturb(v, seed, k)]));
  }
  return value;
}

/** `copies` perturbed copies of each hints file (ids suffixed `-synth-N`), after the originals. */
export function synthesizeHints<T>(hints: T[], copies: number): { hints: T[]; ids: string[] } {
  const out: T[] = [...hints];
  const ids: string[] = [];
  const seed = { n: 42 };
  for (let copy = 1; copy <= copies; copy++) {
    for (const original of hints) {
      const clone = perturb(original, seed) as Record<string, unknown>;
      const id = `${String(clone.claim ?? clone.id)}-synth-${copy}`;
      if ('claim' in clone) clone.claim = id;
      else clone.id = id;
      out.push(clone as T);
      ids.push(id);
    }
  }
  return { hints: out, ids };
}
