import { existsSync } from 'node:fs';

/** The e2e tests never skip silently: a missing browser is an error that says what to install. */
export function requireBrowser(envVar: string, path: string, debianPackage: string): string {
  const chosen = process.env[envVar] ?? path;
  if (!existsSync(chosen)) {
    throw new Error(
      `${chosen} not found: install Debian's ${debianPackage} (sudo apt-get install ${debianPackage}) or set ${envVar} to the browser binary.`,
    );
  }
  return chosen;
}
