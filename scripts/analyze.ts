// Analyses pages from the command line with the same engine as the extension.
//   npm run -s analyze -- [--json] [--always] <file.html|file.txt|->...
// A .txt in the corpus format ("URL: ..." / "TITLE: ..." / blank line / text) is read as that
// page; `-` reads stdin. --json prints one JSON object per input per line.
import type { AnalysisResult } from '../engine/types';
import { loadPipeline } from './lib/load-pipeline';
import { readPage } from './lib/read-page';

function toJson(file: string, result: AnalysisResult): string {
  return JSON.stringify({
    file,
    aboutStory: result.aboutStory,
    score: result.score,
    claims: result.matches.map((match) => ({
      id: match.claimId,
      sentence: result.text.slice(match.start, match.end),
      start: match.start,
      end: match.end,
      score: match.score,
      evidence: match.evidence,
    })),
  });
}

function toReport(file: string, result: AnalysisResult): string {
  const lines = [
    `${file}`,
    `  title: ${result.title || '(none)'}`,
    `  about the story: ${result.aboutStory ? 'yes' : 'no'} (score ${result.score}; ${result.evidence.join(', ') || 'no evidence'})`,
  ];
  if (!result.matches.length) lines.push('  claims: none');
  for (const match of result.matches) {
    const sentence = result.text.slice(match.start, match.end).replace(/\s+/g, ' ');
    lines.push(`  - ${match.claimId} (${match.score.toFixed(2)}) [${match.start}-${match.end}]`);
    lines.push(`    "${sentence}"`);
    if (match.evidence.length) lines.push(`    because: ${match.evidence.join('; ')}`);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const always = args.includes('--always');
  const files = args.filter((arg) => arg === '-' || !arg.startsWith('--'));
  if (!files.length) {
    console.error('usage: npm run -s analyze -- [--json] [--always] <file.html|file.txt|->...');
    process.exit(2);
  }
  const analyze = loadPipeline();
  let failed = false;
  for (const file of files) {
    let page: ReturnType<typeof readPage>;
    try {
      page = readPage(file);
    } catch (error) {
      console.error(`${file}: cannot read (${error instanceof Error ? error.message : String(error)})`);
      failed = true;
      continue;
    }
    const result = analyze(page.text, page.meta, { always });
    console.log(json ? toJson(file, result) : toReport(file, result));
  }
  if (failed) process.exitCode = 1;
}

await main();
