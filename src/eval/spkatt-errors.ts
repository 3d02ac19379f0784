/**
 * Error groups of `eval spkatt` (as `eval polnear` prints them): the cues of unmatched gold annotations, and how
 * the cue and source spans of matched pairs differ from gold, the source groups split by the German words that
 * make the difference (articles, appositions, coordination, pronouns, relative pronouns, prepositional
 * attributes, names and titles). Looks only at token strings.
 */
import type { GoldAnnotation, PredictedAnnotation, TokenTable } from './attribution-metric.js';
import { spanError, type SpanError } from './polnear.js';

export interface SpanErrorCount {
  pairs: number;
  fn: number;
  fp: number;
}

export interface SpkAttErrors {
  /** Cue text of unmatched gold annotations (lower case) → count, most frequent first (top 25). */
  missedCues: [string, number][];
  cue: Record<string, SpanErrorCount>;
  source: Record<string, SpanErrorCount>;
}

const ARTICLE = /^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/;
const PRONOUN = /^(er|sie|es|man|ihr|ihre|ihrer|ihren|sein|seine|seiner|seinen|dieser|diese)$/;
const RELATIVE = /^(der|die|das|denen|dessen|deren|welche|welcher|welches)$/;
const PREPOSITION = /^(von|vom|aus|für|in|im|bei|beim|am|an|auf|zu|zur|zum|mit|über|gegenüber)$/;

/** Why a source is shorter or longer than gold: the words in the difference. */
function sourceDetail(words: readonly string[], e: { group: SpanError; fn: number[]; fp: number[] }, gold: readonly number[]): string {
  if (e.group === 'disjoint' && gold.length === 1 && RELATIVE.test(words[gold[0]!]!.toLowerCase())) return 'disjoint: relative pronoun';
  if (e.group !== 'ours shorter' && e.group !== 'ours longer') return e.group;
  const diff = (e.group === 'ours shorter' ? e.fn : e.fp).map((i) => words[i]!);
  const lower = diff.map((x) => x.toLowerCase());
  const why = lower.includes(',')
    ? 'apposition'
    : lower.some((x) => x === 'und' || x === 'oder' || x === 'sowie')
      ? 'coordination'
      : lower.every((x) => ARTICLE.test(x))
        ? 'article'
        : lower.some((x) => PRONOUN.test(x))
          ? 'pronoun'
          : PREPOSITION.test(lower[0]!)
            ? 'prepositional attribute'
            : diff.every((x) => /^[\p{Lu}(„“"]/u.test(x))
              ? 'name or title'
              : 'other words';
  return `${e.group}: ${why}`;
}

/** Collects the error groups of one split, document by document. */
export class SpkAttErrorGroups {
  private readonly missed = new Map<string, number>();
  private readonly cue: Record<string, SpanErrorCount> = {};
  private readonly source: Record<string, SpanErrorCount> = {};

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
      if (se) count(this.source, sourceDetail(table.words, se, gold[gi]!.source), se);
    }
    for (const gi of unmatchedGold) {
      const cue = gold[gi]!.cue.map((i) => table.words[i]!.toLowerCase()).join(' ');
      this.missed.set(cue, (this.missed.get(cue) ?? 0) + 1);
    }
  }

  result(): SpkAttErrors {
    const missedCues = [...this.missed].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 25);
    return { missedCues, cue: this.cue, source: this.source };
  }
}
