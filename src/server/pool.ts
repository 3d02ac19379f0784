/**
 * The server's analyses run in a small pool of worker threads (src/cli/analysis-runner.ts), each document within
 * a time budget: the event loop stays free for other requests, and one slow document cannot hold the server.
 * A request beyond the queue limit is refused (503) rather than queued without end.
 */
import { inlineAnalyzer, workerAnalyzer, type AnalysisRequest, type AnalysisResult, type Analyzer } from '../cli/analysis-runner.js';

export class BusyError extends Error {}

export interface PoolOptions {
  /** Worker threads; 0 analyses in the main thread (no time budget). */
  workers: number;
  /** Seconds one document may take. */
  budget: number;
  /** Analyses waiting or running at most; more are refused. */
  maxQueue: number;
}

export function analyzerPool(o: PoolOptions): Analyzer & { warm(): Promise<void>; readonly load: number } {
  const members = o.workers > 0 ? Array.from({ length: o.workers }, () => ({ a: workerAnalyzer(o.budget), busy: 0 })) : [{ a: inlineAnalyzer, busy: 0 }];
  let load = 0;
  return {
    get load() {
      return load;
    },
    async run(r: AnalysisRequest): Promise<AnalysisResult> {
      if (load >= o.maxQueue) throw new BusyError(`the server is busy: ${load} analyses are waiting (limit ${o.maxQueue}); try again shortly`);
      // The least busy worker takes the document.
      const m = members.reduce((x, y) => (y.busy < x.busy ? y : x));
      m.busy++;
      load++;
      try {
        return await m.a.run(r);
      } finally {
        m.busy--;
        load--;
      }
    },
    /** Starts every worker (each loads the lexicons and taggers once) so the first request does not wait for it. */
    async warm() {
      await Promise.all(members.map((m) => m.a.run({ text: 'Warm-up.', lang: 'de', published: null, title: null, url: null }).catch(() => undefined)));
    },
    async close() {
      await Promise.all(members.map((m) => m.a.close()));
    },
  };
}
