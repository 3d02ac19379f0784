import { createReadStream, existsSync } from 'node:fs';
import { analyze } from '../analysis/analyze.js';
import { toAnalysis, type AnalysisJSON } from '../analysis/format.js';
import { analysisJsonPieces } from '../analysis/json-stream.js';
import type { Document } from '../core/document.js';
import { InputError, checkText, decodeText } from '../ingest/decode.js';
import { describeFsError, formatBytes, readDocumentInput, readLines } from '../ingest/read.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from './errors.js';
import { write } from './output.js';
import { formatReport } from './report.js';
import { escapeBidi } from '../text/safe-text.js';
import { fileNameDate, keptUrl, recordLang, recordPublished, schemeProblem, textProblem } from '../ingest/validate.js';

export type OutputFormat = 'text' | 'json' | 'jsonl';

export interface AnalyzeOptions {
  lang: string;
  published?: string;
  title?: string;
  url?: string;
  format: OutputFormat;
  jsonl?: boolean;
  tokens?: boolean;
  maxSize: number;
}

function render(doc: Document, format: OutputFormat, tokens: boolean, origin?: string): string {
  return [...renderPieces(doc, format, tokens, origin)].join('');
}

/**
 * The output in pieces: JSON is written element by element (src/analysis/json-stream.ts), never as one string,
 * and only the analysis is kept while it is written, not the document's layers.
 */
function renderPieces(doc: Document, format: OutputFormat, tokens: boolean, origin?: string): Iterable<string> {
  const a: AnalysisJSON = toAnalysis(doc, { tokens, release: true });
  if (format === 'text') return [escapeBidi(formatReport(a, { langDetected: doc.langSource === 'detected', ...(origin ? { origin } : {}) }))];
  return lines(analysisJsonPieces(a, { pretty: format === 'json' }));
}

function* lines(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

/** `quellenlage analyze`: one document from a file or standard input, or a JSONL batch with --jsonl. */
export async function runAnalyze(file: string | undefined, opts: AnalyzeOptions): Promise<number> {
  if (opts.jsonl) return runBatch(file, opts);
  const path = file ?? '-';
  if (path === '-' && process.stdin.isTTY) {
    throw new UsageError('no input: give a FILE, or pipe text into standard input');
  }
  // A JSON Lines file read as one article would be analysed as raw JSON: say what was probably meant.
  if (/\.(jsonl|ndjson)$/i.test(path)) throw new UsageError(`${path} looks like JSON Lines: add --jsonl to analyse one record per line`);
  const scheme = path === '-' || existsSync(path) ? null : schemeProblem(path);
  if (scheme) throw new UsageError(`${path}: ${scheme}`);
  const text = await readDocumentInput(path, opts.maxSize);
  const noText = textProblem(text);
  if (noText) throw new InputError(`${path === '-' ? 'standard input' : path}: ${noText}`);
  const url = keptUrl(opts.url);
  if (url.warning) process.stderr.write(`quellenlage: warning: --url: ${url.warning}\n`);
  // As ingest does: a file named "2025-03-04-….txt" was published on that day, unless --published says otherwise.
  const published = opts.published ?? (path === '-' ? null : fileNameDate(path));
  // The document is not kept in a variable: its layers can go once the analysis JSON is made.
  const pieces = renderPieces(analyze({ text, lang: opts.lang, published, title: opts.title ?? null, url: url.url }), opts.format, opts.tokens ?? false, path === '-' ? undefined : path);
  for (const piece of pieces) await write(piece);
  return EXIT_OK;
}

const LINE_FIELDS = ['id', 'text', 'published', 'lang', 'title', 'url'] as const;

/** Checks one parsed JSONL record; returns the reason it cannot be analysed, or null. */
function recordProblem(rec: unknown): string | null {
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) return 'not a JSON object';
  const r = rec as Record<string, unknown>;
  if (!('text' in r)) return 'no "text" field';
  for (const f of LINE_FIELDS) {
    const v = r[f];
    if (v !== undefined && v !== null && typeof v !== 'string') return `"${f}" must be a string`;
  }
  if (typeof r['text'] !== 'string') return '"text" must be a string';
  return recordPublished(r['published']).problem ?? recordLang(r['lang']).problem;
}

/**
 * Batch mode: one JSON object per input line, one analysis per output line, in the same order. A bad
 * line is reported on standard error with its number and skipped; the exit code says whether any failed.
 */
async function runBatch(file: string | undefined, opts: AnalyzeOptions): Promise<number> {
  const path = file ?? '-';
  if (path === '-' && process.stdin.isTTY) {
    throw new UsageError('--jsonl reads JSON lines: give a FILE, or pipe them into standard input');
  }
  const stream = path === '-' ? process.stdin : createReadStream(path);
  // Pretty JSON would break the one-analysis-per-line contract; text reports are allowed for reading.
  const format: OutputFormat = opts.format === 'text' ? 'text' : 'jsonl';
  let failed = 0;
  let done = 0;
  const fail = (lineNo: number, reason: string) => {
    failed++;
    process.stderr.write(`quellenlage: line ${lineNo}: ${reason}\n`);
  };
  try {
    for await (const line of readLines(stream, opts.maxSize)) {
      if (line.bytes === null) {
        fail(line.lineNo, `${formatBytes(line.length)}, over the ${formatBytes(opts.maxSize)} limit for one document (raise it with --max-size MB)`);
        continue;
      }
      if (line.bytes.length === 0 || line.bytes.every((b) => b === 0x20 || b === 0x09)) continue;
      let rec: Record<string, string | null | undefined>;
      try {
        const json = decodeText(line.bytes, 'the line');
        const parsed: unknown = JSON.parse(json);
        const problem = recordProblem(parsed);
        if (problem) {
          fail(line.lineNo, problem);
          continue;
        }
        rec = parsed as Record<string, string | null | undefined>;
        checkText(rec['text']!, '"text"');
        const noText = textProblem(rec['text']!);
        if (noText) {
          fail(line.lineNo, noText);
          continue;
        }
      } catch (err) {
        if (err instanceof SyntaxError) fail(line.lineNo, `not valid JSON (${err.message})`);
        else if (err instanceof InputError) fail(line.lineNo, err.message);
        else throw err;
        continue;
      }
      const url = keptUrl(rec['url']);
      if (url.warning) process.stderr.write(`quellenlage: warning: line ${line.lineNo}: ${url.warning}\n`);
      const doc = analyze({
        text: rec['text']!,
        id: rec['id'] ?? null,
        lang: recordLang(rec['lang']).lang ?? opts.lang,
        published: recordPublished(rec['published']).published ?? opts.published ?? null,
        title: rec['title'] ?? null,
        url: url.url,
      });
      await write(render(doc, format, opts.tokens ?? false) + (format === 'text' ? '\n' : ''));
      done++;
    }
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== undefined) throw new InputError(`cannot read ${path === '-' ? 'standard input' : path}: ${describeFsError(err)}`);
    throw err;
  }
  if (failed > 0) {
    process.stderr.write(`quellenlage: ${failed} of ${failed + done} lines failed; the other ${done} were analysed\n`);
    return EXIT_FAILURE;
  }
  return EXIT_OK;
}
