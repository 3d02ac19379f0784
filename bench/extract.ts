/**
 * Quantity + time extraction throughput against the Recognizers-Text npm package, on the same English
 * documents in one run (issue: quantities and dates). Ours: the whole analyze() pipeline (tokens,
 * sentences, quantities, times). Peer: recognizeNumber + recognizePercentage + recognizeCurrency +
 * recognizeDimension + recognizeDateTime, each over every document.
 */
import { createRequire } from 'node:module';
import { analyze } from '../src/analysis/analyze.js';
import type { BenchDoc } from './corpus.js';
import { collectGarbage, median, timed } from './stats.js';

type Recognize = (query: string, culture: string) => unknown[];

export interface ExtractResult {
  docs: number;
  bytes: number;
  reps: number;
  ours: { medianMs: number; mbPerSec: number; quantities: number; times: number };
  peer: { medianMs: number; mbPerSec: number; results: number } | { skipped: string };
  ratio: number | null;
}

export function measureExtraction(docs: readonly BenchDoc[], reps: number): ExtractResult {
  const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, 'utf8'), 0);
  const runOurs = () => {
    let quantities = 0;
    let times = 0;
    for (const d of docs) {
      const doc = analyze({ text: d.text, lang: 'en', published: '2025-03-12' });
      quantities += doc.get('quantities').length;
      times += doc.get('times').length;
    }
    return { quantities, times };
  };
  runOurs();
  const oursTimes: number[] = [];
  let counts = { quantities: 0, times: 0 };
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const t = timed(runOurs);
    oursTimes.push(t.ms);
    counts = t.value;
  }
  const oursMs = median(oursTimes);
  const result: ExtractResult = {
    docs: docs.length,
    bytes,
    reps,
    ours: { medianMs: oursMs, mbPerSec: bytes / 1e6 / (oursMs / 1000), ...counts },
    peer: { skipped: 'the @microsoft/recognizers-text-suite package is not installed (it is a dev dependency)' },
    ratio: null,
  };

  let R: Record<string, unknown>;
  try {
    R = createRequire(import.meta.url)('@microsoft/recognizers-text-suite') as Record<string, unknown>;
  } catch {
    return result;
  }
  const culture = (R['Culture'] as Record<string, string>)['English']!;
  const fns = ['recognizeNumber', 'recognizePercentage', 'recognizeCurrency', 'recognizeDimension', 'recognizeDateTime'].map((n) => R[n] as Recognize);
  const runPeer = () => {
    let n = 0;
    for (const d of docs) for (const f of fns) n += f(d.text, culture).length;
    return n;
  };
  runPeer();
  const peerTimes: number[] = [];
  let results = 0;
  for (let r = 0; r < reps; r++) {
    collectGarbage();
    const t = timed(runPeer);
    peerTimes.push(t.ms);
    results = t.value;
  }
  const peerMs = median(peerTimes);
  result.peer = { medianMs: peerMs, mbPerSec: bytes / 1e6 / (peerMs / 1000), results };
  result.ratio = peerMs / oursMs;
  return result;
}
