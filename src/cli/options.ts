import { UsageError } from './errors.js';

const ISO_DATE = /^\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$/;

/** Checks an ISO 8601 date or date-time (2024, 2024-10, 2024-10-18, 2024-10-18T09:30+02:00). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (m !== undefined && (m < 1 || m > 12)) return false;
  if (d !== undefined && y !== undefined && m !== undefined) {
    const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
    if (d < 1 || d > days) return false;
  }
  return true;
}

export function parsePublished(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--published wants an ISO 8601 date such as 2024-10-18, got "${value}"`);
  return value;
}

export function parseMaxSize(value: string): number {
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-size wants a size in MB such as 20, got "${value}"`);
  return Math.round(mb * 1024 * 1024);
}

export function parseSince(value: string): string {
  if (!isIsoDate(value)) throw new UsageError(`--since wants an ISO 8601 date such as 2024-10-18, got "${value}"`);
  return value;
}

export function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`wanted a whole number such as 10, got "${value}"`);
  return n;
}

export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`wanted a number of seconds such as 20, got "${value}"`);
  return n;
}
