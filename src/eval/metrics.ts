/** True positives, false positives and false negatives of one comparison. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Counts with their precision, recall and F1 (fractions, 0–1). */
export interface Scores extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** P/R/F1 from counts; nothing to find and nothing found scores 1, any other empty denominator 0. */
export function scores(c: Counts): Scores {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? (c.fp === 0 ? 1 : 0) : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp: c.tp, fp: c.fp, fn: c.fn, precision, recall, f1 };
}
