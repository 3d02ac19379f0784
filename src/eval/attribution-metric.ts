/**
 * The attribution metric shared by `eval spkatt` (GermEval 2023 SpkAtt) and `eval polnear` (PolNeAR): token
 * sets per role, one-to-one matching of messages, token P/R/F1 (implemented from the SpkAtt task description;
 * no third-party code). How each data set reads its files and maps our claims onto its conventions stays in
 * its own module (spkatt.ts, polnear.ts).
 *
 * ## Metric
 * - Gold: every annotation of a document except those with `IsNested: true` (the task's simplified
 *   subtask). Each annotation is three token sets: Message, Source, Cue (Frame, Addr, STWR are not scored).
 * - Matching, per document: predicted and gold messages are paired one-to-one so that the total number of
 *   shared message tokens is maximal. This is an optimal assignment, solved exactly with the Hungarian
 *   algorithm (Kuhn–Munkres with potentials, O(n²·m)); ties between equally good assignments are broken by
 *   the total shared source + cue tokens (the weight of a pair is `messageOverlap · K + sourceOverlap +
 *   cueOverlap` with K larger than any possible source + cue total, so message overlap always dominates).
 *   A pair that shares no message token is not a match.
 * - Counting, per role (Message, Source, Cue), summed over all documents (micro average):
 *   a matched pair adds TP = |pred ∩ gold|, FP = |pred − gold|, FN = |gold − pred| tokens; an unmatched
 *   prediction adds all its tokens as FP, an unmatched gold annotation all its tokens as FN.
 *   P = TP/(TP+FP), R = TP/(TP+FN), F1 their harmonic mean (a role with nothing to find and nothing found
 *   scores 1; otherwise an empty denominator gives 0). Joint = the mean of the three F1.
 * - Per gold Form (Direct, Indirect, FreeIndirect, IndirectFreeIndirect, Reported): the same counts over the
 *   matched pairs and unmatched gold annotations of that Form. Unmatched predictions belong to no gold Form,
 *   so they count only toward the overall figures (per-Form precision is therefore optimistic).
 */
import type { ClaimKind } from '../extract/types.js';
import { scores, type Counts, type Scores } from './metrics.js';

export const SPKATT_FORMS = ['Direct', 'Indirect', 'FreeIndirect', 'IndirectFreeIndirect', 'Reported'] as const;
export type SpkAttForm = (typeof SPKATT_FORMS)[number];
export const ROLES = ['message', 'source', 'cue'] as const;
export type Role = (typeof ROLES)[number];
export const CLAIM_KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed', 'reported', 'unattributed'];

/** One annotation as token sets: sorted, distinct token indices (global over the document). */
export interface TokenAnnotation {
  message: number[];
  source: number[];
  cue: number[];
}

export interface GoldAnnotation extends TokenAnnotation {
  form: string;
  /** Nested annotations are ignored by the metric. */
  isNested?: boolean;
}

export interface PredictedAnnotation extends TokenAnnotation {
  kind: ClaimKind;
  form: SpkAttForm;
  rule: string;
}

export { scores, type Counts, type Scores };

export type RoleCounts = Record<Role, Counts>;

/** The outcome of scoring one document. Indices refer to the arrays passed in. */
export interface DocumentScore {
  /** [predicted index, gold index] of each matched pair, with the pair's message overlap. */
  pairs: { pred: number; gold: number; overlap: number }[];
  unmatchedPred: number[];
  /** Non-nested gold annotations without a match. */
  unmatchedGold: number[];
  /** Gold annotations skipped because they are nested. */
  nested: number;
  counts: RoleCounts;
  /** Counts per gold Form (matched pairs and unmatched gold only). */
  byForm: Record<string, RoleCounts>;
}

// ---------------------------------------------------------------------------------------------------------
// The metric

export function emptyCounts(): RoleCounts {
  return { message: { tp: 0, fp: 0, fn: 0 }, source: { tp: 0, fp: 0, fn: 0 }, cue: { tp: 0, fp: 0, fn: 0 } };
}

export function addCounts(into: RoleCounts, from: RoleCounts): void {
  for (const r of ROLES) {
    into[r].tp += from[r].tp;
    into[r].fp += from[r].fp;
    into[r].fn += from[r].fn;
  }
}

function overlap(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const set = new Set(b);
  let n = 0;
  for (const x of a) if (set.has(x)) n++;
  return n;
}

/**
 * An optimal assignment maximizing the total weight (Hungarian algorithm, Kuhn–Munkres with potentials).
 * `weights[i][j]` ≥ 0; returns for each row its column, or -1 when rows outnumber columns and it has none.
 * Exact for integer weights.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): number[] {
  const rows = weights.length;
  const cols = rows === 0 ? 0 : weights[0]!.length;
  if (rows === 0) return [];
  if (cols === 0) return new Array<number>(rows).fill(-1);
  if (rows > cols) {
    // Solve the transposed problem (the algorithm wants rows ≤ columns).
    const t = Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => weights[i]![j]!));
    const colToRow = maxWeightAssignment(t);
    const result = new Array<number>(rows).fill(-1);
    colToRow.forEach((i, j) => {
      if (i >= 0) result[i] = j;
    });
    return result;
  }
  let max = 0;
  for (const row of weights) for (const w of row) if (w > max) max = w;
  // Minimize cost = max − weight; 1-based arrays as in the textbook formulation.
  const n = rows;
  const m = cols;
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0); // p[j] = row matched to column j
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Infinity);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = max - weights[i0 - 1]![j - 1]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else {
          minv[j] = minv[j]! - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0 !== 0);
  }
  const result = new Array<number>(n).fill(-1);
  for (let j = 1; j <= m; j++) if (p[j]! > 0) result[p[j]! - 1] = j - 1;
  return result;
}

/**
 * Pairs predicted with gold messages one-to-one, maximizing the total shared message tokens (ties: shared
 * source + cue tokens). Pairs without a shared message token are left out.
 */
