import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analysis/analyze.js';
import { detokenize, readSpkAttDir } from '../src/eval/spkatt-data.js';
import { mulberry32 } from './stats.js';

/** One text to segment, with the language both contenders are told. */
export interface BenchDoc {
  text: string;
  lang: 'de' | 'en';
}

export interface BenchCorpus {
  name: string;
  docs: BenchDoc[];
  /** UTF-8 size of all texts together. */
  bytes: number;
  /** Code units (JS string length) of all texts together. */
  chars: number;
  /** Extra facts about the corpus for the report (e.g. the gold sentence count). */
  notes: Record<string, number | string>;
}

/** A short fingerprint of a corpus (texts and languages), so runs on different commits can tell whether they read the same text. */
export function fingerprint(docs: readonly BenchDoc[]): string {
  const h = createHash('sha256');
  for (const d of docs) h.update(d.lang).update('\0').update(d.text).update('\0');
  return h.digest('hex').slice(0, 16);
}

function sizeOf(docs: readonly BenchDoc[]): { bytes: number; chars: number } {
  let bytes = 0;
  let chars = 0;
  for (const d of docs) {
    bytes += Buffer.byteLength(d.text, 'utf8');
    chars += d.text.length;
  }
  return { bytes, chars };
}

/** All documents of a SpkAtt split directory, rebuilt to running German text with `detokenize`. */
export function loadSpkAtt(dir: string): BenchCorpus {
  const raw = readSpkAttDir(dir);
  let goldSentences = 0;
  const docs: BenchDoc[] = raw.map((d) => {
    goldSentences += d.sentences.length;
    return { text: detokenize(d.sentences).text, lang: 'de' };
  });
  return { name: 'spkatt-train', docs, ...sizeOf(docs), notes: { goldSentences, fingerprint: fingerprint(docs) } };
}

interface SentencePool {
  headlines: string[];
  sentences: string[];
}

/**
 * The sentences of the project's own example articles (examples/YYYY-MM-DD-LANG-*.txt, written for
 * the project, see examples/README.md), by language. The first line of each file is its headline;
 * each later line is a paragraph, split into sentences with our own splitter.
 */
function examplePools(examplesDir: string): Record<'de' | 'en', SentencePool> {
  const pools: Record<'de' | 'en', SentencePool> = { de: { headlines: [], sentences: [] }, en: { headlines: [], sentences: [] } };
  const files = readdirSync(examplesDir)
    .filter((f) => /^\d{4}-\d{2}-\d{2}-(de|en)-.*\.txt$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`no example articles in ${examplesDir}`);
  for (const f of files) {
    const lang = /-(de|en)-/.exec(f)![1] as 'de' | 'en';
    const lines = readFileSync(join(examplesDir, f), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const [headline, ...paragraphs] = lines;
    if (headline) pools[lang].headlines.push(headline);
    for (const p of paragraphs) {
      const doc = analyze({ text: p, lang });
      for (const s of doc.get('sentences')) pools[lang].sentences.push(doc.slice(s));
    }
  }
  return pools;
}

/**
 * A synthetic news corpus of about `targetBytes` UTF-8 bytes, built deterministically (seeded PRNG)
 * from the example articles' sentences only: each document is a headline and 3–8 paragraphs of 1–5
 * sentences drawn from one language's pool (German about 5 in 8 documents, as in examples/).
 * The pools come from our own splitter, so a change to it can change the corpus: compare the
 * fingerprint before comparing absolute numbers across commits (the ratio to the peer stays valid).
 */
export function buildSynthetic(examplesDir: string, targetBytes: number, seed = 0x51e11e): BenchCorpus {
  const pools = examplePools(examplesDir);
  const rnd = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const docs: BenchDoc[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const lang: 'de' | 'en' = rnd() < 5 / 8 ? 'de' : 'en';
    const pool = pools[lang];
    const lines = [pick(pool.headlines)];
    const paragraphs = between(3, 8);
    for (let p = 0; p < paragraphs; p++) {
      const n = between(1, 5);
      const sents: string[] = [];
      for (let s = 0; s < n; s++) sents.push(pick(pool.sentences));
      lines.push(sents.join(' '));
    }
    const text = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(text, 'utf8');
    docs.push({ text, lang });
  }
  return {
    name: 'synthetic',
    docs,
    ...sizeOf(docs),
    notes: {
      seed: '0x' + seed.toString(16),
      source: 'examples/*.txt',
      fingerprint: fingerprint(docs),
      poolSentencesDe: pools.de.sentences.length,
      poolSentencesEn: pools.en.sentences.length,
    },
  };
}

/** The first documents of a corpus up to about `bytes` UTF-8 bytes (for warm-up). */
export function head(corpus: BenchCorpus, bytes: number): BenchDoc[] {
  const out: BenchDoc[] = [];
  let n = 0;
  for (const d of corpus.docs) {
    if (n >= bytes) break;
    out.push(d);
    n += Buffer.byteLength(d.text, 'utf8');
  }
  return out;
}

