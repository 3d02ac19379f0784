import { existsSync } from 'node:fs';
import type { AttributionErrors } from '../eval/attribution-errors.js';
import { evalGold, type GoldReport } from '../eval/gold.js';
import { evalLedger } from '../eval/ledger.js';
import { evalNer, type NerScores } from '../eval/ner.js';
import { defaultModelPath, NerModel } from '../extract/ner/model.js';
import { evalSentences, type BoundaryScores } from '../eval/sentences.js';
import { CLAIM_KINDS, ROLES, SPKATT_FORMS, evalSpkAtt, type AttributionTotals, type SpkAttExample } from '../eval/spkatt.js';
import { dateAdapters } from '../eval/specs/dates.js';
import { englishTimeAdapters } from '../eval/specs/durations.js';
import { numberAdapters } from '../eval/specs/numbers.js';
import { runSpecFiles } from '../eval/specs/run.js';
import { InputError } from '../ingest/decode.js';
import { EXIT_OK, UsageError } from './errors.js';
import { progress, write } from './output.js';

function pct(x: number): string {
  return (100 * x).toFixed(2).padStart(6);
}

function row(name: string, s: BoundaryScores): string {
  return `  ${name.padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`;
}

export interface EvalSentencesOptions {
  show: number;
  format: 'text' | 'json';
}

/** `quellenlage eval sentences DIR`: sentence-boundary P/R/F1 against SpkAtt gold, beside Intl.Segmenter. */
export async function runEvalSentences(dir: string, opts: EvalSentencesOptions): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const r = evalSentences(dir, progress('documents'));
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const artifacts = r.missed.filter((m) => m.insideSentence);
  const out: string[] = [];
  out.push(`Sentence boundaries on ${r.documents} documents (${r.goldSentences} gold sentences), text rebuilt from tokens`);
  out.push(`  ${'splitter'.padEnd(16)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}`);
  out.push(row('quellenlage', r.ours));
  out.push(row('Intl.Segmenter', r.intl));
  out.push('');
  out.push(`Gold boundaries that fall inside a sentence (annotation artifacts, not fitted): ${artifacts.length}`);
  for (const m of artifacts.slice(0, opts.show)) out.push(`  ${m.file.padEnd(11)} ${m.context}`);
  if (artifacts.length > opts.show) out.push(`  … ${artifacts.length - opts.show} more (--show N)`);
  const others = r.missed.filter((m) => !m.insideSentence);
  out.push(`Other gold boundaries missed: ${others.length}`);
  for (const m of others.slice(0, opts.show)) out.push(`  ${m.file.padEnd(11)} ${m.context}`);
  if (others.length > opts.show) out.push(`  … ${others.length - opts.show} more (--show N)`);
  out.push(`Boundaries we make that the gold lacks: ${r.spurious.length}`);
  for (const m of r.spurious.slice(0, opts.show)) out.push(`  ${m.file.padEnd(11)} ${m.context}`);
  if (r.spurious.length > opts.show) out.push(`  … ${r.spurious.length - opts.show} more (--show N)`);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

export interface EvalSpkAttOptions {
  show: number;
  format: 'text' | 'json';
}

/** The matching summary and the P/R/F1 rows per role of an attribution evaluation (spkatt, polnear). */
function totalsLines(r: AttributionTotals): string[] {
  const roleName = { message: 'Message', source: 'Source', cue: 'Cue' } as const;
  const out = [
    `Matched one-to-one per document by maximal message-token overlap (Hungarian algorithm): ${r.matched} pairs, ` +
      `${r.unmatchedGold} gold and ${r.unmatchedPredicted} predicted unmatched (their tokens count fully as FN / FP)`,
    `  ${'role'.padEnd(16)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}`,
  ];
  for (const role of ROLES) {
    const s = r.roles[role];
    out.push(`  ${roleName[role].padEnd(16)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}   tp ${s.tp}  fp ${s.fp}  fn ${s.fn}`);
  }
  out.push(`  ${'joint (mean F1)'.padEnd(16)} ${''.padStart(6)} ${''.padStart(6)} ${pct(r.joint)}`);
  return out;
}

