// npm run -s fixture:add -- <case-name> <page.html>
// Adds tests/fixtures/articles/<case-name>/ with the page and an expected.json holding what the
// engine finds today: review it (and fix the engine or the hints where it is wrong) before
// committing. Every bug fixed adds a case. Pages must be written by us, never copied articles.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../engine/analyze-document';
import { passesGate } from '../engine/gate/passes-gate';
import { readPageMeta } from '../engine/gate/read-page-meta';
import { buildIndexFromDisk } from './lib/build-index-from-disk';
import { CliError, runCli } from './lib/cli-error';
import { readTextInput } from './lib/read-input';
import { parseHtmlFile } from './lib/read-page';

function main(): void {
  const [name, source] = process.argv.slice(2);
  if (!name || !source || !/^[a-z0-9-]+$/.test(name)) {
    console.error('usage: npm run -s fixture:add -- <case-name (lowercase-with-hyphens)> <page.html>');
    process.exit(2);
  }
  const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'articles', name);
  if (existsSync(dir)) throw new CliError(`${dir}: exists already; choose another name`);
  const { text: html, cutFromBytes } = readTextInput(source);
  if (cutFromBytes !== undefined) throw new CliError(`${source}: too large for a test case (${cutFromBytes} bytes)`);
  const doc = parseHtmlFile(source, html);
  const result = analyzeDocument(doc, buildIndexFromDisk());
  const expected = {
    gate: passesGate(readPageMeta(doc)).pass,
    aboutStory: result.aboutStory,
    claims: [...new Set(result.matches.map((m) => m.claimId))].sort(),
    absent: [],
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'page.html'), html);
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(
    `${dir}: ${JSON.stringify(expected)}\nReview expected.json, add page chrome that must not reach the article to "absent".`,
  );
}

await runCli(main);
