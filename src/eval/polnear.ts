/**
 * `quellenlage eval polnear DIR`: English attribution against PolNeAR (Newell, Margolin, Ruths, LREC 2018:
 * US political news, brat standoff; github.com/networkdynamics/PolNeAR, folder `data/`). DIR is one split
 * folder holding `text/<stem>.txt` and `attributions/<stem>.ann` (or `<stem>_<annotator>.ann`, one per
 * annotator: the first by name is used). The corpus states no licence: it is read for measuring only.
 *
 * ## Metric: the one of `eval spkatt` (scoreDocument in attribution-metric.ts, shared, not copied)
 * Each attribution (an `E` line: Content (+ Content2), Source, Cue) becomes three token sets: Message =
 * Content, Source, Cue. Tokens are runs of letters and digits (an inner ' ’ . , - between word characters
 * kept: "don’t", "U.S.", "1,000", "well-known") or single other characters, white space not counted; a token
 * belongs to a span when its characters overlap it. Predicted and gold messages are paired one-to-one per
 * document, maximizing shared message tokens; then token P/R/F1 per role, micro-averaged. Gold attributions
 * are grouped by whether their content starts with a quotation mark ("quoted") or not ("other"); like the
 * per-Form table of `eval spkatt`, a group counts its matched pairs and unmatched gold only.
 *
 * ## From our claims to PolNeAR spans (the corpus' conventions, mapped here, not in the product)
 *  1. Message = content, Source = source, Cue = cue, through `toRawSpan` back to the file's offsets.
 *  2. Quotation marks belong to a direct message: a piece of a direct claim takes in the quotation mark just
 *     before it and, after it, up to two punctuation tokens followed by a quotation mark; any other message
 *     piece with an odd number of quotation marks takes in the one next to it (mapQuotes of spkatt.ts).
 *  3. The complementizer belongs to the content in PolNeAR ("said [that the plan failed]"): a "that" or
 *     "whether" right before our message, right after our cue or source, joins the message.
 *  4. A colon right after the cue joins the cue ("replied: “…”"); the comma that closes an apposition in the
 *     source joins the source ("X, a spokeswoman for Y, said", "X, a retiree, supported …, but now plans").
 *  5. The message loses the tokens of its own source and cue.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../analysis/analyze.js';
import type { Span } from '../core/span.js';
import type { Claim, ClaimKind } from '../extract/types.js';
import { toRawSpan } from '../text/normalize.js';
import { scores } from './metrics.js';
import {
  addCounts, CLAIM_KINDS, emptyCounts, runs, scoreDocument, tokensIn,
  type AttributionTotals, type GoldAnnotation, type PredictedAnnotation, type Role, type RoleCounts, type TokenTable,
} from './attribution-metric.js';
import { ErrorGroups, type AttributionErrors, type SourceDetail } from './attribution-errors.js';
import { mapQuotes } from './spkatt.js';
import type { Scores } from './metrics.js';

export const POLNEAR_GROUPS = ['quoted', 'other'] as const;
export type PolnearGroup = (typeof POLNEAR_GROUPS)[number];

/** One article: its text and its attributions as character spans (UTF-16 offsets into the text). */
export interface PolnearDocument {
  stem: string;
  text: string;
  annFile: string;
  attributions: { content: Span[]; source: Span[]; cue: Span[] }[];
  /** The second annotator's attributions, where the article has two annotation files (the next by name). */
  second?: { annFile: string; attributions: { content: Span[]; source: Span[]; cue: Span[] }[] };
}

