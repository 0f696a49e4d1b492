// K-fold cross-validation of the engine's tunable settings over labelled articles: for each
// fold, the settings are chosen on the other folds and the fold is scored with them, so the
// figure reported is never one the settings were chosen on.

export interface Outcome {
  /** Detection: was the page taken for the story, and should it have been? */
  about: boolean;
  positive: boolean;
  predicted: number;
  correct: number;
  clear: number;
  clearFound: number;
}

export interface Totals {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  hardFlagged: number;
  hard: number;
  predicted: number;
  correct: number;
  clear: number;
  clearFound: number;
}

export function emptyTotals(): Totals {
  return { tp: 0, fp: 0, fn: 0, tn: 0, hardFlagged: 0, hard: 0, predicted: 0, correct: 0, clear: 0, clearFound: 0 };
}

export function add(t: Totals, o: Outcome, label: string): void {
  if (o.positive && o.about) t.tp++;
  else if (o.positive) t.fn++;
  else if (o.about) t.fp++;
  else t.tn++;
  if (label === 'hard_negative') {
    t.hard++;
    if (o.about) t.hardFlagged++;
  }
  t.predicted += o.predicted;
  t.correct += o.correct;
  t.clear += o.clear;
  t.clearFound += o.clearFound;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const harmonic = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function figures(t: Totals) {
  const detectionF1 = harmonic(ratio(t.tp, t.tp + t.fp), ratio(t.tp, t.tp + t.fn));
  const claimPrecision = ratio(t.correct, t.predicted);
  const claimRecall = ratio(t.clearFound, t.clear);
  return {
    detectionF1,
    hardFpr: ratio(t.hardFlagged, t.hard),
    claimPrecision,
    claimRecall,
    /** What settings are chosen by: claims weighted to precision (a wrong match is worse), and detection. */
    objective: harmonic(claimPrecision, claimRecall) + 0.5 * claimPrecision + detectionF1,
  };
}

export interface Article<S> {
  /** A stable key: the folds are drawn from it, so a run is repeatable. */
  key: string;
  label: string;
  /** The article's outcome under each candidate setting. */
  outcomes: Map<S, Outcome>;
}

/** Fold of an article: by a hash of its key, so the folds do not depend on file order. */
function foldOf(key: string, k: number): number {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  return (h >>> 0) % k;
}

export interface CrossValidation<S> {
  /** Held-out totals: each article scored with settings chosen without it. */
  heldOut: Totals;
  /** The setting chosen in each fold. */
  chosen: S[];
}

export function crossValidate<S>(articles: Article<S>[], settings: S[], k: number): CrossValidation<S> {
  const heldOut = emptyTotals();
  const chosen: S[] = [];
  for (let fold = 0; fold < k; fold++) {
    const train = articles.filter((a) => foldOf(a.key, k) !== fold);
    const test = articles.filter((a) => foldOf(a.key, k) === fold);
    let best = settings[0] as S;
    let bestScore = Number.NEGATIVE_INFINITY;
    for (const s of settings) {
      const t = emptyTotals();
      for (const a of train) add(t, a.outcomes.get(s) as Outcome, a.label);
      const score = figures(t).objective;
      if (score > bestScore) {
        best = s;
        bestScore = score;
      }
    }
    chosen.push(best);
    for (const a of test) add(heldOut, a.outcomes.get(best) as Outcome, a.label);
  }
  return { heldOut, chosen };
}
