// The command-line tools on bad and huge input, run for real on files made in a temp folder:
// one clear line on stderr naming the file and what is wrong, a non-zero exit, bounded output.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
let dir: string;

function run(script: string, ...args: string[]) {
  const result = spawnSync(tsx, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, BACKSTORY_DEBUG: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Exactly one line on stderr, naming the file; nothing of a stack trace. */
function expectOneLine(stderr: string, file: string, what: RegExp) {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(what);
  expect(stderr).not.toMatch(/\n\s+at |Error:/);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze', () => {
  test('a binary file', () => {
    const file = join(dir, 'photo.html');
    writeFileSync(file, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const { status, stdout, stderr } = run('analyze.ts', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expectOneLine(stderr, file, /binary data/);
  });

  test('an empty .html file', () => {
    const file = join(dir, 'empty.html');
    writeFileSync(file, '');
    const { status, stderr } = run('analyze.ts', file);
    expect(status).toBe(1);
    expectOneLine(stderr, file, /empty/);
  });

  test('a missing file, and a folder', () => {
    const missing = join(dir, 'missing.html');
    expect(run('analyze.ts', missing).status).toBe(1);
    expectOneLine(run('analyze.ts', missing).stderr, missing, /no such file/);
    expectOneLine(run('analyze.ts', dir).stderr, dir, /is a folder/);
  });

  test('a 20 MB page about the story: bounded output that says what was left out', () => {
    const story = readFileSync(join(root, 'tests/fixtures/articles/story-indictment-denial/page.html'), 'utf8');
    const paragraphs = (story.match(/<p>[\s\S]*?<\/p>/g) ?? []).join('');
    const file = join(dir, 'huge.html');
    const head = story.slice(0, story.indexOf('</article>'));
    writeFileSync(
      file,
      `${head}${paragraphs.repeat(Math.ceil(20_000_000 / paragraphs.length))}</article></body></html>`,
    );
    const { status, stdout, stderr } = run('analyze.ts', file);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/huge input: read the first .* MB of 2\d\.\d MB; analysed the first 1,000,000 characters/);
    expect(stdout).toMatch(/and \d+ more matches not shown \(at most 100 per file/);
    expect(stdout.length).toBeLessThan(100_000);
  }, 120_000);
});

describe('eval', () => {
  test('a missing folder', () => {
    const missing = join(dir, 'no-corpus');
    const { status, stderr } = run('eval.ts', missing);
    expect(status).toBe(1);
    expectOneLine(stderr, missing, /no such folder/);
  });

  test('a folder without labels', () => {
    const folder = join(dir, 'unlabelled');
    mkdirSync(folder);
    writeFileSync(join(folder, 'page.txt'), 'URL: https://example.org/\nTITLE: A page\n\nText.');
    const { status, stderr } = run('eval.ts', folder);
    expect(status).toBe(1);
    expectOneLine(stderr, folder, /not a corpus folder/);
  });

  test('a malformed labels.json', () => {
    const folder = join(dir, 'bad-labels');
    mkdirSync(folder);
    writeFileSync(join(folder, 'INDEX.tsv'), 'file\tlabel\n');
    writeFileSync(join(folder, 'labels.json'), '{ "a.txt": ');
    const { status, stderr } = run('eval.ts', folder);
    expect(status).toBe(1);
    expectOneLine(stderr, join(folder, 'labels.json'), /not valid JSON/);
  });

  test('a missing INDEX.tsv', () => {
    const folder = join(dir, 'no-index');
    mkdirSync(folder);
    writeFileSync(join(folder, 'labels.json'), '{}');
    const { status, stderr } = run('eval.ts', folder);
    expect(status).toBe(1);
    expectOneLine(stderr, join(folder, 'INDEX.tsv'), /missing/);
  });
});

describe('fixture:add', () => {
  test('a missing page', () => {
    const missing = join(dir, 'not-written.html');
    const { status, stderr } = run('add-fixture-case.ts', 'cli-test-case', missing);
    expect(status).toBe(1);
    expectOneLine(stderr, missing, /no such file/);
  });
});
