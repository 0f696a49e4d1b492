// Scoring rules of ../shared/corpus/dev/README.md: a predicted claim id is correct when the
// article's labels contain it (clear or borderline); recall counts clear labels only.

export interface LabelClaim {
  id: string;
  evidence: string;
  strength?: 'clear' | 'borderline';
}

export interface ClaimScore {
  predicted: number;
  correct: number;
  clear: number;
  clearFound: number;
  wrong: string[];
  missed: string[];
}

export function scoreClaims(predictedIds: Iterable<string>, labels: LabelClaim[]): ClaimScore {
  const predicted = new Set(predictedIds);
  const labelled = new Set(labels.map((label) => label.id));
  const clear = new Set(labels.filter((l) => (l.strength ?? 'clear') === 'clear').map((l) => l.id));
  const wrong = [...predicted].filter((id) => !labelled.has(id));
  const missed = [...clear].filter((id) => !predicted.has(id));
  return {
    predicted: predicted.size,
    correct: predicted.size - wrong.length,
    clear: clear.size,
    clearFound: clear.size - missed.length,
    wrong,
    missed,
  };
}

export interface DetectionCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 1 : numerator / denominator;
}

export function f1(precision: number, recall: number): number {
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function pct(value: number): string {
  return value.toFixed(3);
}
