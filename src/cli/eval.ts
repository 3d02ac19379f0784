import { existsSync } from 'node:fs';
import { evalSentences, type BoundaryScores } from '../eval/sentences.js';
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
