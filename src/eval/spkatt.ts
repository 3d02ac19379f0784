/**
 * `quellenlage eval spkatt DIR`: speaker attribution against GermEval 2023 SpkAtt, Task 2 (German Wikinews).
 *
 * ## Metric (implemented from the task description; no third-party code)
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
 *
 * ## From our claims to SpkAtt annotations (span conventions are mapped here, not in the product)
 * Each document's text is rebuilt from its tokens (`detokenize`), analysed as German with its publication
 * date, and every claim of the `claims` layer (none when the layer is absent) becomes one predicted
 * annotation. Our offsets (UTF-16, into `doc.text`) are mapped back to the rebuilt text with `toRawSpan`;
 * a token belongs to a span when its characters overlap the span or, for discontinuous spans, one of its
 * `parts`. Message = `content`, Source = `source`, Cue = `cue` (`via` is not scored). Then, in this order:
 *
 *  1. Kind → Form: direct → Direct; indirect and mixed → Indirect, or IndirectFreeIndirect when the claim has
 *     no cue (a Konjunktiv continuation sentence); reported → Reported; unattributed → Indirect.
 *     (We have no FreeIndirect kind.) Except: a reported claim whose content ends in a quotation
 *     ("nannte diese Zahlen „aus der Luft gegriffen“", "bezeichnete … als „Wortbruch“") → Direct, message =
 *     that last quotation with its marks, cue and source kept — the guidelines (3.1 b) annotate a quoted
 *     fragment closing a frame as direct speech and the rest of the sentence as its frame.
 *  2. Prepositional cues (`nach`, `laut`, `gemäß` opening our cue, `zufolge` closing it; a `nach`/`laut`
 *     elsewhere in a cue is a verb particle or adjective — "denken darüber nach", "werden laut" — and is
 *     left alone): the dataset's cue is the preposition alone and its source the whole phrase after (before)
 *     it — "nach [Angaben der Polizei]", "laut [einem Bericht der BBC]", "[Einer Augenzeugin] zufolge".
 *     So (a) the other tokens of our cue ("nach Angaben") move into the source; (b) the tokens between the
 *     preposition and our source join the source when the gap is at most 5 tokens in the same sentence
 *     without punctuation (quotation marks aside); (c) a report noun just before the source (Angaben,
 *     Aussagen, Informationen, Bericht(e/en), Ansicht, Meinung, Auffassung, Einschätzung, Schätzung(en),
 *     Darstellung, Erkenntnisse(n), Worten, or a compound ending in one, "Polizeiangaben") joins it too,
 *     with up to two lower-case words before it ("den ersten Angaben") or a sentence-initial word,
 *     stopping at punctuation and at the cue. Tokens that join the source leave the message (rule 6).
 *  3. Referential cues (`demnach`, `danach`, `wonach` as the whole cue): the dataset marks the adverb as
 *     both cue and source; when our source is missing or lies in another sentence (a resolved antecedent),
 *     the mapped source is the cue token.
 *  4. Quotation marks: for Direct, each contiguous piece of the message takes in the quotation-mark token
 *     just before it and, after it, up to two punctuation tokens followed by a quotation mark ("… werden .
 *     “") — the dataset's direct messages include their quotation marks and the punctuation inside them,
 *     ours exclude the marks. For every other Form, a piece with an odd number of quotation-mark tokens
 *     takes in the adjacent quotation mark after (else before) it, so quoted fragments stay balanced.
 *  5. Reported: the dataset's message is the whole sentence with its final punctuation, source and cue words
 *     included (241 of 292 train messages are exactly one or more whole sentences), ours is the topic. The
 *     mapped message is the hull of our content and of our source and cue where they lie in the content's
 *     sentence(s), grown to those sentences' boundaries but stopping before a token that belongs to another
 *     predicted claim (message, source or cue), with leading punctuation dropped. The cue is dropped: the dataset gives reported speech
 *     a cue in 6 of 292 cases (its cue words lie inside the message).
 *  6. Outside Reported, the message loses the tokens of the mapped source and cue (in the gold data no
 *     non-reported message overlaps its own cue or source; a content span of ours that runs across an
 *     interrupting "sagte er" or "nach Angaben der X" becomes two pieces, as in the dataset).
 *  7. Final punctuation: IndirectFreeIndirect and Reported messages take in the sentence-final punctuation
 *     token (. ! ? …) right after them (the dataset annotates whole sentences with their full stop there);
 *     each piece of an Indirect message loses punctuation tokens (. , ; : ! ? … dashes) at its edges (the
 *     dataset's indirect messages have none: no leading comma, 68 of 1,491 end in a full stop; the commas
 *     around an interrupting frame belong to the frame).
 *
 * Every rule looks only at token strings, sentence boundaries and the claim itself — no document-specific
 * rule. The word lists above are the dataset's annotation conventions, so they live here, not in src/lang/.
 */