/** The split's articles: every text/*.txt with an annotation file (the first annotator's by name). */
export function readPolnearDir(dir: string): PolnearDocument[] {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) throw new Error(`not a PolNeAR split folder (needs text/ and attributions/): ${dir}`);
  const anns = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const byStem = new Map<string, string>();
  const secondOf = new Map<string, string>();
  for (const f of anns) {
    const base = f.slice(0, -4);
    const stem = existsSync(join(textDir, base + '.txt')) ? base : base.replace(/_[^_]+$/, '');
    if (!byStem.has(stem)) byStem.set(stem, f);
    else if (!secondOf.has(stem)) secondOf.set(stem, f);
  }
  const out: PolnearDocument[] = [];
  for (const t of readdirSync(textDir).filter((f) => f.endsWith('.txt')).sort()) {
    const stem = t.slice(0, -4);
    const ann = byStem.get(stem);
    if (!ann) continue;
    const text = readFileSync(join(textDir, t), 'utf8');
    const second = secondOf.get(stem);
    out.push({
      stem,
      text,
      annFile: ann,
      attributions: parseAnn(readFileSync(join(annDir, ann), 'utf8'), text),
      ...(second ? { second: { annFile: second, attributions: parseAnn(readFileSync(join(annDir, second), 'utf8'), text) } } : {}),
    });
  }
  return out;
}

