/**
 * How `ingest` analyses a document: in this thread (no time budget), or in a worker thread with a time budget
 * (`--doc-timeout`) and a heap limit. A worker that overruns is ended and replaced; its document fails with the
 * reason ("analysis took longer than 30 s (--doc-timeout)"), and the next document goes to a fresh worker.
 */
import { Worker } from 'node:worker_threads';
import { analyze } from '../analysis/analyze.js';
import { toAnalysis, type AnalysisJSON } from '../analysis/format.js';
import { ledgerRecords, type LedgerRecords } from '../ledger/estimates.js';

export interface AnalysisRequest {
  text: string;
  lang: string;
  published: string | null;
  title: string | null;
  url: string | null;
  /** Include the token layer in the analysis (the server's `tokens` option; the store never asks for it). */
  tokens?: boolean;
  /** false: no ledger records (an analysis that is shown, not stored: the server's /api/analyze). */
  records?: boolean;
}

export interface AnalysisResult {
  analysis: AnalysisJSON;
  records: LedgerRecords;
}

/** The analysis and ledger records of one document, as the store keeps them. */
export function analyzeForStore(r: AnalysisRequest): AnalysisResult {
  const a = toAnalysis(analyze({ text: r.text, lang: r.lang, published: r.published, title: r.title, url: r.url }), { tokens: r.tokens === true, release: true });
  return { analysis: a, records: r.records === false ? { estimates: [], denials: [] } : ledgerRecords(a) };
}

export interface Analyzer {
  run(r: AnalysisRequest): Promise<AnalysisResult>;
  close(): Promise<void>;
}

/** Analysis in this thread: no budget (`--doc-timeout 0`). */
export const inlineAnalyzer: Analyzer = {
  run: async (r) => analyzeForStore(r),
  close: async () => {},
};

/** The worker's old-generation heap limit: well above what a document under the size limit needs. */
const WORKER_HEAP_MB = 4096;

type Reply = { id: number; ok: true; result: AnalysisResult } | { id: number; ok: false; message: string };

/** Analysis in a worker thread, each document within `seconds`. */
export function workerAnalyzer(seconds: number): Analyzer {
  let worker: { w: Worker; ready: Promise<void> } | null = null;
  let next = 0;
  const start = () => {
    const w = new Worker(new URL('./analysis-worker.js', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    // The budget starts once the worker has loaded its lexicons (it says so), not with its start.
    const ready = new Promise<void>((resolve, reject) => {
      const onReady = (m: { ready?: boolean }) => {
        if (m.ready) {
          w.off('message', onReady);
          w.off('error', reject);
          resolve();
        }
      };
      w.on('message', onReady);
      w.once('error', reject);
    });
    return { w, ready };
  };
  return {
    async run(r) {
      const current = (worker ??= start());
      const { w } = current;
      try {
        await current.ready;
      } catch (err) {
        if (worker === current) worker = null;
        throw new Error(`the analysis worker did not start: ${(err as Error).message}`);
      }
      const id = ++next;
      return new Promise<AnalysisResult>((resolve, reject) => {
        let settled = false;
        const done = (fn: () => void) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
          fn();
        };
        const retire = () => {
          if (worker === current) worker = null;
          void w.terminate();
        };
        const onMessage = (m: Reply) => {
          if (m.id !== id) return;
          done(() => (m.ok ? resolve(m.result) : reject(new Error(m.message))));
        };
        const onError = (err: Error) =>
          done(() => {
            retire();
            reject(new Error(/memory limit|heap out of memory/i.test(err.message) ? `analysis ran out of memory (${WORKER_HEAP_MB} MB heap)` : `analysis failed: ${err.message}`));
          });
        const onExit = () => done(() => (retire(), reject(new Error('the analysis worker stopped'))));
        // When the main thread was busy (other documents in flight), the reply may be waiting behind the timer: the
        // timeout is decided after the waiting messages are handled (setImmediate runs after the poll phase).
        const timer = setTimeout(
          () => setImmediate(() => done(() => (retire(), reject(new Error(`analysis took longer than ${seconds} s (--doc-timeout)`))))),
          seconds * 1000,
        );
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        w.postMessage({ id, ...r });
      });
    },
    async close() {
      const current = worker;
      worker = null;
      if (current) await current.w.terminate();
    },
  };
}

/**
 * Analysis in `threads` worker threads (one per core by default), each with the time budget of workerAnalyzer: a
 * document goes to the first free thread, so `threads` documents are analysed at once.
 */
export function poolAnalyzer(threads: number, seconds: number): Analyzer {
  // A thread takes one document at a time, so that each document's budget is its own (never spent waiting).
  const all = Array.from({ length: Math.max(1, threads) }, () => workerAnalyzer(seconds));
  const free = [...all];
  const waiting: ((a: Analyzer) => void)[] = [];
  const acquire = () => (free.length > 0 ? Promise.resolve(free.pop()!) : new Promise<Analyzer>((resolve) => waiting.push(resolve)));
  const release = (a: Analyzer) => {
    const next = waiting.shift();
    if (next) next(a);
    else free.push(a);
  };
  return {
    async run(r) {
      const a = await acquire();
      try {
        return await a.run(r);
      } finally {
        release(a);
      }
    },
    async close() {
      await Promise.all(all.map((a) => a.close()));
    },
  };
}
