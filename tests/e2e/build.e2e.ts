// The built extension, as a store reviewer reads it: the permissions it asks for, no remote code,
// each entrypoint inside its size budget, and nothing that only the tests use.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';

/**
 * Bytes each part may weigh. The content script runs on every page; the dataset lives in the
 * background; the options page carries the public-suffix list (tldts, about 250 KB) that keeps a
 * reader from turning Backstory off for a whole public suffix such as "co.uk".
 */
const BUDGETS: Array<[RegExp, number]> = [
  [/^content-scripts\/content\.js$/, 120_000],
  // The background carries the compiled dataset (~0.3 MB) and the sentence reader's English
  // model (wink-eng-lite-web-model, ~3.8 MB of JSON, loaded once per background start).
  [/^background\.js$/, 4_800_000],
  [/^chunks\/popup-.*\.js$/, 60_000],
  [/^chunks\/options-.*\.js$/, 300_000],
];

/** What only the test build may contain. */
const TEST_ONLY = /get-timings|get-background-timings|get-background-diagnostics|performance\.mark|BACKSTORY_E2E/;

function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, base) : [path.slice(base.length + 1)];
  });
}

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  describe(target, () => {
    const dir = resolve('.output', target);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

    test('asks only for the permissions its features use', () => {
      assert.deepEqual(manifest.permissions, ['storage', 'activeTab', 'scripting', 'contextMenus']);
      assert.equal(manifest.host_permissions, undefined);
      assert.equal(manifest.optional_permissions, undefined);
      assert.equal(manifest.web_accessible_resources, undefined);
      assert.deepEqual(
        manifest.content_scripts.map((c: { matches: string[] }) => c.matches),
        [['http://*/*', 'https://*/*']],
      );
    });

    test('loads no remote code', () => {
      assert.equal(manifest.content_security_policy, undefined);
      for (const file of files(dir).filter((f) => f.endsWith('.html'))) {
        assert.doesNotMatch(readFileSync(join(dir, file), 'utf8'), /<script[^>]+src="(https?:)?\/\//, file);
      }
      for (const file of files(dir).filter((f) => f.endsWith('.js'))) {
        const code = readFileSync(join(dir, file), 'utf8');
        assert.doesNotMatch(code, /\bimportScripts\(\s*['"]https?:|import\(\s*['"]https?:/, file);
      }
    });

    test('carries none of the test build’s hooks: no test-only message, no timeline mark', () => {
      // The test build (.output/<target>-e2e, `wxt build --mode e2e`) has them; the shipped one must not.
      for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
        const code = readFileSync(join(dir, file), 'utf8');
        assert.doesNotMatch(code, TEST_ONLY, file);
      }
      const testBuild = resolve('.output', `${target}-e2e`);
      const hooks = files(testBuild).filter((f) => TEST_ONLY.test(readFileSync(join(testBuild, f), 'utf8')));
      assert.ok(hooks.includes('background.js'), `the test build has its hooks (found in ${hooks.join(', ')})`);
    });

    test('every entrypoint stays inside its size budget', () => {
      for (const file of files(dir)) {
        const budget = BUDGETS.find(([pattern]) => pattern.test(file))?.[1];
        if (budget) assert.ok(statSync(join(dir, file)).size <= budget, `${file} is over ${budget} bytes`);
      }
    });
  });
}