/** brat standoff → attributions. Offsets in the file are code points; they become UTF-16 offsets here. */
export function parseAnn(ann: string, text: string): PolnearDocument['attributions'] {
  // Code point → UTF-16 offset (the same unless the text has characters outside the BMP).
  const cp: number[] = [];
  for (let i = 0; i < text.length; i++) {
    cp.push(i);
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code < 0xdc00) i++;
  }
  cp.push(text.length);
  const at = (n: number) => cp[Math.min(n, cp.length - 1)]!;
  const spans = new Map<string, Span[]>();
  const out: PolnearDocument['attributions'] = [];
  const relations: string[][] = [];
  for (const line of ann.split('\n')) {
    const t = /^(T\d+)\t\S+ ([\d; ]+)\t/.exec(line);
    if (t) {
      spans.set(
        t[1]!,
        t[2]!.split(';').map((p) => {
          const [a, b] = p.trim().split(' ').map(Number);
          return { start: at(a!), end: at(b!) };
        }),
      );
      continue;
    }
    const e = /^E\d+\t(.*)$/.exec(line);
    if (e) relations.push(e[1]!.trim().split(/\s+/));
  }
  for (const args of relations) {
    const a = { content: [] as Span[], source: [] as Span[], cue: [] as Span[] };
    for (const arg of args) {
      const [role, id] = arg.split(':');
      const s = spans.get(id ?? '') ?? [];
      if (role?.startsWith('Content')) a.content.push(...s);
      else if (role?.startsWith('Source')) a.source.push(...s);
      else if (role?.startsWith('Cue')) a.cue.push(...s);
    }
    if (a.content.length > 0 || a.cue.length > 0) out.push(a);
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|\S/gu;
const QUOTE_START = /^["“”„«»‘’']/u;

/** The evaluation's tokens over a text (see the module comment); `sentence` is not used here. */
export function polnearTokens(text: string): TokenTable {
  const t: TokenTable = { words: [], start: [], end: [], sentence: [], sentenceFirst: [0] };
  for (const m of text.matchAll(TOKEN)) {
    t.words.push(m[0]);
    t.start.push(m.index);
    t.end.push(m.index + m[0].length);
    t.sentence.push(0);
  }
  t.sentenceFirst.push(t.words.length);
  return t;
}

function tokensOf(table: TokenTable, spans: readonly Span[]): number[] {
  const into = new Set<number>();
  for (const s of spans) tokensIn(table, s.start, s.end, into);
  return [...into].sort((a, b) => a - b);
}

export function goldOf(doc: PolnearDocument, table: TokenTable): GoldAnnotation[] {
  return doc.attributions.map((a) => {
    const message = tokensOf(table, a.content);
    const first = message[0];
    return {
      form: first !== undefined && QUOTE_START.test(table.words[first]!) ? 'quoted' : 'other',
      message,
      source: tokensOf(table, a.source),
      cue: tokensOf(table, a.cue),
    };
  });
}

/** Our claims as PolNeAR annotations (rules 1–4 of the module comment). */
export function predictedOf(claims: readonly Claim[], table: TokenTable, toRaw: (s: number, e: number) => Span): PredictedAnnotation[] {
  const spans = (s: (Span & { parts?: Span[] | undefined }) | null): Span[] =>
    !s ? [] : (s.parts && s.parts.length > 0 ? s.parts : [s]).map((p) => toRaw(p.start, p.end));
  return claims.map((c) => {
    const a: PredictedAnnotation = {
      kind: c.kind,
      form: c.kind === 'direct' ? 'Direct' : 'Indirect',
      rule: c.rule,
      message: tokensOf(table, spans(c.content)),
      source: tokensOf(table, spans(c.source)),
      cue: tokensOf(table, spans(c.cue)),
    };
    mapQuotes(table, a);
    const first = a.message[0];
    if (first !== undefined && /^(that|whether)$/i.test(table.words[first - 1] ?? '')) {
      const frame = new Set([...a.cue, ...a.source]);
      if (frame.has(first - 2)) a.message = [first - 1, ...a.message];
    }
    // A colon between the cue and a quotation is part of the cue ("replied: “…”"); the comma that closes an
    // apposition is part of the source ("X, a spokeswoman for Y, said"), wherever the cue stands.
    const lastCue = a.cue.at(-1);
    if (lastCue !== undefined && table.words[lastCue + 1] === ':') a.cue = [...a.cue, lastCue + 1];
    const lastSrc = a.source.at(-1);
    if (lastSrc !== undefined && table.words[lastSrc + 1] === ',' && a.source.some((i) => table.words[i] === ',')) {
      a.source = [...a.source, lastSrc + 1];
    }
    const own = new Set([...a.source, ...a.cue]);
    a.message = a.message.filter((i) => !own.has(i));
    return a;
  });
}

export interface PolnearExample {
  file: string;
  group: string;
  message: string;
  source: string;
  cue: string;
  kind?: ClaimKind;
  rule?: string;
}

/** The source groups split by the words that make the difference: determiners, appositions, coordination, pronouns, titles. */
const sourceDetail: SourceDetail = (words, e) => {
  if (e.group !== 'ours shorter' && e.group !== 'ours longer') return e.group;
  const diff = (e.group === 'ours shorter' ? e.fn : e.fp).map((i) => words[i]!.toLowerCase());
  const why = diff.some((x) => x === ',') ? 'apposition' : diff.some((x) => x === 'and' || x === 'or') ? 'coordination' : diff.every((x) => /^(the|a|an)$/.test(x)) ? 'determiner' : diff.some((x) => /^(he|she|they|it|who|his|her|their|its)$/.test(x)) ? 'pronoun' : diff.every((x) => /^\p{Lu}/u.test(words[e.group === 'ours shorter' ? e.fn[0]! : e.fp[0]!]!)) ? 'name or title' : 'other words';
  return `${e.group}: ${why}`;
};

export interface PolnearReport extends AttributionTotals {
  byGroup: Record<PolnearGroup, { gold: number; matched: number } & Record<Role, Scores>>;
  predictedKinds: Record<ClaimKind, number>;
  /** Matched pairs: our kind → gold group → count. */
  confusion: Record<ClaimKind, Record<string, number>>;
  missedGold: PolnearExample[];
  spuriousPredicted: PolnearExample[];
  errors: AttributionErrors;
  /**
   * Human agreement on the articles that two annotators annotated: the second annotator scored against the first
   * exactly as our claims are, beside our own figures on the same articles (null when the split has none).
   */
  agreement: { documents: number; annotators: Record<Role, Scores>; ours: Record<Role, Scores> } | null;
}

/** Runs the evaluation on a PolNeAR split folder. `show` bounds the example lists. */
export function evalPolnear(dir: string, show = 10, onProgress?: (done: number, total: number) => void): PolnearReport {
  const docs = readPolnearDir(dir);
  const total = emptyCounts();
  const byGroup: Record<string, RoleCounts> = {};
  const goldPer: Record<string, number> = {};
  const matchedPer: Record<string, number> = {};
  const predictedKinds = Object.fromEntries(CLAIM_KINDS.map((k) => [k, 0])) as Record<ClaimKind, number>;
  const confusion = Object.fromEntries(CLAIM_KINDS.map((k) => [k, {} as Record<string, number>])) as Record<ClaimKind, Record<string, number>>;
  const missed: PolnearExample[] = [];
  const spurious: PolnearExample[] = [];
  let goldN = 0;
  let predN = 0;
  let matchedN = 0;
  let ugN = 0;
  let upN = 0;
  const errors = new ErrorGroups(sourceDetail);
  const humans = emptyCounts();
  const oursOnDoubled = emptyCounts();
  let doubled = 0;
  docs.forEach((d, k) => {
    const table = polnearTokens(d.text);
    const date = /_(\d{4}-\d{2}-\d{2})_/.exec(d.stem)?.[1];
    const doc = analyze({ text: d.text, lang: 'en', ...(date ? { published: date } : {}) });
    const claims = doc.has('claims') ? doc.get('claims').items : [];
    const gold = goldOf(d, table);
    const pred = predictedOf(claims, table, (s, e) => toRawSpan(doc.normalized, s, e));
    const score = scoreDocument(gold, pred);
    addCounts(total, score.counts);
    if (d.second) {
      doubled++;
      addCounts(humans, scoreDocument(gold, goldOf({ ...d, annFile: d.second.annFile, attributions: d.second.attributions }, table)).counts);
      addCounts(oursOnDoubled, score.counts);
    }
    for (const [g, c] of Object.entries(score.byForm)) addCounts((byGroup[g] ??= emptyCounts()), c);
    for (const g of gold) goldPer[g.form] = (goldPer[g.form] ?? 0) + 1;
    for (const p of pred) predictedKinds[p.kind]++;
    for (const { pred: pi, gold: gi } of score.pairs) {
      const g = gold[gi]!.form;
      matchedPer[g] = (matchedPer[g] ?? 0) + 1;
      const row = confusion[pred[pi]!.kind];
      row[g] = (row[g] ?? 0) + 1;
    }
    errors.add(table, gold, pred, score.pairs, score.unmatchedGold);
    goldN += gold.length;
    predN += pred.length;
    matchedN += score.pairs.length;
    ugN += score.unmatchedGold.length;
    upN += score.unmatchedPred.length;
    const text = (tokens: readonly number[]) =>
      runs(tokens)
        .map(([a, b]) => d.text.slice(table.start[a]!, table.end[b]!).replace(/\n/g, ' ⏎ '))
        .join(' … ');
    for (const gi of score.unmatchedGold) {
      // Spread the examples over the documents: at most one per document until the list is full.
      if (missed.length >= show || missed.at(-1)?.file === d.stem) break;
      const g = gold[gi]!;
      missed.push({ file: d.stem, group: g.form, message: text(g.message), source: text(g.source), cue: text(g.cue) });
    }
    for (const pi of score.unmatchedPred) {
      if (spurious.length >= show || spurious.at(-1)?.file === d.stem) break;
      const p = pred[pi]!;
      spurious.push({ file: d.stem, group: p.form, message: text(p.message), source: text(p.source), cue: text(p.cue), kind: p.kind, rule: p.rule });
    }
    onProgress?.(k + 1, docs.length);
  });
  const roles = { message: scores(total.message), source: scores(total.source), cue: scores(total.cue) };
  const groups = Object.fromEntries(
    POLNEAR_GROUPS.map((g) => {
      const c = byGroup[g] ?? emptyCounts();
      return [g, { gold: goldPer[g] ?? 0, matched: matchedPer[g] ?? 0, message: scores(c.message), source: scores(c.source), cue: scores(c.cue) }];
    }),
  ) as PolnearReport['byGroup'];
  return {
    documents: docs.length,
    gold: goldN,
    predicted: predN,
    matched: matchedN,
    unmatchedGold: ugN,
    unmatchedPredicted: upN,
    roles,
    joint: (roles.message.f1 + roles.source.f1 + roles.cue.f1) / 3,
    byGroup: groups,
    predictedKinds,
    confusion,
    missedGold: missed,
    spuriousPredicted: spurious,
    errors: errors.result(),
    agreement: doubled === 0 ? null : { documents: doubled, annotators: roleScores(humans), ours: roleScores(oursOnDoubled) },
  };
}

function roleScores(c: RoleCounts): Record<Role, Scores> {
  return { message: scores(c.message), source: scores(c.source), cue: scores(c.cue) };
}
