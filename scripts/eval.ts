// Scores the pipeline against a labelled corpus folder (INDEX.tsv + labels.json) or the seed
// fixture (seed-article.txt + seed-article.expected.json). Reads ../shared, so it is a tool,
// not a test. Usage:
//   npm run eval -- [--check] [--always] [--verbose] [--seed] [--cv] [<corpus-dir> | <fixtures-dir>]...
// With no folder it scores ../shared/corpus/dev and the seed. --always matches claims on every
// page (tunes the matcher apart from detection). --check exits non-zero below the targets.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadDataset } from '../dataset/load/load-dataset';
import { parsePageText } from '../engine/read-page-file';
import type { AnalysisResult, ClaimMatch } from '../engine/types';
import { CliError, runCli } from './lib/cli-error';
import { type Article, crossValidate, figures, type Outcome } from './lib/cross-validate';
import { type ClaimScore, type DetectionCounts, f1, type LabelClaim, pct, ratio, scoreClaims } from './lib/eval-score';
import { type Analyze, loadPipeline } from './lib/load-pipeline';

const TARGETS = { f1: 0.97, hardFpr: 0.03, claimPrecision: 0.95, claimRecall: 0.85 };

interface Options {
  check: boolean;
  always: boolean;
  verbose: boolean;
}

