import * as v from 'valibot';

/** A claim, fact or glossary id: lowercase words joined by hyphens. */
export const Id = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lowercase words joined by hyphens'));

export const Url = v.pipe(
  v.string(),
  v.url('must be an absolute URL'),
  v.regex(/^https?:\/\//, 'must be an http or https URL'),
  v.check((u) => u.trim() === u, 'must not have surrounding spaces'),
);

/** YYYY, YYYY-MM or YYYY-MM-DD, and a real calendar date. */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check((d) => d.length < 10 || new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'must be a real date'),
);

export const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );

/** One line of prose, no line breaks. */
export const Line = (max: number) => v.pipe(Text(max), v.regex(/^[^\n\r]*$/, 'must be one line'));

export const unique = <T>(items: T[]) => new Set(items).size === items.length;
