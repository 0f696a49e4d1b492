// Analyses pages from the command line with the same engine as the extension.
//   npm run -s analyze -- [--json] [--always] <file.html|file.txt|->...
// A .txt in the corpus format ("URL: ..." / "TITLE: ..." / blank line / text) is read as that
// page; `-` reads stdin. --json prints one JSON object per input per line. A file that is not a
// page gets one line on stderr and the exit status 1; the other files are still analysed.
// Output stays bounded: at most MAX_MATCHES_SHOWN matches per file, sentences cut at 300 characters.
import type { AnalysisResult, ClaimMatch } from '../engine/types';
import { describeError, runCli } from './lib/cli-error';
import { loadPipeline } from './lib/load-pipeline';
import { readPage } from './lib/read-page';

export const MAX_MATCHES_SHOWN = 100;
const MAX_SENTENCE_SHOWN = 300;

/** Page text as it is safe to print: no control characters, one line, at most `max` characters. */
function printable(text: string, max = MAX_SENTENCE_SHOWN): string {
  const flat = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
    .replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function sentenceOf(result: AnalysisResult, match: ClaimMatch): string {
  return printable(result.text.slice(match.start, Math.min(match.end, match.start + MAX_SENTENCE_SHOWN + 1)));
}

function toJson(file: string, result: AnalysisResult, cut: string | undefined): string {
  return JSON.stringify({
    file,
    aboutStory: result.aboutStory,
    score: result.score,
    ...(cut && { cut }),
    matchCount: result.matches.length,
    claims: result.matches.slice(0, MAX_MATCHES_SHOWN).map((match) => ({
      id: match.claimId,
      sentence: sentenceOf(result, match),
      start: match.start,
      end: match.end,
      score: match.score,
      evidence: match.evidence,
      ...(match.speaker && { speaker: match.speaker }),
    })),
  });
}

function toReport(file: string, result: AnalysisResult, cut: string | undefined): string {
  const lines = [
    `${file}`,
    `  title: ${printable(result.title) || '(none)'}`,
    `  about the story: ${result.aboutStory ? 'yes' : 'no'} (score ${result.score}; ${result.evidence.join(', ') || 'no evidence'})`,
  ];
  if (cut) lines.push(`  huge input: ${cut}`);
  if (!result.matches.length) lines.push('  claims: none');
  for (const match of result.matches.slice(0, MAX_MATCHES_SHOWN)) {
    lines.push(`  - ${match.claimId} (${match.score.toFixed(2)}) [${match.start}-${match.end}]`);
    lines.push(`    "${sentenceOf(result, match)}"`);
    if (match.speaker) lines.push(`    said by: ${printable(match.speaker)}`);
    if (match.evidence.length) lines.push(`    because: ${match.evidence.join('; ')}`);
  }
  const hidden = result.matches.length - MAX_MATCHES_SHOWN;
  if (hidden > 0)
    lines.push(
      `  … and ${hidden} more matches not shown (at most ${MAX_MATCHES_SHOWN} per file; --json gives matchCount)`,
    );
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
  let analyze: ReturnType<typeof loadPipeline> | undefined;
  let failed = false;
  for (const file of files) {
    try {
      const page = readPage(file);
      // The dataset is loaded once, for the first file that is a page.
      analyze ??= loadPipeline();
      const result = analyze(page.text, page.meta, { always });
      console.log(json ? toJson(file, result, page.cut) : toReport(file, result, page.cut));
    } catch (error) {
      console.error(describeError(error, file));
      failed = true;
    }
  }
  if (failed) process.exitCode = 1;
}

await runCli(main);