/** The error groups of an attribution evaluation: missed gold cues, then cue and source span differences by size. */
function errorGroupLines(out: string[], errors: AttributionErrors, what: string, width: number): void {
  out.push(`Error groups: cues of unmatched gold ${what} (most frequent first)`);
  out.push('  ' + errors.missedCues.map(([cue, n]) => `${cue || '(none)'} ${n}`).join(' · '));
  for (const role of ['cue', 'source'] as const) {
    out.push(`${role === 'cue' ? 'Cue' : 'Source'} span of matched pairs vs. gold: pairs, missed tokens, extra tokens`);
    const rows = Object.entries(errors[role]).sort((a, b) => b[1].fn + b[1].fp - (a[1].fn + a[1].fp));
    for (const [g, x] of rows) out.push(`  ${g.padEnd(width)} ${String(x.pairs).padStart(6)} ${String(x.fn).padStart(7)} ${String(x.fp).padStart(7)}`);
  }
}

/** `quellenlage eval spkatt DIR`: speaker attribution (Message, Source, Cue) against GermEval 2023 SpkAtt, Task 2. */
export async function runEvalSpkAtt(dir: string, opts: EvalSpkAttOptions): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const r = evalSpkAtt(dir, opts.show, progress('documents'));
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const num = (n: number, w: number) => String(n).padStart(w);
  // A role with no token in gold or prediction (e.g. the cue of cue-less Forms) has no meaningful F1.
  const f1Cell = (x: { tp: number; fp: number; fn: number; f1: number }) => (x.tp + x.fp + x.fn === 0 ? '—' : pct(x.f1)).padStart(8);
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const out: string[] = [];
  out.push(
    `Speaker attribution on ${r.documents} SpkAtt documents: ${r.gold} gold annotations (${r.nestedIgnored} nested ones ignored), ` +
      `${r.predicted} predicted claims` +
      (r.documentsWithClaimsLayer < r.documents ? ` (${r.documents - r.documentsWithClaimsLayer} documents without a claims layer)` : ''),
  );
  out.push(...totalsLines(r));
  out.push('');
  out.push('F1 % per gold Form (matched pairs and unmatched gold of that Form; unmatched predictions count only in the overall figures;');
  out.push('— = no such tokens in gold or prediction)');
  out.push(`  ${'Form'.padEnd(22)} ${'gold'.padStart(5)} ${'matched'.padStart(7)} ${'Message'.padStart(8)} ${'Source'.padStart(8)} ${'Cue'.padStart(8)}`);
  for (const f of SPKATT_FORMS) {
    const x = r.byForm[f];
    out.push(
      `  ${f.padEnd(22)} ${num(x.gold, 5)} ${num(x.matched, 7)} ${f1Cell(x.message)} ${f1Cell(x.source)} ${f1Cell(x.cue)}`,
    );
  }
  out.push('');
  out.push(
    `Predicted kinds: ${CLAIM_KINDS.map((k) => `${k} ${r.predictedKinds[k]}`).join(', ')}` +
      `  → mapped Forms: ${SPKATT_FORMS.map((f) => `${f} ${r.predictedForms[f]}`).join(', ')}`,
  );
  out.push('Matched pairs, our kind (rows) → gold Form (columns):');
  const forms = [...SPKATT_FORMS] as string[];
  for (const row of Object.values(r.confusion)) for (const f of Object.keys(row)) if (!forms.includes(f)) forms.push(f);
  const width = forms.map((f) => Math.max(f.length, 5));
  out.push(`  ${'kind'.padEnd(14)} ${forms.map((f, i) => f.padStart(width[i]!)).join(' ')}`);
  for (const k of CLAIM_KINDS) {
    out.push(`  ${k.padEnd(14)} ${forms.map((f, i) => num(r.confusion[k][f] ?? 0, width[i]!)).join(' ')}`);
  }
  out.push('');
  const example = (e: SpkAttExample, label: string) => {
    out.push(`  ${e.file.padEnd(11)} ${label}  “${clip(e.message, 160)}”`);
    const extra = [e.source && `source “${clip(e.source, 60)}”`, e.cue && `cue “${clip(e.cue, 40)}”`].filter(Boolean).join('  ');
    if (extra) out.push(`  ${''.padEnd(11)} ${''.padEnd(label.length)}  ${extra}`);
  };
  const more = opts.show === 0 ? ' (list them with --show N)' : '';
  out.push(`Documents with the most message-token errors (FP + FN):${more}`);
  for (const d of r.worst) {
    out.push(
      `  ${d.file.padEnd(11)} errors ${num(d.messageErrors, 4)}  gold ${num(d.gold, 2)}  predicted ${num(d.predicted, 2)}  matched ${num(d.matched, 2)}  ` +
        `F1 M/S/C ${pct(d.f1.message)} ${pct(d.f1.source)} ${pct(d.f1.cue)}  ${clip(d.name, 60)}`,
    );
  }
  out.push(`Unmatched gold annotations (${r.unmatchedGold}), a few of each Form:${more}`);
  for (const e of r.missedGold) example(e, e.form.padEnd(20));
  out.push(`Unmatched predictions (${r.unmatchedPredicted}):${more}`);
  for (const e of r.spuriousPredicted) example(e, `${e.kind ?? ''}/${e.rule ?? ''}`.padEnd(20));
  out.push('');
  errorGroupLines(out, r.errors, 'annotations', 36);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

