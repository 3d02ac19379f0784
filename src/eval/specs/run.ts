import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SpecAdapter, SpecCase, SpecFileReport } from './types.js';

/** Runs each adapter's file: skip list first, then our extractor and the peer on the same cases. */
export function runSpecFiles(dir: string, adapters: readonly SpecAdapter[]): SpecFileReport[] {
  const reports: SpecFileReport[] = [];
  for (const a of adapters) {
    const path = join(dir, a.file);
    if (!existsSync(path)) throw new Error(`spec file not found: ${path}`);
    const cases = JSON.parse(readFileSync(path, 'utf8')) as SpecCase[];
    const r: SpecFileReport = { file: a.file, total: cases.length, skipped: 0, skipReasons: {}, ours: 0, peer: 0, failures: [] };
    let peerAvailable = true;
    for (const c of cases) {
      const reason = a.skip(c);
      if (reason !== null) {
        r.skipped++;
        r.skipReasons[reason] = (r.skipReasons[reason] ?? 0) + 1;
        continue;
      }
      let ok = false;
      try {
        ok = a.ours(c);
      } catch {
        ok = false;
      }
      if (ok) r.ours++;
      else r.failures.push(c.Input);
      let p: boolean | null;
      try {
        p = a.peer(c);
      } catch {
        p = false;
      }
      if (p === null) peerAvailable = false;
      else if (p) r.peer = (r.peer ?? 0) + 1;
    }
    if (!peerAvailable) r.peer = null;
    reports.push(r);
  }
  return reports;
}

/** Parses a value written the specs' way ("2000,352" in German files, "1E-12", "0.5") into a number. */
export function specNumber(value: unknown, decimalComma: boolean): number | null {
  if (typeof value !== 'string' && typeof value !== 'number') return null;
  let s = String(value).trim();
  if (decimalComma) s = s.replace(/\./g, '').replace(',', '.');
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Two numbers equal up to the specs' printing precision (15 significant digits). */
export function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  if (a === b) return true;
  const scale = Math.max(Math.abs(a), Math.abs(b), 1e-300);
  return Math.abs(a - b) / scale < 1e-9;
}