import { analyze } from '../analysis/analyze.js';
import type { Span } from '../core/span.js';
import type { Claim, ClaimKind } from '../extract/types.js';
import { toRawSpan } from '../text/normalize.js';
import { scores, type Counts, type Scores } from './metrics.js';
import { detokenize, readSpkAttDir, type Detokenized, type SpkAttAnnotation } from './spkatt-data.js';

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

// ---------------------------------------------------------------------------------------------------------
// Tokens of a rebuilt SpkAtt document

/** The data's tokens with global indices, their offsets in the rebuilt text and their sentences. */
export interface TokenTable {
  words: string[];
  start: number[];
  end: number[];
  sentence: number[];
  /** First global token index of each sentence; `sentenceFirst[s + 1]` is one past its last. */
  sentenceFirst: number[];
}

export function tokenTable(sentences: readonly (readonly string[])[], det: Detokenized): TokenTable {
  const t: TokenTable = { words: [], start: [], end: [], sentence: [], sentenceFirst: [] };
  sentences.forEach((toks, s) => {
    t.sentenceFirst.push(t.words.length);
    toks.forEach((w, k) => {
      const span = det.tokens[s]![k]!;
      t.words.push(w);
      t.start.push(span.start);
      t.end.push(span.end);
      t.sentence.push(s);
    });
  });
  t.sentenceFirst.push(t.words.length);
  return t;
}

