import { existsSync } from 'node:fs';
import { evalGold, type GoldReport } from '../eval/gold.js';
import { evalSentences, type BoundaryScores } from '../eval/sentences.js';
import { dateAdapters } from '../eval/specs/dates.js';
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

/** `quellenlage eval gold GOLD TEXT`: our analysis against a hand-made gold annotation. */
export async function runEvalGold(goldPath: string, textPath: string, opts: { format: 'text' | 'json' }): Promise<number> {
  for (const p of [goldPath, textPath]) if (!existsSync(p)) throw new UsageError(`no such file: ${p}`);
  let r: GoldReport;
  try {
    r = evalGold(goldPath, textPath);
  } catch (err) {
    throw new InputError(`cannot evaluate ${goldPath}: ${(err as Error).message}`);
  }
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
  await write(out.join('\n') + '\n');
  return EXIT_OK;
}

/** `quellenlage eval specs DIR`: Recognizers-Text specifications, ours beside the npm package. */
export async function runEvalSpecs(dir: string, opts: { failures: boolean; format: 'text' | 'json' }): Promise<number> {
  if (!existsSync(dir)) throw new UsageError(`no such directory: ${dir}`);
  const adapters = [...numberAdapters(), ...dateAdapters()];
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