export function matchMessages(
  gold: readonly TokenAnnotation[],
  pred: readonly TokenAnnotation[],
): { pred: number; gold: number; overlap: number }[] {
  if (gold.length === 0 || pred.length === 0) return [];
  let secondaryBound = 1;
  for (const p of pred) secondaryBound += p.source.length + p.cue.length;
  const msg = pred.map((p) => gold.map((g) => overlap(p.message, g.message)));
  const weights = pred.map((p, i) =>
    gold.map((g, j) => {
      const o = msg[i]![j]!;
      return o === 0 ? 0 : o * secondaryBound + overlap(p.source, g.source) + overlap(p.cue, g.cue);
    }),
  );
  const assignment = maxWeightAssignment(weights);
  const pairs: { pred: number; gold: number; overlap: number }[] = [];
  assignment.forEach((j, i) => {
    if (j >= 0 && msg[i]![j]! > 0) pairs.push({ pred: i, gold: j, overlap: msg[i]![j]! });
  });
  return pairs;
}

function countPair(into: RoleCounts, p: TokenAnnotation | null, g: TokenAnnotation | null): void {
  for (const r of ROLES) {
    const pt = p ? p[r] : [];
    const gt = g ? g[r] : [];
    const tp = overlap(pt, gt);
    into[r].tp += tp;
    into[r].fp += pt.length - tp;
    into[r].fn += gt.length - tp;
  }
}

/** Scores one document: matches messages, then counts tokens per role (see the module comment). */
export function scoreDocument(gold: readonly GoldAnnotation[], pred: readonly TokenAnnotation[]): DocumentScore {
  const kept: number[] = [];
  gold.forEach((g, i) => {
    if (!g.isNested) kept.push(i);
  });
  const keptGold = kept.map((i) => gold[i]!);
  const pairs = matchMessages(keptGold, pred).map((x) => ({ ...x, gold: kept[x.gold]! }));
  const counts = emptyCounts();
  const byForm: Record<string, RoleCounts> = {};
  const formCounts = (form: string) => (byForm[form] ??= emptyCounts());
  const matchedPred = new Set<number>();
  const matchedGold = new Set<number>();
  for (const { pred: pi, gold: gi } of pairs) {
    matchedPred.add(pi);
    matchedGold.add(gi);
    const one = emptyCounts();
    countPair(one, pred[pi]!, gold[gi]!);
    addCounts(counts, one);
    addCounts(formCounts(gold[gi]!.form), one);
  }
  const unmatchedPred: number[] = [];
  pred.forEach((p, i) => {
    if (matchedPred.has(i)) return;
    unmatchedPred.push(i);
    countPair(counts, p, null);
  });
  const unmatchedGold: number[] = [];
  for (const gi of kept) {
    if (matchedGold.has(gi)) continue;
    unmatchedGold.push(gi);
    const one = emptyCounts();
    countPair(one, null, gold[gi]!);
    addCounts(counts, one);
    addCounts(formCounts(gold[gi]!.form), one);
  }
  return { pairs, unmatchedPred, unmatchedGold, nested: gold.length - kept.length, counts, byForm };
}

/** The data's tokens with global indices, their offsets in the rebuilt text and their sentences. */
export interface TokenTable {
  words: string[];
  start: number[];
  end: number[];
  sentence: number[];
  /** First global token index of each sentence; `sentenceFirst[s + 1]` is one past its last. */
  sentenceFirst: number[];
}


/** The tokens whose characters overlap [start, end) of the rebuilt text. */
export function tokensIn(table: TokenTable, start: number, end: number, into: Set<number>): void {
  if (end <= start) return;
  // First token whose end is after `start` (token offsets increase with the index).
  let lo = 0;
  let hi = table.end.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.end[mid]! <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < table.start.length && table.start[i]! < end; i++) into.add(i);
}


/** Contiguous runs of a sorted token list, as [first, last] pairs. */
export function runs(tokens: readonly number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const i of tokens) {
    const last = out.at(-1);
    if (last && i === last[1] + 1) last[1] = i;
    else out.push([i, i]);
  }
  return out;
}

/** The overall figures of an attribution evaluation (SpkAtt, PolNeAR). */
export interface AttributionTotals {
  documents: number;
  gold: number;
  predicted: number;
  matched: number;
  unmatchedGold: number;
  unmatchedPredicted: number;
  roles: Record<Role, Scores>;
  /** The mean of the three F1. */
  joint: number;
}
