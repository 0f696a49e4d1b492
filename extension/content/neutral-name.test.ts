import { expect, test } from 'vitest';
import { neutralName } from './neutral-name';

test('a valid custom element name, different on each page load, naming nothing', () => {
  const names = new Set(Array.from({ length: 50 }, () => neutralName()));
  expect(names.size).toBe(50);
  for (const name of names) {
    expect(name).toMatch(/^[a-z]{6}-[a-z]{6}$/);
    expect(name).not.toMatch(/backstory|support|context|mislead|contradict|misattrib/);
  }
});
