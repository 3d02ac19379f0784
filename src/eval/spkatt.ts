/**
 * `quellenlage eval spkatt DIR`: speaker attribution against GermEval 2023 SpkAtt, Task 2 (German Wikinews).
 *
 * Scoring: see the metric in attribution-metric.ts (shared with `eval polnear`): Message, Source and Cue token
 * sets per annotation (gold: all but `IsNested: true`), one-to-one matching of messages, token P/R/F1; the
 * per-Form table counts matched pairs and unmatched gold of each gold Form.
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
 *     (We have no FreeIndirect kind.) Except: a hearsay hedge (rule `hearsay-hedge`: a reportative "soll" or
 *     "angeblich" with no speaker) → FreeIndirect with no cue — the guidelines' free indirect speech has no
 *     frame, and the modal or adverb of hearsay is no cue of one (gold gives these sentences no cue). And: a reported claim whose content ends in a quotation
 *     ("nannte diese Zahlen „aus der Luft gegriffen“", "bezeichnete … als „Wortbruch“") → Direct, message =
 *     that last quotation with its marks, cue and source kept — the guidelines (3.1 b) annotate a quoted
 *     fragment closing a frame as direct speech and the rest of the sentence as its frame.
 *  2. Prepositional cues (`nach`, `laut`, `gemäß` opening our cue, `zufolge` closing it; a `nach`/`laut`
 *     elsewhere in a cue is a verb particle or adjective — "denken darüber nach", "werden laut" — and is
 *     left alone): the dataset's cue is the preposition alone and its source the whole phrase after (before)
 *     it — "nach [Angaben der Polizei]", "laut [einem Bericht der BBC]", "[Einer Augenzeugin] zufolge"; so
     too `aus` opening a cue with "Sicht" ("aus [Sicht der Organisationen]") and `nach` closing one that a
     possessive opens ("[Seiner Meinung] nach").
 *     So (a) the other tokens of our cue ("nach Angaben") move into the source; (b) the tokens between the
 *     preposition and our source join the source when the gap is at most 5 tokens in the same sentence
 *     without punctuation (quotation marks aside); (c) a report noun just before the source (Angaben,
 *     Aussagen, Informationen, Bericht(e/en), Ansicht, Meinung, Auffassung, Einschätzung, Schätzung(en),
 *     Darstellung, Erkenntnisse(n), Worten, or a compound ending in one, "Polizeiangaben"; with a "von"/"vom"
 *     between them: "nach [Aussagen von X]") joins it too,
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
 *  7. Final punctuation: IndirectFreeIndirect, FreeIndirect and Reported messages take in the sentence-final punctuation
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
import {
  addCounts, emptyCounts, runs, scoreDocument, scores, tokensIn, CLAIM_KINDS, SPKATT_FORMS,
  type AttributionTotals, type GoldAnnotation, type PredictedAnnotation, type Role, type RoleCounts, type Scores, type SpkAttForm, type TokenAnnotation, type TokenTable,
} from './attribution-metric.js';
import { detokenize, readSpkAttDir, type Detokenized, type SpkAttAnnotation } from './spkatt-data.js';
import { SpkAttErrorGroups, type SpkAttErrors } from './spkatt-errors.js';

// The metric moved to attribution-metric.ts; its names stay importable from here.
export * from './attribution-metric.js';

// ---------------------------------------------------------------------------------------------------------
// Tokens of a rebuilt SpkAtt document

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

// ---------------------------------------------------------------------------------------------------------
// Mapping our claims onto the dataset's conventions (rules 1–7 of the module comment)

const QUOTE = /^(?:[„“”"»«‚‘’‹›]|''|``|,,)$/u;
const TERMINAL = /^(?:[.!?…]+|\.\.\.)$/u;
const EDGE_PUNCT = /^[.,;:!?…–—-]+$/u;
const BARRIER = /^[.,;:!?…–—()[\]{}-]+$/u;
const PREPOSITION_CUES = new Set(['nach', 'laut', 'gemäß', 'zufolge']);
/** Possessive determiners that open a perspective phrase ("seiner Meinung nach"). */
const POSSESSIVE = /^(mein|dein|sein|ihr|unser|euer|eur)(e|er|es|en|em)?$/;
const REFERENTIAL_CUES = new Set(['demnach', 'danach', 'wonach']);
/** "von"/"vom" between a report noun and its source ("nach Aussagen von X"). */
const OF = /^(von|vom)$/;
const REPORT_NOUN =
  /(?:angaben|aussagen?|informationen|berichte?n?|ansicht|meinung|auffassung|einschätzung|schätzungen?|darstellung|erkenntnissen?|worten)$/u;

const isQuote = (t: TokenTable, i: number) => i >= 0 && i < t.words.length && QUOTE.test(t.words[i]!);
const isTerminal = (t: TokenTable, i: number) => i >= 0 && i < t.words.length && TERMINAL.test(t.words[i]!);
const sorted = (s: Iterable<number>) => [...new Set(s)].sort((a, b) => a - b);


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
  // "aus [seiner Sicht]" / "aus [Sicht der Regierung]"; the postposition of "[seiner Meinung] nach" (round 15, spec 6).
  else if (headWord === 'aus' && a.cue.some((i) => t.words[i]!.toLowerCase() === 'sicht')) prep = head;
  else if (tailWord === 'nach' && a.cue.length > 1 && POSSESSIVE.test(headWord)) prep = tail;
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
  // … and a "von" between the report noun of our cue and our source ("nach [Aussagen von X]").
  for (let i = first + 1; i < last; i++) if (!source.has(i) && OF.test(t.words[i]!.toLowerCase()) && source.has(i - 1) && source.has(i + 1)) source.add(i);
  // (c) a report noun just before the source ("von"/"vom" between them: "Aussagen von X"), with its article/adjectives.
  const noun = first - 1 - (first >= 2 && OF.test(t.words[first - 1]!.toLowerCase()) && fillable(first - 1) && REPORT_NOUN.test(t.words[first - 2]!.toLowerCase()) ? 1 : 0);
  if (noun < first - 1) source.add(first - 1);
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
  const of = first >= 2 && OF.test(t.words[first - 1]!.toLowerCase());
  const noun = first - 1 - (of ? 1 : 0);
  if (noun < 0 || !REPORT_NOUN.test(t.words[noun]!.toLowerCase())) return;
  const joined = of ? [noun, first - 1] : [noun];
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
  if (a.form === 'IndirectFreeIndirect' || a.form === 'FreeIndirect' || a.form === 'Reported') {
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
  const preds: PredictedAnnotation[] = claims.map((c) => {
    const hedge = c.rule === 'hearsay-hedge';
    return {
      kind: c.kind,
      form: hedge ? 'FreeIndirect' : formOf(c.kind, c.cue !== null),
      rule: c.rule,
      message: tokensOf(c.content),
      source: tokensOf(c.source),
      cue: hedge ? [] : tokensOf(c.cue),
    };
  });
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
  /** Error groups: missed cues, cue and source span differences of matched pairs (spkatt-errors.ts). */
  errors: SpkAttErrors;
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
  const errors = new SpkAttErrorGroups();

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
    errors.add(table, gold, pred, score.pairs, score.unmatchedGold);

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
    errors: errors.result(),
  };
}
