import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The e2e tests never skip silently: a missing browser is an error that says what to install. */
export function requireBrowser(envVar: string, path: string, debianPackage: string): string {
  const chosen = process.env[envVar] || path;
  if (!existsSync(chosen)) {
    throw new Error(
      `${chosen} not found: install Debian's ${debianPackage} (sudo apt-get install ${debianPackage}) or set ${envVar} to the browser binary.`,
    );
  }
  return chosen;
}

/** The unpacked extension a test loads must have been built. */
export function requireBuild(extDir: string): void {
  if (!existsSync(join(extDir, 'manifest.json')))
    throw new Error(`${extDir} has no manifest.json: run npm run build:e2e (the test build) first.`);
}

/** Both browsers, checked before any test starts, so a missing one fails the run in a second. */
export const BROWSERS = [
  ['CHROMIUM_PATH', '/usr/bin/chromium', 'chromium'],
  ['FIREFOX_PATH', '/usr/bin/firefox-esr', 'firefox-esr'],
] as const;

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    for (const [envVar, path, pkg] of BROWSERS) requireBrowser(envVar, path, pkg);
  } catch (e) {
    console.error((e as Error).message);
    process.exit(1);
  }
}
