/**
 * Error groups of the attribution evaluations (`eval polnear`, `eval spkatt`): the cues of unmatched gold
 * attributions by frequency, and how the cue and source spans of matched pairs differ from gold. Each corpus
 * names the words that make a source difference in its own language (`SourceDetail`). Looks only at token
 * indices and strings.
 */
import type { GoldAnnotation, PredictedAnnotation, TokenTable } from './attribution-metric.js';

/** How one matched pair's span (cue or source) differs from the gold span: the group and its missed / extra tokens. */
export type SpanError = 'ours empty' | 'gold empty' | 'disjoint' | 'ours shorter' | 'ours longer' | 'both';

export interface SpanErrorCount {
  pairs: number;
  fn: number;
  fp: number;
}

/** Error groups over a split, to find the largest losses (cue and source span mismatches, missed cues). */
export interface AttributionErrors {
  /** Cue text of unmatched gold attributions (lower case) → count, most frequent first (top 25). */
  missedCues: [string, number][];
  /** Matched pairs: how our cue / source differs from the gold one → pairs, missed and extra tokens. */
  cue: Record<string, SpanErrorCount>;
  source: Record<string, SpanErrorCount>;
}

export function spanError(ours: readonly number[], gold: readonly number[]): { group: SpanError; fn: number[]; fp: number[] } | null {
  const o = new Set(ours);
  const g = new Set(gold);
  const fn = gold.filter((i) => !o.has(i));
  const fp = ours.filter((i) => !g.has(i));
  if (fn.length === 0 && fp.length === 0) return null;
  const group: SpanError = ours.length === 0 ? 'ours empty' : gold.length === 0 ? 'gold empty' : fn.length === gold.length ? 'disjoint' : fp.length === 0 ? 'ours shorter' : fn.length === 0 ? 'ours longer' : 'both';
  return { group, fn, fp };
}

/** The group a source difference is counted under (the span error's group, refined by the words in the difference). */
export type SourceDetail = (words: readonly string[], e: { group: SpanError; fn: number[]; fp: number[] }, gold: readonly number[]) => string;

/** Collects the error groups of one split, document by document. */
export class ErrorGroups {
  private readonly missed = new Map<string, number>();
  private readonly cue: Record<string, SpanErrorCount> = {};
  private readonly source: Record<string, SpanErrorCount> = {};

  constructor(private readonly sourceDetail: SourceDetail) {}

  add(table: TokenTable, gold: readonly GoldAnnotation[], pred: readonly PredictedAnnotation[], pairs: readonly { pred: number; gold: number }[], unmatchedGold: readonly number[]): void {
    const count = (into: Record<string, SpanErrorCount>, group: string, e: { fn: number[]; fp: number[] }) => {
      const x = (into[group] ??= { pairs: 0, fn: 0, fp: 0 });
      x.pairs++;
      x.fn += e.fn.length;
      x.fp += e.fp.length;
    };
    for (const { pred: pi, gold: gi } of pairs) {
      const ce = spanError(pred[pi]!.cue, gold[gi]!.cue);
      if (ce) count(this.cue, ce.group, ce);
      const se = spanError(pred[pi]!.source, gold[gi]!.source);
      if (se) count(this.source, this.sourceDetail(table.words, se, gold[gi]!.source), se);
    }
    for (const gi of unmatchedGold) {
      const cue = gold[gi]!.cue.map((i) => table.words[i]!.toLowerCase()).join(' ');
      this.missed.set(cue, (this.missed.get(cue) ?? 0) + 1);
    }
  }

  result(): AttributionErrors {
    const missedCues = [...this.missed].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 25);
    return { missedCues, cue: this.cue, source: this.source };
  }
}