/** Gold annotations as token sets ("s:t" references → global indices; references outside the text dropped). */
export function goldAnnotations(annotations: readonly SpkAttAnnotation[], table: TokenTable): GoldAnnotation[] {
  const nSent = table.sentenceFirst.length - 1;
  const conv = (refs: readonly string[] | undefined): number[] => {
    const out = new Set<number>();
    for (const ref of refs ?? []) {
      const m = /^(\d+):(\d+)$/.exec(ref);
      if (!m) continue;
      const s = Number(m[1]);
      const k = Number(m[2]);
      if (s >= nSent) continue;
      const g = table.sentenceFirst[s]! + k;
      if (g < table.sentenceFirst[s + 1]!) out.add(g);
    }
    return [...out].sort((a, b) => a - b);
  };
  return annotations.map((a) => ({
    form: a.Form,
    isNested: a.IsNested === true,
    message: conv(a.Message),
    source: conv(a.Source),
    cue: conv(a.Cue),
  }));
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

// ---------------------------------------------------------------------------------------------------------
// Mapping our claims onto the dataset's conventions (rules 1–7 of the module comment)

const QUOTE = /^(?:[„“”"»«‚‘’‹›]|''|``|,,)$/u;
const TERMINAL = /^(?:[.!?…]+|\.\.\.)$/u;
const EDGE_PUNCT = /^[.,;:!?…–—-]+$/u;
const BARRIER = /^[.,;:!?…–—()[\]{}-]+$/u;
const PREPOSITION_CUES = new Set(['nach', 'laut', 'gemäß', 'zufolge']);
const REFERENTIAL_CUES = new Set(['demnach', 'danach', 'wonach']);
const REPORT_NOUN =
  /(?:angaben|aussagen?|informationen|berichte?n?|ansicht|meinung|auffassung|einschätzung|schätzungen?|darstellung|erkenntnissen?|worten)$/u;

const isQuote = (t: TokenTable, i: number) => i >= 0 && i < t.words.length && QUOTE.test(t.words[i]!);
const isTerminal = (t: TokenTable, i: number) => i >= 0 && i < t.words.length && TERMINAL.test(t.words[i]!);
const sorted = (s: Iterable<number>) => [...new Set(s)].sort((a, b) => a - b);

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

function formOf(kind: ClaimKind, hasCue: boolean): SpkAttForm {
  switch (kind) {
    case 'direct':
      return 'Direct';
    case 'indirect':
    case 'mixed':
      return hasCue ? 'Indirect' : 'IndirectFreeIndirect';
    case 'reported':
      return 'Reported';
    case 'unattributed':
      return 'Indirect';
  }
}

/** Rule 1 (second part): reported speech that ends in a quotation is, in the dataset, a direct quote. */
function mapQuotedReported(t: TokenTable, a: PredictedAnnotation): void {
  if (a.form !== 'Reported' || a.message.length === 0) return;
  const last = a.message.at(-1)!;
  const close = isQuote(t, last) ? last : isQuote(t, last + 1) ? last + 1 : -1;
  if (close < 0) return;
  let open = close - 1;
  while (open >= a.message[0]! - 1 && !isQuote(t, open)) open--;
  if (open < a.message[0]! - 1 || open < 0) return;
  a.form = 'Direct';
  a.message = [];
  for (let i = open; i <= close; i++) a.message.push(i);
}

/** Rule 2: prepositional cues (nach, laut, gemäß, zufolge). */
function mapPrepositionalCue(t: TokenTable, a: PredictedAnnotation): void {
  if (a.cue.length === 0) return;
  // The preposition opens our cue ("nach Angaben"), or closes it for the postposition zufolge; a "nach" or
  // "laut" elsewhere is a verb particle or adjective ("denken darüber nach", "werden laut"), not a cue.
  const head = a.cue[0]!;
  const tail = a.cue.at(-1)!;
  const headWord = t.words[head]!.toLowerCase();
  const tailWord = t.words[tail]!.toLowerCase();
  let prep: number;
  if (PREPOSITION_CUES.has(headWord) && headWord !== 'zufolge' && !BARRIER.test(t.words[head + 1] ?? '.')) prep = head;
  else if (tailWord === 'zufolge') prep = tail;
  else return;
  // (a) the rest of our cue moves into the source.
  const source = new Set([...a.source, ...a.cue.filter((i) => i !== prep)]);
  a.cue = [prep];
  if (source.size === 0) {
    a.source = [];
    return;
  }
  const sent = t.sentence[prep]!;
  let first = Math.min(...source);
  let last = Math.max(...source);
  // Tokens that may join the source; message tokens may (rule 6 takes them out of the message again).
  const fillable = (i: number) => t.sentence[i] === sent && !(BARRIER.test(t.words[i]!) && !QUOTE.test(t.words[i]!));
  // (b) the gap between the preposition and the source.
  if (t.sentence[first] === sent && t.sentence[last] === sent) {
    const [from, to] = prep < first ? [prep + 1, first - 1] : last < prep ? [last + 1, prep - 1] : [1, 0];
    let ok = to - from + 1 <= 5;
    for (let i = from; ok && i <= to; i++) ok = fillable(i);
    if (ok && to >= from) {
      for (let i = from; i <= to; i++) source.add(i);
      first = Math.min(first, from);
      last = Math.max(last, to);
    }
  }
  // (c) a report noun just before the source, with its article/adjectives.
  const noun = first - 1;
  if (noun >= 0 && noun !== prep && fillable(noun) && REPORT_NOUN.test(t.words[noun]!.toLowerCase())) {
    source.add(noun);
    for (let i = noun - 1, n = 0; i >= 0 && n < 2 && i !== prep && fillable(i); i--, n++) {
      const w = t.words[i]!;
      const sentenceInitial = i === t.sentenceFirst[sent];
      if (!/^\p{Ll}/u.test(w) && !sentenceInitial) break;
      source.add(i);
      if (sentenceInitial) break;
    }
  }
  a.source = sorted(source);
}

/**
 * Rule 2b: a source carried over from an earlier "nach Angaben der X" (a continuation has no cue of its own)
 * is, in the dataset, "Angaben der X" as well: the report noun (with up to two lower-case words before it)
 * right before the source joins it when a prepositional cue stands before that.
 */
function mapCarriedReportNoun(t: TokenTable, a: PredictedAnnotation): void {
  if (a.source.length === 0 || (a.cue.length > 0 && PREPOSITION_CUES.has(t.words[a.cue[0]!]!.toLowerCase()))) return;
  const first = a.source[0]!;
  const noun = first - 1;
  if (noun < 0 || !REPORT_NOUN.test(t.words[noun]!.toLowerCase())) return;
  const joined = [noun];
  for (let i = noun - 1, n = 0; i >= 0 && n < 3; i--, n++) {
    const w = t.words[i]!;
    if (PREPOSITION_CUES.has(w.toLowerCase())) {
      a.source = sorted([...a.source, ...joined]);
      return;
    }
    if (!/^\p{Ll}/u.test(w)) return;
    joined.push(i);
  }
}

/** Rule 3: referential cues (demnach, danach, wonach). */
function mapReferentialCue(t: TokenTable, a: PredictedAnnotation): void {
  if (a.cue.length !== 1) return;
  const c = a.cue[0]!;
  if (!REFERENTIAL_CUES.has(t.words[c]!.toLowerCase())) return;
  if (a.source.length === 0 || a.source.some((i) => t.sentence[i] !== t.sentence[c])) a.source = [c];
}

/** Rule 4: quotation marks. */
export function mapQuotes(t: TokenTable, a: PredictedAnnotation): void {
  const message = new Set(a.message);
  for (const [first, last] of runs(a.message)) {
    if (a.form === 'Direct') {
      if (isQuote(t, first - 1)) message.add(first - 1);
      let j = last + 1;
      while (j <= last + 2 && j < t.words.length && EDGE_PUNCT.test(t.words[j]!)) j++;
      if (isQuote(t, j)) for (let i = last + 1; i <= j; i++) message.add(i);
    } else {
      let quotes = 0;
      for (let i = first; i <= last; i++) if (isQuote(t, i)) quotes++;
      if (quotes % 2 === 0) continue;
      if (isQuote(t, last + 1)) message.add(last + 1);
      else if (isQuote(t, first - 1)) message.add(first - 1);
    }
  }
  a.message = sorted(message);
}

/** Rule 5: reported speech covers its sentence(s), up to other claims. `taken` = tokens of other claims. */
function mapReported(t: TokenTable, a: PredictedAnnotation, taken: ReadonlySet<number>): void {
  // The sentences of the content (or, without content, of source and cue); source and cue words count
  // toward the hull only inside them.
  const anchor = a.message.length > 0 ? a.message : [...a.source, ...a.cue];
  if (anchor.length === 0) return;
  const firstSent = t.sentence[Math.min(...anchor)]!;
  const lastSent = t.sentence[Math.max(...anchor)]!;
  const all = [...a.message, ...a.source, ...a.cue].filter((i) => t.sentence[i]! >= firstSent && t.sentence[i]! <= lastSent);
  let first = Math.min(...all);
  let last = Math.max(...all);
  const sentStart = t.sentenceFirst[firstSent]!;
  const sentEnd = t.sentenceFirst[lastSent + 1]! - 1;
  while (first > sentStart && !taken.has(first - 1)) first--;
  while (last < sentEnd && !taken.has(last + 1)) last++;
  while (first < last && EDGE_PUNCT.test(t.words[first]!)) first++;
  const message: number[] = [];
  for (let i = first; i <= last; i++) message.push(i);
  a.message = message;
  a.cue = [];
}

/** Rule 6: final punctuation. */
function mapFinalPunctuation(t: TokenTable, a: PredictedAnnotation): void {
  if (a.message.length === 0) return;
  if (a.form === 'IndirectFreeIndirect' || a.form === 'Reported') {
    const next = a.message.at(-1)! + 1;
    if (isTerminal(t, next) && t.sentence[next] === t.sentence[next - 1]) a.message = [...a.message, next];
  } else if (a.form === 'Indirect') {
    const kept: number[] = [];
    for (let [first, last] of runs(a.message)) {
      while (first <= last && EDGE_PUNCT.test(t.words[first]!)) first++;
      while (last >= first && EDGE_PUNCT.test(t.words[last]!)) last--;
      for (let i = first; i <= last; i++) kept.push(i);
    }
    a.message = kept;
  }
}

/** Maps our claims to predicted SpkAtt annotations over the document's tokens (rules 1–7). */
export function predictedAnnotations(
  claims: readonly Claim[],
  table: TokenTable,
  toRaw: (start: number, end: number) => Span = (start, end) => ({ start, end }),
): PredictedAnnotation[] {
  const tokensOf = (span: (Span & { parts?: Span[] | undefined }) | null): number[] => {
    if (!span) return [];
    const into = new Set<number>();
    const pieces = span.parts && span.parts.length > 0 ? span.parts : [span];
    for (const p of pieces) {
      const raw = toRaw(p.start, p.end);
      tokensIn(table, raw.start, raw.end, into);
    }
    return sorted(into);
  };
  const preds: PredictedAnnotation[] = claims.map((c) => ({
    kind: c.kind,
    form: formOf(c.kind, c.cue !== null),
    rule: c.rule,
    message: tokensOf(c.content),
    source: tokensOf(c.source),
    cue: tokensOf(c.cue),
  }));
  for (const a of preds) {
    mapQuotedReported(table, a);
    mapPrepositionalCue(table, a);
    mapCarriedReportNoun(table, a);
    mapReferentialCue(table, a);
    if (a.form !== 'Reported') mapQuotes(table, a);
  }
  // Reported messages stop at the tokens of the other claims (after their own mapping).
  const owners = new Map<number, number[]>();
  preds.forEach((a, k) => {
    for (const i of [...a.message, ...a.source, ...a.cue]) {
      const list = owners.get(i);
      if (list) list.push(k);
      else owners.set(i, [k]);
    }
  });
  preds.forEach((a, k) => {
    if (a.form !== 'Reported') return;
    const taken = new Set<number>();
    for (const [i, ks] of owners) if (ks.some((x) => x !== k)) taken.add(i);
    mapReported(table, a, taken);
  });
  for (const a of preds) {
    if (a.form !== 'Reported') {
      const own = new Set([...a.source, ...a.cue]);
      a.message = a.message.filter((i) => !own.has(i));
    }
    mapFinalPunctuation(table, a);
  }
  return preds;
}

// ---------------------------------------------------------------------------------------------------------
// The whole evaluation

export interface SpkAttExample {
  file: string;
  form: string;
  message: string;
  source: string;
  cue: string;
  /** For predictions: our kind and the rule that made the claim. */
  kind?: ClaimKind;
  rule?: string;
}

export interface SpkAttDocumentRow {
  file: string;
  name: string;
  gold: number;
  predicted: number;
  matched: number;
  /** Message tokens wrongly found plus missed (the ranking key of `worst`). */
  messageErrors: number;
  f1: Record<Role, number>;
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

export interface SpkAttReport extends AttributionTotals {
  /** Documents whose analysis has a `claims` layer (0: the extractor is not in the pipeline yet). */
  documentsWithClaimsLayer: number;
  nestedIgnored: number;
  byForm: Record<SpkAttForm, { gold: number; matched: number } & Record<Role, Scores>>;
  /** Predicted claims per our kind, and per the Form they were mapped to. */
  predictedKinds: Record<ClaimKind, number>;
  predictedForms: Record<SpkAttForm, number>;
  /** Matched pairs: our kind → gold Form → count. */
  confusion: Record<ClaimKind, Record<string, number>>;
  /** The documents with the most message-token errors, worst first (at most `show`). */
  worst: SpkAttDocumentRow[];
  /** Unmatched gold annotations, taken in turn from each Form (at most `show`). */
  missedGold: SpkAttExample[];
  /** Unmatched predictions (at most `show`). */
  spuriousPredicted: SpkAttExample[];
}

function tokenText(det: Detokenized, table: TokenTable, tokens: readonly number[]): string {
  return runs(tokens)
    .map(([a, b]) => det.text.slice(table.start[a]!, table.end[b]!).replace(/\n/g, ' ⏎ '))
    .join(' … ');
}

/** Runs the evaluation on a SpkAtt split directory. `show` bounds the example lists. */
export function evalSpkAtt(dir: string, show = 10, onProgress?: (done: number, total: number) => void): SpkAttReport {
  const docs = readSpkAttDir(dir);
  const total = emptyCounts();
  const byForm: Record<string, RoleCounts> = {};
  const goldPerForm: Record<string, number> = {};
  const matchedPerForm: Record<string, number> = {};
  const predictedKinds = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  const predictedForms = Object.fromEntries(SPKATT_FORMS.map((f) => [f, 0])) as Record<SpkAttForm, number>;
  const confusion = Object.fromEntries(CLAIM_KINDS.map((k) => [k, {} as Record<string, number>])) as Record<
    ClaimKind,
    Record<string, number>
  >;
  const rows: SpkAttDocumentRow[] = [];
  const missedByForm: Record<string, SpkAttExample[]> = {};
  const spurious: SpkAttExample[] = [];
  let withLayer = 0;
  let goldN = 0;
  let nested = 0;
  let predN = 0;
  let matchedN = 0;
  let unmatchedGoldN = 0;
  let unmatchedPredN = 0;

  docs.forEach((d, k) => {
    const det = detokenize(d.sentences);
    const table = tokenTable(d.sentences, det);
    const doc = analyze({ text: det.text, lang: 'de', published: d.published });
    let claims: readonly Claim[] = [];
    if (doc.has('claims')) {
      withLayer++;
      claims = doc.get('claims').items;
    }
    const gold = goldAnnotations(d.annotations, table);
    const pred = predictedAnnotations(claims, table, (s, e) => toRawSpan(doc.normalized, s, e));
    const score = scoreDocument(gold, pred);

    addCounts(total, score.counts);
    for (const [form, c] of Object.entries(score.byForm)) addCounts((byForm[form] ??= emptyCounts()), c);
    for (const g of gold) if (!g.isNested) goldPerForm[g.form] = (goldPerForm[g.form] ?? 0) + 1;
    for (const p of pred) {
      predictedKinds[p.kind]++;
      predictedForms[p.form]++;
    }
    for (const { pred: pi, gold: gi } of score.pairs) {
      const form = gold[gi]!.form;
      matchedPerForm[form] = (matchedPerForm[form] ?? 0) + 1;
      const row = confusion[pred[pi]!.kind];
      row[form] = (row[form] ?? 0) + 1;
    }
    const kept = gold.length - score.nested;
    goldN += kept;
    nested += score.nested;
    predN += pred.length;
    matchedN += score.pairs.length;
    unmatchedGoldN += score.unmatchedGold.length;
    unmatchedPredN += score.unmatchedPred.length;

    const example = (a: TokenAnnotation, form: string): SpkAttExample => ({
      file: d.file,
      form,
      message: tokenText(det, table, a.message),
      source: tokenText(det, table, a.source),
      cue: tokenText(det, table, a.cue),
    });
    for (const gi of score.unmatchedGold) {
      const list = (missedByForm[gold[gi]!.form] ??= []);
      if (list.length < show) list.push(example(gold[gi]!, gold[gi]!.form));
    }
    for (const pi of score.unmatchedPred) {
      if (spurious.length >= show) break;
      const p = pred[pi]!;
      spurious.push({ ...example(p, p.form), kind: p.kind, rule: p.rule });
    }
    const m = score.counts.message;
    rows.push({
      file: d.file,
      name: d.name,
      gold: kept,
      predicted: pred.length,
      matched: score.pairs.length,
      messageErrors: m.fp + m.fn,
      f1: { message: scores(m).f1, source: scores(score.counts.source).f1, cue: scores(score.counts.cue).f1 },
    });
    onProgress?.(k + 1, docs.length);
  });

  const roles = { message: scores(total.message), source: scores(total.source), cue: scores(total.cue) };
  const perForm = Object.fromEntries(
    SPKATT_FORMS.map((f) => {
      const c = byForm[f] ?? emptyCounts();
      return [
        f,
        {
          gold: goldPerForm[f] ?? 0,
          matched: matchedPerForm[f] ?? 0,
          message: scores(c.message),
          source: scores(c.source),
          cue: scores(c.cue),
        },
      ];
    }),
  ) as SpkAttReport['byForm'];
  // Missed gold: take one of each Form in turn, so every Form shows up.
  const missedGold: SpkAttExample[] = [];
  const queues = SPKATT_FORMS.map((f) => [...(missedByForm[f] ?? [])]);
  for (const f of Object.keys(missedByForm)) if (!(SPKATT_FORMS as readonly string[]).includes(f)) queues.push([...missedByForm[f]!]);
  while (missedGold.length < show && queues.some((q) => q.length > 0)) {
    for (const q of queues) if (q.length > 0 && missedGold.length < show) missedGold.push(q.shift()!);
  }
  return {
    documents: docs.length,
    documentsWithClaimsLayer: withLayer,
    gold: goldN,
    nestedIgnored: nested,
    predicted: predN,
    matched: matchedN,
    unmatchedGold: unmatchedGoldN,
    unmatchedPredicted: unmatchedPredN,
    roles,
    joint: (roles.message.f1 + roles.source.f1 + roles.cue.f1) / 3,
    byForm: perForm,
    predictedKinds,
    predictedForms,
    confusion,
    worst: [...rows].sort((a, b) => b.messageErrors - a.messageErrors || a.file.localeCompare(b.file)).slice(0, show),
    missedGold,
    spuriousPredicted: spurious,
  };
}
