// axe-core on an extension page (popup, options), for the end-to-end tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ExtensionPage } from './extension-driver';

const AXE_SOURCE = readFileSync(resolve('node_modules/axe-core/axe.min.js'), 'utf8');

/** axe-core's WCAG A/AA violations on an extension page, as "rule: target" strings. */
export async function axeViolations(page: ExtensionPage): Promise<string[]> {
  await page.addScript(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as {
        axe: { run(o: object): Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> };
      }
    ).axe;
    const result = await axe.run({ runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}
