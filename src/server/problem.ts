/**
 * Errors as RFC 9457 problem details (application/problem+json). `detail` is the one-line message the CLI gives
 * for the same mistake; the status says whose mistake it was.
 */
import { InputError } from '../ingest/decode.js';
import { StoreError } from '../store/errors.js';
import { UsageError } from '../cli/errors.js';
import { BusyError } from './pool.js';

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
}

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** An error the handlers throw on purpose, with its HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export function problem(status: number, detail: string, instance?: string): Problem {
  return { type: 'about:blank', title: TITLES[status] ?? 'Error', status, detail: detail.split('\n')[0]!, ...(instance ? { instance } : {}) };
}

/** The status and one-line message of any error a request can run into. */
export function classify(err: unknown): { status: number; detail: string } {
  const e = err as Error & { statusCode?: number; validation?: unknown; code?: string };
  const line = (s: string) => String(s).split('\n')[0]!;
  if (err instanceof HttpError) return { status: err.status, detail: line(err.message) };
  if (err instanceof BusyError) return { status: 503, detail: line(err.message) };
  if (err instanceof InputError) return { status: /limit/.test(err.message) && /over the/.test(err.message) ? 413 : 422, detail: line(err.message) };
  if (err instanceof UsageError) return { status: /^no story /.test(err.message) ? 404 : 400, detail: line(err.message) };
  if (err instanceof StoreError) return { status: 500, detail: line(err.message) };
  if (e && e.validation) return { status: 400, detail: line(e.message) };
  if (e && typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return { status: 413, detail: 'the request body is over the server\'s size limit (raise it with --max-size MB)' };
    return { status: e.statusCode, detail: line(e.message) };
  }
  if (/analysis took longer than|ran out of memory/.test(e?.message ?? '')) return { status: 422, detail: line(e.message) };
  return { status: 500, detail: `internal error: ${line(e?.message ?? String(err))}` };
}
