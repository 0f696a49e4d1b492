import type * as v from 'valibot';

/** One thing wrong with the dataset, located precisely enough for a curator to fix it. */
export interface DatasetProblem {
  file: string;
  entry?: string;
  path?: string;
  message: string;
}

export function formatProblem(p: DatasetProblem): string {
  return [p.file, p.entry !== undefined && `entry "${p.entry}"`, p.path, p.message].filter(Boolean).join(': ');
}

/** Thrown when the dataset is malformed; its message lists every problem, one per line. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(`The dataset has ${problems.length} problem(s):\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'DatasetError';
  }
}

/** valibot's issue path as a curator reads it: `sources[1]`, `context[0]`, `rules[2].all`. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  let out = '';
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : out ? `.${String(key)}` : String(key);
  }
  return out;
}
