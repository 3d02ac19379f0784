/**
 * NER tagger benchmark: model load time and tagging throughput (tokens/s, one core) of the German tagger,
 * on the sentences of GermEval 2014 dev when ../shared is present, else on our own example articles
 * (tokenized and split with the project's splitter). "cold" is one pass of a freshly loaded model (every
 * distinct word's features computed once); "warm" the median of further passes (word features cached).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { readGermEval } from '../src/eval/ner.js';
import { NerLexicon } from '../src/extract/ner/lexicon.js';
import { defaultModelPath, NerModel } from '../src/extract/ner/model.js';
import { collectGarbage, median, timed } from './stats.js';

export interface NerBenchResult {
  corpus: string;
  sentences: number;
  tokens: number;
  modelFile: string;
  modelBytes: number;
  /** First load of the lexicons (gazetteers, adjectives; the noun lexicon is read lazily on first use). */
  lexiconLoadMs: number;
  /** Reading the model file and building its tables, median of several loads. */
  modelLoadMs: number;
  coldMs: number;
  coldTokensPerS: number;
  warmRunsMs: number[];
  warmMedianMs: number;
  warmTokensPerS: number;
}

function sentencesOf(sharedDev: string, examplesDir: string): { corpus: string; sentences: string[][] } {
  if (existsSync(sharedDev)) return { corpus: 'GermEval 2014 dev', sentences: readGermEval(sharedDev).map((s) => s.words) };
  const sentences: string[][] = [];
  for (const name of readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = analyze({ text: readFileSync(join(examplesDir, name), 'utf8'), lang: 'de' });
    if (doc.lang !== 'de') continue;
    const tokens = doc.get('tokens');
    for (const s of doc.get('sentences')) sentences.push(tokens.within(s).map((t) => doc.slice(t)));
  }
  return { corpus: 'examples/ (German articles, our tokenizer)', sentences };
}

export function measureNer(sharedDev: string, examplesDir: string, reps: number): NerBenchResult | { skipped: string } {
  const modelFile = defaultModelPath();
  if (!modelFile) return { skipped: 'skipped: models/ner-de.bin not found (npm run train:ner)' };
  const { corpus, sentences } = sentencesOf(sharedDev, examplesDir);
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const lex = timed(() => NerLexicon.german());
  const buf = readFileSync(modelFile);
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) loads.push(timed(() => NerModel.fromBuffer(readFileSync(modelFile), lex.value)).ms);
  const pass = (m: NerModel) => {
    let n = 0;
    for (const s of sentences) n += m.tagIndices(s).length;
    return n;
  };
  // Cold: a fresh model; the noun lexicon's file is read by an earlier pass of another instance first, so
  // "cold" measures feature computation for every distinct word, not disk reads.
  pass(NerModel.fromBuffer(buf, lex.value));
  collectGarbage();
  const cold = timed(() => pass(NerModel.fromBuffer(buf, lex.value)));
  const m = NerModel.fromBuffer(buf, lex.value);
  pass(m);
  const runs: number[] = [];
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    runs.push(timed(() => pass(m)).ms);
  }
  const warm = median(runs);
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    corpus,
    sentences: sentences.length,
    tokens,
    modelFile,
    modelBytes: buf.length,
    lexiconLoadMs: round(lex.ms, 1),
    modelLoadMs: round(median(loads), 1),
    coldMs: round(cold.ms, 1),
    coldTokensPerS: Math.round(tokens / (cold.ms / 1000)),
    warmRunsMs: runs.map((x) => round(x, 1)),
    warmMedianMs: round(warm, 1),
    warmTokensPerS: Math.round(tokens / (warm / 1000)),
  };
}