function snippet(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function matchedText(result: AnalysisResult, match: ClaimMatch): string {
  return snippet(result.text.slice(match.start, match.end));
}

/** A file of the folder being scored, or a CliError naming it when it is missing or unreadable. */
function readInFolder(dir: string, name: string, what: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new CliError(`${path}: missing (${what})`);
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new CliError(`${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}

function readJsonInFolder<T>(dir: string, name: string, what: string): T {
  const text = readInFolder(dir, name, what);
  try {
    return JSON.parse(text) as T;
  } catch (error) {
    throw new CliError(
      `${join(dir, name)}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function readIndexTsv(dir: string): { file: string; label: string }[] {
  const what = 'a corpus folder lists its pages in INDEX.tsv, with "file" and "label" columns';
  const lines = readInFolder(dir, 'INDEX.tsv', what).split('\n').filter(Boolean);
  const header = (lines.shift() ?? '').split('\t');
  const fileCol = header.indexOf('file');
  const labelCol = header.indexOf('label');
  if (fileCol < 0 || labelCol < 0)
    throw new CliError(`${join(dir, 'INDEX.tsv')}: no "file" and "label" columns in its header`);
  return lines.map((line) => {
    const cells = line.split('\t');
    return { file: cells[fileCol] ?? '', label: cells[labelCol] ?? '' };
  });
}

/**
 * The corpora were labelled against the first catalogue (its claims up to this one): a match
 * of a later claim is neither right nor wrong there. It is listed for review instead.
 */
const LAST_LABELLED_CLAIM = 'treasury-sanctions-ira';
const catalogueIds = loadDataset().catalogue.map((c) => c.id);
const labelledIds = new Set(catalogueIds.slice(0, catalogueIds.indexOf(LAST_LABELLED_CLAIM) + 1));

function evalCorpus(dir: string, analyze: Analyze, options: Options): boolean {
  const rows = readIndexTsv(dir);
  const newClaims: string[] = [];
  const labels = readJsonInFolder<Record<string, { label: string; claims: LabelClaim[] }>>(
    dir,
    'labels.json',
    'a corpus folder labels its pages in labels.json',
  );
  if (typeof labels !== 'object' || labels === null || Array.isArray(labels))
    throw new CliError(`${join(dir, 'labels.json')}: not an object of labels by file name`);
  const byLabel = new Map<string, { n: number; flagged: number }>();
  const detection: DetectionCounts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const claims: ClaimScore = { predicted: 0, correct: 0, clear: 0, clearFound: 0, wrong: [], missed: [] };
  const lines: string[] = [];
  for (const row of rows) {
    const { meta, text } = parsePageText(readInFolder(dir, row.file, 'listed in INDEX.tsv'));
    const result = analyze(text, meta, { always: options.always });
    const positive = row.label === 'positive';
    const stats = byLabel.get(row.label) ?? { n: 0, flagged: 0 };
    stats.n++;
    if (result.aboutStory) stats.flagged++;
    byLabel.set(row.label, stats);
    if (positive && result.aboutStory) detection.tp++;
    else if (positive) detection.fn++;
    else if (result.aboutStory) detection.fp++;
    else detection.tn++;

    const expected = Array.isArray(labels[row.file]?.claims) ? (labels[row.file]?.claims ?? []) : [];
    const unlabelled = result.matches.filter((m) => !labelledIds.has(m.claimId));
    for (const m of unlabelled)
      newClaims.push(`  ${row.file}: ${m.claimId} (${m.score.toFixed(2)}): "${matchedText(result, m)}"`);
    const score = scoreClaims(
      result.matches.map((m) => m.claimId).filter((id) => labelledIds.has(id)),
      expected,
    );
    claims.predicted += score.predicted;
    claims.correct += score.correct;
    claims.clear += score.clear;
    claims.clearFound += score.clearFound;
    const detectionWrong = result.aboutStory !== positive;
    if (!detectionWrong && !score.wrong.length && !score.missed.length && !options.verbose) continue;
    const mark = detectionWrong ? 'DETECTION WRONG' : 'ok';
    lines.push(
      `${row.file} [${row.label}] about=${result.aboutStory} score=${result.score} (${mark}) evidence: ${result.evidence.slice(0, 5).join(', ')}`,
    );
    for (const id of score.missed) {
      const label = expected.find((claim) => claim.id === id);
      lines.push(`  missed ${id}: "${snippet(label?.evidence ?? '')}"`);
    }
    for (const id of score.wrong) {
      for (const match of result.matches.filter((m) => m.claimId === id)) {
        lines.push(
          `  wrong  ${id} (${match.score.toFixed(2)}; ${match.evidence.join(', ')}): "${matchedText(result, match)}"`,
        );
      }
    }
    if (options.verbose) {
      for (const match of result.matches.filter((m) => !score.wrong.includes(m.claimId))) {
        lines.push(`  right  ${match.claimId} (${match.score.toFixed(2)}): "${matchedText(result, match)}"`);
      }
    }
  }
  const precision = ratio(detection.tp, detection.tp + detection.fp);
  const recall = ratio(detection.tp, detection.tp + detection.fn);
  const detectionF1 = f1(precision, recall);
  const hard = byLabel.get('hard_negative') ?? { n: 0, flagged: 0 };
  const hardFpr = ratio(hard.flagged, hard.n);
  console.log(`\n# ${dir}\n`);
  console.log(lines.join('\n') || '(no errors)');
  console.log('\nDetection');
  console.log('label          n   flagged  rate');
  for (const [label, stats] of byLabel) {
    const what = label === 'positive' ? 'recall' : 'false-positive rate';
    console.log(
      `${label.padEnd(14)} ${String(stats.n).padStart(2)}  ${String(stats.flagged).padStart(7)}  ${pct(ratio(stats.flagged, stats.n))} (${what})`,
    );
  }
  console.log(
    `precision ${pct(precision)}  recall ${pct(recall)}  F1 ${pct(detectionF1)}  hard-negative FPR ${pct(hardFpr)}  (TP ${detection.tp} FP ${detection.fp} FN ${detection.fn} TN ${detection.tn})`,
  );
  const claimPrecision = ratio(claims.correct, claims.predicted);
  const claimRecall = ratio(claims.clearFound, claims.clear);
  console.log(`\nClaims added after the corpus was labelled (not scored; for review): ${newClaims.length}`);
  if (newClaims.length) console.log(newClaims.join('\n'));
  console.log(`\nClaims${options.always ? ' (matched on every page: --always)' : ''}`);
  console.log(
    `precision ${pct(claimPrecision)} (${claims.correct}/${claims.predicted})  recall ${pct(claimRecall)} (${claims.clearFound}/${claims.clear} clear labels)`,
  );
  const detectionOk = detectionF1 >= TARGETS.f1 && hardFpr <= TARGETS.hardFpr;
  const claimsOk = claimPrecision >= TARGETS.claimPrecision && claimRecall >= TARGETS.claimRecall;
  console.log(`targets: detection ${detectionOk ? 'MET' : 'NOT MET'}, claims ${claimsOk ? 'MET' : 'NOT MET'}`);
  return detectionOk && claimsOk;
}

interface Setting {
  minScore: number;
  minStory: number;
}

const SETTINGS: Setting[] = [0, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85].flatMap((minScore) =>
  [0.5, 0.55, 0.6, 0.65].map((minStory) => ({ minScore, minStory })),
);

/**
 * --cv: k-fold cross-validation of the engine's tunable settings (the lowest match score shown,
 * the lowest story score) over the given corpora together: each fold is scored with the settings
 * chosen on the other folds. These held-out figures are the ones to report.
 */
function evalCrossValidated(dirs: string[], analyze: Analyze, k: number): void {
  const articles: Article<Setting>[] = [];
  for (const dir of dirs) {
    if (!existsSync(join(dir, 'labels.json'))) continue;
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<
      string,
      { claims: LabelClaim[] }
    >;
    for (const row of readIndexTsv(dir)) {
      const { meta, text } = parsePageText(readFileSync(join(dir, row.file), 'utf8'));
      const result = analyze(text, meta, { always: true, minScore: 0 });
      const outcomes = new Map<Setting, Outcome>();
      for (const setting of SETTINGS) {
        const about = result.aboutStory && result.score >= setting.minStory;
        const ids = about
          ? result.matches
              .filter((m) => m.score >= setting.minScore && labelledIds.has(m.claimId))
              .map((m) => m.claimId)
          : [];
        const score = scoreClaims(ids, labels[row.file]?.claims ?? []);
        outcomes.set(setting, { about, positive: row.label === 'positive', ...score });
      }
      articles.push({ key: `${dir}/${row.file}`, label: row.label, outcomes });
    }
  }
  const { heldOut, chosen } = crossValidate(articles, SETTINGS, k);
  const f = figures(heldOut);
  console.log(`\n# cross-validated (${k}-fold over ${articles.length} articles of ${dirs.join(', ')})\n`);
  console.log(`settings chosen per fold: ${chosen.map((s) => `score≥${s.minScore}/story≥${s.minStory}`).join('; ')}`);
  console.log(
    `held-out detection F1 ${pct(f.detectionF1)}  hard-negative FPR ${pct(f.hardFpr)}  claim precision ${pct(f.claimPrecision)} (${heldOut.correct}/${heldOut.predicted})  recall ${pct(f.claimRecall)} (${heldOut.clearFound}/${heldOut.clear} clear labels)`,
  );
}

interface SeedExpected {
  about_story: boolean;
  claims: { id: string; evidence: string }[];
  not_claims?: { evidence: string }[];
}

function overlaps(match: ClaimMatch, start: number, end: number): boolean {
  return match.start < end && start < match.end;
}

function evalSeed(dir: string, analyze: Analyze): boolean {
  const { meta, text } = parsePageText(readInFolder(dir, 'seed-article.txt', 'the seed article'));
  const expected = readJsonInFolder<SeedExpected>(dir, 'seed-article.expected.json', 'the seed article’s labels');
  if (!Array.isArray(expected?.claims))
    throw new CliError(`${join(dir, 'seed-article.expected.json')}: no "claims" list in it`);
  const result = analyze(text, meta);
  console.log(`\n# seed (${dir})\n`);
  console.log(
    `about story: ${result.aboutStory} (expected ${expected.about_story}), score ${result.score}; evidence: ${result.evidence.join(', ')}`,
  );
  const used = new Set<ClaimMatch>();
  let found = 0;
  for (const claim of expected.claims) {
    const at = result.text.indexOf(claim.evidence);
    const hit =
      at < 0
        ? undefined
        : result.matches.find((m) => m.claimId === claim.id && overlaps(m, at, at + claim.evidence.length));
    if (hit) {
      found++;
      used.add(hit);
    }
    console.log(
      `  ${hit ? 'found ' : 'MISSED'} ${claim.id}${at < 0 ? ' (evidence not in text)' : ''}: "${snippet(claim.evidence, 80)}"`,
    );
  }
  const extras = result.matches.filter(
    (match) =>
      !used.has(match) &&
      !expected.claims.some((c) => {
        const at = result.text.indexOf(c.evidence);
        return c.id === match.claimId && at >= 0 && overlaps(match, at, at + c.evidence.length);
      }),
  );
  for (const match of extras) {
    console.log(
      `  EXTRA  ${match.claimId} (${match.score.toFixed(2)}; ${match.evidence.join(', ')}): "${matchedText(result, match)}"`,
    );
  }
  console.log(
    `seed: detection ${result.aboutStory === expected.about_story ? 'right' : 'WRONG'}, claims found ${found}/${expected.claims.length}, extra matches ${extras.length}`,
  );
  const claimsOk = found === expected.claims.length && extras.length === 0;
  return result.aboutStory === expected.about_story && claimsOk;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const options: Options = {
    check: args.includes('--check'),
    always: args.includes('--always'),
    verbose: args.includes('--verbose'),
  };
  const root = resolve(import.meta.dirname, '..');
  const dirs = args.filter((arg) => !arg.startsWith('--'));
  if (args.includes('--seed')) dirs.push(join(root, '..', 'shared', 'fixtures'));
  if (!dirs.length) dirs.push(join(root, '..', 'shared', 'corpus', 'dev'), join(root, '..', 'shared', 'fixtures'));

  // Every folder is checked before any is scored, so a typo fails at once.
  for (const dir of dirs) {
    if (!existsSync(dir)) throw new CliError(`${dir}: no such folder`);
    if (!statSync(dir).isDirectory()) throw new CliError(`${dir}: is a file, not a folder`);
    if (!['seed-article.txt', 'labels.json', 'INDEX.tsv'].some((f) => existsSync(join(dir, f))))
      throw new CliError(
        `${dir}: not a corpus folder (no labels.json or INDEX.tsv) nor the fixtures folder (no seed-article.txt)`,
      );
  }
  const analyze = loadPipeline();
  if (args.includes('--cv')) {
    evalCrossValidated(dirs, analyze, 5);
    return;
  }
  let ok = true;
  for (const dir of dirs) {
    if (existsSync(join(dir, 'seed-article.txt'))) ok = evalSeed(dir, analyze) && ok;
    else ok = evalCorpus(dir, analyze, options) && ok;
  }
  if (options.check && !ok) process.exitCode = 1;
}

await runCli(main);
