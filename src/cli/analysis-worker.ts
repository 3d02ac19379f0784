/**
 * The worker thread behind `ingest --doc-timeout`: analyses one document at a time (analyze → toAnalysis →
 * ledgerRecords) and posts the result back. The main thread ends this worker when a document runs past its
 * time budget or the worker's heap limit, so one bad document fails alone and the batch goes on.
 */
import { parentPort } from 'node:worker_threads';
import { analyzeForStore, type AnalysisRequest } from './analysis-runner.js';

// Load the lexicons and the tagger of both languages before the first document, so its budget is its own.
for (const lang of ['de', 'en']) analyzeForStore({ text: 'Warm-up: 3 Tests.', lang, published: null, title: null, url: null });
parentPort!.postMessage({ ready: true });

parentPort!.on('message', (req: AnalysisRequest & { id: number }) => {
  try {
    parentPort!.postMessage({ id: req.id, ok: true, result: analyzeForStore(req) });
  } catch (err) {
    parentPort!.postMessage({ id: req.id, ok: false, message: (err as Error).message.split('\n')[0] });
  }
});
