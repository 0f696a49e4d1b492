// Renders assets/icon.svg into the PNG sizes the manifest lists. Runs before every build,
// so the SVG stays the only source of truth and no binary icons live in git.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export function renderIcons(outDir = join(root, 'public', 'icon')): string[] {
  const svg = readFileSync(join(root, 'assets', 'icon.svg'), 'utf8');
  mkdirSync(outDir, { recursive: true });
  return ICON_SIZES.map((size) => {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, png);
    return file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) renderIcons();