/** Runs an evaluation against a gold file and its text; missing files are usage errors, bad ones one-line input errors. */
function againstGold<R>(goldPath: string, textPath: string, evaluate: (gold: string, text: string) => R): R {
  for (const p of [goldPath, textPath]) if (!existsSync(p)) throw new UsageError(`no such file: ${p}`);
  try {
    return evaluate(goldPath, textPath);
  } catch (err) {
    throw new InputError(`cannot evaluate ${goldPath}: ${(err as Error).message}`);
  }
}

/** `quellenlage eval gold GOLD TEXT`: our analysis against a hand-made gold annotation. */
export async function runEvalGold(goldPath: string, textPath: string, opts: { format: 'text' | 'json' }): Promise<number> {
  const r = againstGold(goldPath, textPath, evalGold);
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const out: string[] = [];
  const section = (name: string, s: { items: GoldReport['times']['items']; found: number; correct: number; total: number }) => {
    out.push(`${name}: ${s.found}/${s.total} found, ${s.correct}/${s.total} fully correct`);
    for (const i of s.items) out.push(`  ${i.correct ? '✓' : '✗'} ${i.gold}${i.found && i.found !== i.gold ? `  → “${i.found}”` : ''}${i.problems.length ? `  (${i.problems.join('; ')})` : ''}`);
  };
  section('Quantities', r.quantities);
  out.push(`  not-quantities extracted: ${r.quantities.notQuantitiesHit.length === 0 ? 'none' : r.quantities.notQuantitiesHit.join(', ')}`);
  out.push(`  other quantities we extract (not in the gold, not optional): ${r.quantities.spurious.length === 0 ? 'none' : r.quantities.spurious.map((s) => `“${s}”`).join(', ')}`);
  section('Times', r.times);
  const c = r.claims;
  const pc = (x: { correct: number; total: number }) => `${x.correct}/${x.total}${x.total ? ` (${((100 * x.correct) / x.total).toFixed(0)} %)` : ''}`;
  out.push(
    `Claims: ${c.matched}/${c.gold} gold found, ${c.predicted} predicted (${c.optional} match optional claims): P ${(100 * c.precision).toFixed(1)} R ${(100 * c.recall).toFixed(1)} F1 ${(100 * c.f1).toFixed(1)}`,
  );
  out.push(`  over matched claims: source ${pc(c.source)}, kind ${pc(c.kind)}, stance ${pc(c.stance)}, certainty ${pc(c.certainty)}; via found ${pc(c.via)}`);
  for (const i of c.items) out.push(`  ${i.correct ? '✓' : '✗'} ${i.gold.slice(0, 90)}${i.problems.length ? `  (${i.problems.join('; ')})` : ''}`);
  out.push(`  predicted claims matching no gold claim: ${c.spurious.length === 0 ? 'none' : c.spurious.map((s) => `“${s.slice(0, 80)}”`).join(', ')}`);
  const e = r.entities;
  out.push(
    `Entities: recall ${e.found}/${e.gold} (${(100 * e.recall).toFixed(1)} %) of the required ones, precision ${e.matchedPredicted}/${e.predicted} (${(100 * e.precision).toFixed(1)} %); alias occurrences linked to their entity ${e.aliasMentions.linked}/${e.aliasMentions.total}`,
  );
  if (e.missed.length) out.push(`  missed: ${e.missed.join(', ')}`);
  if (e.spurious.length) out.push(`  not in the gold: ${e.spurious.join(', ')}`);
  if (e.wrongType.length) out.push(`  wrong type: ${e.wrongType.join(', ')}`);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

/** `quellenlage eval specs DIR`: Recognizers-Text specifications, ours beside the npm package. */
export async function runEvalSpecs(dir: string, opts: { failures: boolean; format: 'text' | 'json' }): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const adapters = [...numberAdapters(), ...dateAdapters(), ...englishTimeAdapters()];
  const reports = runSpecFiles(dir, adapters);
  if (opts.format === 'json') {
    await write(JSON.stringify(reports, null, 2) + '\n');
    return EXIT_OK;
  }
  const out: string[] = [];
  out.push('Recognizers-Text specifications: pass rate per file, ours beside @microsoft/recognizers-text-suite on the same cases');
  out.push(`  ${'file'.padEnd(48)} ${'cases'.padStart(5)} ${'skip'.padStart(5)} ${'ours'.padStart(7)} ${'peer'.padStart(7)}`);
  for (const r of reports) {
    const n = r.total - r.skipped;
    const rate = (x: number | null) => (x === null ? 'no model'.padStart(7) : n === 0 ? '—'.padStart(7) : `${((100 * x) / n).toFixed(1)}%`.padStart(7));
    out.push(`  ${r.file.padEnd(48)} ${String(r.total).padStart(5)} ${String(r.skipped).padStart(5)} ${rate(r.ours)} ${rate(r.peer)}`);
    for (const [reason, count] of Object.entries(r.skipReasons)) out.push(`      skipped ${count}: ${reason}`);
    if (opts.failures) for (const f of r.failures) out.push(`      ✗ ${JSON.stringify(f).slice(0, 140)}`);
  }
  out.push('"skip" counts cases out of scope for news, each listed with its reason; "no model": the npm package has none for this file.');
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

export interface EvalNerOptions {
  format: 'text' | 'json';
  /** A model file other than the committed models/ner-<lang>.bin. */
  model?: string | undefined;
  /** The language whose committed model tags the file (default German). */
  lang?: 'de' | 'en' | undefined;
}

/** `quellenlage eval ner FILE`: strict span P/R/F1 of the NER tagger on a GermEval 2014 file, in two settings. */
export async function runEvalNer(file: string, opts: EvalNerOptions): Promise<number> {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  const lang = opts.lang ?? 'de';
  const modelPath = opts.model ?? defaultModelPath(lang);
  if (!modelPath || !existsSync(modelPath)) {
    throw new UsageError(`no NER model ${opts.model ?? `models/ner-${lang}.bin`} (run npm run train:ner${lang === 'de' ? '' : ` -- --lang ${lang}`})`);
  }
  const t0 = process.hrtime.bigint();
  const model = NerModel.load(modelPath);
  const loadMs = Number(process.hrtime.bigint() - t0) / 1e6;
  let r;
  try {
    r = evalNer(file, model, progress('sentences'));
  } catch (err) {
    throw new InputError(`cannot evaluate ${file}: ${(err as Error).message}`);
  }
  if (opts.format === 'json') {
    await write(JSON.stringify({ ...r, modelFile: modelPath, loadMs }, null, 2) + '\n');
    return EXIT_OK;
  }
  const out: string[] = [];
  const table = (title: string, s: NerScores) => {
    out.push(title);
    out.push(`  ${'type'.padEnd(10)} ${'P %'.padStart(6)} ${'R %'.padStart(6)} ${'F1 %'.padStart(6)}   ${'gold'.padStart(5)} ${'pred'.padStart(5)}`);
    const line = (name: string, x: NerScores['overall']) =>
      `  ${name.padEnd(10)} ${pct(x.precision)} ${pct(x.recall)} ${pct(x.f1)}   ${String(x.tp + x.fn).padStart(5)} ${String(x.tp + x.fp).padStart(5)}`;
    for (const [t, x] of Object.entries(s.byType)) out.push(line(t, x));
    out.push(line('overall', s.overall));
  };
  const trained = r.model.trained;
  out.push(`NER on ${r.file}: ${r.sentences} sentences, ${r.tokens} tokens; strict spans (type, first and last token must match)`);
  out.push(
    `model ${modelPath} (loaded in ${loadMs.toFixed(0)} ms): trained on ${String(trained['data'] ?? '?')}, ${String(trained['epochs'] ?? '?')} epochs`,
  );
  out.push('');
  table('(a) four main types: PER, ORG, LOC, MISC (= OTH); -deriv and -part labels count as outside', r.main);
  out.push('');
  table('(b) GermEval 2014 outer level, twelve types', r.outer);
  if (!r.modelPredictsTwelve) out.push('  (this model tags only the four main types: it never predicts -deriv and -part)');
  out.push('');
  out.push(`tagging: ${(r.tagSeconds * 1000).toFixed(0)} ms, ${Math.round(r.tokensPerSecond).toLocaleString('en-US')} tokens/s (features, scoring, Viterbi; one core)`);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

export async function runEvalLedger(goldPath: string, textPath: string, opts: { format: 'text' | 'json' }): Promise<number> {
  const r = againstGold(goldPath, textPath, evalLedger);
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const out = [`Ledger topics against the gold groups (B-cubed over ${r.items.length} gold quantities): P ${(100 * r.precision).toFixed(1)} R ${(100 * r.recall).toFixed(1)} F1 ${(100 * r.f1).toFixed(1)}`];
  for (const i of r.items) out.push(`  ${i.group.padEnd(14)} ${i.gold.padEnd(40)} → ${i.topic ? `${i.topic.id} ${i.topic.label}` : '(in no topic)'}`);
  out.push('Our topics:');
  for (const t of r.topics) out.push(`  ${t.id} ${t.label}: ${t.estimates.map((e) => `“${e}”`).join(', ')}`);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

// ---------------------------------------------------------------------------------------------------------
// eval polnear (English attribution, PolNeAR)

export interface EvalPolnearOptions {
  show: number;
  format: 'text' | 'json';
}

/** `quellenlage eval polnear DIR`: English attribution (Message, Source, Cue) against a PolNeAR split folder. */
export async function runEvalPolnear(dir: string, opts: EvalPolnearOptions): Promise<number> {
  const { evalPolnear, POLNEAR_GROUPS } = await import('../eval/polnear.js');
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  if (!existsSync(`${dir}/text`) || !existsSync(`${dir}/attributions`)) throw new UsageError(`not a PolNeAR split folder (needs text/ and attributions/): ${dir}`);
  const r = evalPolnear(dir, opts.show, progress('documents'));
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const name = { message: 'Message', source: 'Source', cue: 'Cue' } as const;
  const clip = (s: string, n: number) => (s.length > n ? s.slice(0, n - 1) + '…' : s);
  const out: string[] = [];
  out.push(`English attribution on ${r.documents} PolNeAR documents: ${r.gold} gold attributions, ${r.predicted} predicted claims`);
  out.push(...totalsLines(r));
  out.push('');
  out.push('P / R / F1 % by gold content: starting with a quotation mark or not (matched pairs and unmatched gold of the group)');
  out.push(`  ${'content'.padEnd(8)} ${'gold'.padStart(6)} ${'matched'.padStart(7)}  ${ROLES.map((r) => `${name[r]} P/R/F1`.padStart(22)).join(' ')}`);
  for (const g of POLNEAR_GROUPS) {
    const x = r.byGroup[g];
    const cell = (s: { precision: number; recall: number; f1: number }) => `${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)}`.padStart(22);
    out.push(`  ${g.padEnd(8)} ${String(x.gold).padStart(6)} ${String(x.matched).padStart(7)}  ${ROLES.map((role) => cell(x[role])).join(' ')}`);
  }
  if (r.agreement) {
    const a = r.agreement;
    const f1s = (x: typeof a.ours) => ROLES.map((role) => `${name[role]} ${pct(x[role].f1).trim()}`).join(', ');
    out.push('');
    out.push(`Human agreement on the ${a.documents} documents that two annotators annotated (the second scored against the first, F1 %): ${f1s(a.annotators)}`);
    out.push(`  ours on the same documents, against the first: ${f1s(a.ours)}`);
  }
  out.push('');
  out.push(`Predicted kinds: ${CLAIM_KINDS.map((k) => `${k} ${r.predictedKinds[k]}`).join(', ')}`);
  out.push('Matched pairs, our kind (rows) → gold content (columns):');
  out.push(`  ${'kind'.padEnd(14)} ${POLNEAR_GROUPS.map((g) => g.padStart(7)).join(' ')}`);
  for (const k of CLAIM_KINDS) out.push(`  ${k.padEnd(14)} ${POLNEAR_GROUPS.map((g) => String(r.confusion[k][g] ?? 0).padStart(7)).join(' ')}`);
  const more = opts.show === 0 ? ' (list them with --show N)' : '';
  const example = (e: { file: string; message: string; source: string; cue: string }, label: string) => {
    out.push(`  ${clip(e.file, 40).padEnd(40)} ${label}  “${clip(e.message, 140)}”`);
    const extra = [e.source && `source “${clip(e.source, 60)}”`, e.cue && `cue “${clip(e.cue, 40)}”`].filter(Boolean).join('  ');
    if (extra) out.push(`  ${''.padEnd(40)} ${''.padEnd(label.length)}  ${extra}`);
  };
  out.push('');
  out.push(`Unmatched gold attributions (${r.unmatchedGold}), at most one per document:${more}`);
  for (const e of r.missedGold) example(e, e.group.padEnd(6));
  out.push(`Unmatched predictions (${r.unmatchedPredicted}), at most one per document:${more}`);
  for (const e of r.spuriousPredicted) example(e, `${e.kind}/${e.rule}`);
  out.push('');
  errorGroupLines(out, r.errors, 'attributions', 30);
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

/** `quellenlage eval stories DIR`: story, story-topic and claim-thread scores against DIR/.gold.json (or DIR/gold.json). */
export async function runEvalStories(dir: string, opts: { format: 'text' | 'json' }): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const { evalStories } = await import('../eval/stories.js');
  const r = evalStories(dir);
  if (opts.format === 'json') {
    await write(JSON.stringify(r, null, 2) + '\n');
    return EXIT_OK;
  }
  const f = (s: { precision: number; recall: number; f1: number }) => `P ${(100 * s.precision).toFixed(1)} R ${(100 * s.recall).toFixed(1)} F1 ${(100 * s.f1).toFixed(1)}`;
  const out = [
    `Stories (B-cubed over ${r.documents} documents; ${r.stories.gold} gold, ${r.stories.predicted} ours): ${f(r.stories)}`,
    `Topics within stories (B-cubed over ${r.topics.items} figures, ${r.topics.strays} of them strays): ${f(r.topics)}`,
    `Claim threads: first appearance right for ${r.threads.firstRight} of ${r.threads.total} (${(100 * r.threads.rate).toFixed(1)} %)`,
  ];
  const wrongStory = r.assignments.filter((a) => r.assignments.some((b) => (b.gold === a.gold) !== (b.story === a.story)));
  if (wrongStory.length) out.push('Documents whose story differs from the gold one:', ...wrongStory.map((a) => `  ${a.document}  gold ${a.gold} → ours S${a.story}`));
  if (r.misplaced.length) out.push('Figures in a topic with another group (or in none):', ...r.misplaced.map((m) => `  ${m.group.padEnd(20)} ${m.text.padEnd(28)} ${m.topic}  ${m.document}`));
  if (r.wrongThreads.length) out.push('Threads with a wrong first appearance:', ...r.wrongThreads.map((t) => `  ${t.id}: expected ${t.expected}, got ${t.got ?? '(no thread)'}`));
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}
