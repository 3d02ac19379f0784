import { isIsoDate } from '../core/iso-date.js';
import { UsageError } from './errors.js';

export { isIsoDate };

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

/** A time budget in seconds; 0 turns it off. */
export function parseBudget(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`wanted a number of seconds such as 60 (0 for no limit), got "${value}"`);
  return n;
}
