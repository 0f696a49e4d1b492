// Project conventions, checked on the source: no code from strings, no HTML from strings, and
// an engine that imports nothing from the browser or the UI.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(ROOT, dir, name);
    if (statSync(path).isDirectory()) return sources(relative(ROOT, path));
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [relative(ROOT, path)] : [];
  });
}

const shipped = ['engine', 'extension', 'components', 'entrypoints', 'dataset'].flatMap(sources);

test.each(shipped)('%s builds no code or HTML from strings', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  expect(text).not.toMatch(
    /\beval\(|new Function\(|\.innerHTML\s*=|\.outerHTML\s*=|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write\(/,
  );
});

test.each(sources('engine'))('%s stays framework-free', (file) => {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
  for (const source of imports)
    expect(source, file).not.toMatch(
      /^(wxt|preact|webextension-polyfill|@wxt-dev|@\/(extension|components|entrypoints))/,
    );
  expect(text).not.toMatch(/\b(window|document|navigator|chrome|browser)\.[a-zA-Z]/);
});
