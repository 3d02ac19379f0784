/**
 * NER tagger benchmark: model load time and tagging throughput (tokens/s, one core) of the German and the
 * English tagger, on the sentences of GermEval 2014 dev (German) and GUM dev (English, converted by
 * ../shared/tools/gum-to-tsv.mjs) when ../shared is present, else on our own example articles of that
 * language (tokenized and split with the project's splitter; English possessives split as the labeler does). "cold" is one pass of a freshly loaded model (every
 * distinct word's features computed once); "warm" the median of further passes (word features cached).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { documentOf, parseGermEval, readGermEval } from '../src/eval/ner.js';
import { taggerWords } from '../src/extract/ner/labeler.js';
import { NerLexicon, type NerLang } from '../src/extract/ner/lexicon.js';
import { defaultModelPath, NerModel } from '../src/extract/ner/model.js';
import { collectGarbage, median, timed } from './stats.js';

export interface NerBenchResult {
  lang: NerLang;
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

/**
 * The benchmark's sentences: `shared` is GermEval's dev file (German) or GUM's dev folder (English, with the
 * converter at `converter`); without them, the example articles of the language.
 */
function sentencesOf(lang: NerLang, shared: string, converter: string, examplesDir: string): { corpus: string; docs: string[][][] } {
  if (lang === 'de' && existsSync(shared)) return { corpus: 'GermEval 2014 dev', docs: [readGermEval(shared).map((s) => s.words)] };
  if (lang === 'en' && existsSync(shared) && existsSync(converter)) {
    const tsv = execFileSync(process.execPath, [converter, shared], { encoding: 'utf8', maxBuffer: 1 << 28 });
    // By document (GUM sentence ids name theirs): the English tagger reads each document's summary first.
    const docs = new Map<string, string[][]>();
    for (const s of parseGermEval(tsv)) {
      const d = documentOf(s.source);
      docs.set(d, [...(docs.get(d) ?? []), s.words]);
    }
    return { corpus: 'GUM dev', docs: [...docs.values()] };
  }
  const docs: string[][][] = [];
  for (const name of readdirSync(examplesDir).filter((f) => f.endsWith('.txt')).sort()) {
    const doc = analyze({ text: readFileSync(join(examplesDir, name), 'utf8') });
    if (doc.lang !== lang) continue;
    const tokens = doc.get('tokens');
    docs.push(doc.get('sentences').items.map((s) => taggerWords(tokens.within(s).map((t) => doc.slice(t)), lang).words));
  }
  return { corpus: `examples/ (${lang === 'de' ? 'German' : 'English'} articles, our tokenizer)`, docs };
}

export function measureNer(
  lang: NerLang,
  shared: string,
  converter: string,
  examplesDir: string,
  reps: number,
): NerBenchResult | { skipped: string } {
  const modelFile = defaultModelPath(lang);
  if (!modelFile) return { skipped: `skipped: models/ner-${lang}.bin not found (npm run train:ner${lang === 'de' ? '' : ' -- --lang en'})` };
  const { corpus, docs } = sentencesOf(lang, shared, converter, examplesDir);
  const sentences = docs.flat();
  const tokens = sentences.reduce((n, s) => n + s.length, 0);
  const lex = timed(() => NerLexicon.forLang(lang));
  const buf = readFileSync(modelFile);
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) loads.push(timed(() => NerModel.fromBuffer(readFileSync(modelFile), lex.value)).ms);
  // A pass tags document by document; the English model's document summary (doc-features.ts) counts in its time.
  const pass = (m: NerModel) => {
    let n = 0;
    for (const d of docs) {
      const ctx = m.documentContext(d);
      for (const s of d) n += m.tagIndices(s, ctx).length;
    }
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
    lang,
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
