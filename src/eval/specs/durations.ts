import { analyze } from '../../analysis/analyze.js';
import { toRawSpan } from '../../text/normalize.js';
import type { SpecAdapter, SpecCase } from './types.js';

/**
 * The English DateTime files beyond dates. How they map onto our layers:
 * - DurationExtractor / DurationParser: a duration is a quantity counted in a unit of time (units.tsv rows
 *   with canonical unit "s": "3 hours", "two weeks"), compared by span (start and text) and, in the parser
 *   file, by its TIMEX duration ("PT3H", "P2W"): the number and the unit's designator (S, M, H in the time
 *   part; D, W, M, Y in the date part).
 *   Our side is the quantity's `duration` (src/extract/durations.ts), which also covers "all day", "an hour
 *   and a half", "a few days" (PXD), "1 year 1 month 21 days" (P1Y1M21D) and glued forms ("3h").
 * - Skipped, with the reason printed: clock times ("7:56pm", "at seven") and date-times ("October 14
 *   8:00am", "now") — the times layer keeps dates, weeks, months and parts of the day, not clock times, which
 *   news rarely needs for a figure; "in a week" (a date in the times layer), business days (no ISO 8601
 *   form) and cases no Recognizers-Text implementation supports ("2ys").
 */

interface Got {
  start: number;
  text: string;
  timex: string | null;
}

function ours(c: SpecCase): Got[] {
  const doc = analyze({ text: c.Input, lang: 'en', published: c.Context?.ReferenceDateTime?.slice(0, 10) ?? null });
  const out: Got[] = [];
  for (const q of doc.get('quantities').items) {
    if (q.duration === undefined) continue;
    const raw = toRawSpan(doc.normalized, q.start, q.end);
    out.push({ start: raw.start, text: c.Input.slice(raw.start, raw.end), timex: q.duration });
  }
  return out;
}

function matches(c: SpecCase, got: Got[], withValue: boolean): boolean {
  if (got.length !== c.Results.length) return false;
  const used = new Set<number>();
  for (const r of c.Results) {
    const want = r.Value?.['Timex'];
    const i = got.findIndex((g, k) => !used.has(k) && g.start === r.Start && g.text.toLowerCase() === r.Text.toLowerCase() && (!withValue || g.timex === want));
    if (i < 0) return false;
    used.add(i);
  }
  return true;
}

const SKIP_DURATION = (c: SpecCase): string | null => {
  if (c.Results.some((r) => /\bbusiness days?\b/i.test(r.Text))) return 'business days: TIMEX "P1BD" has no ISO 8601 form';
  if (c.NotSupported && ['dotnet', 'javascript', 'python', 'java'].every((x) => c.NotSupported!.includes(x))) return 'marked not supported by every Recognizers-Text implementation ("2ys")';
  if (c.Results.some((r) => /\bin\s$/i.test(c.Input.slice(Math.max(0, r.Start - 3), r.Start)))) return '"in a week": the times layer reads the date a week after publication, not a duration';
  return null;
};

function duration(file: string, withValue: boolean): SpecAdapter {
  return {
    file: `DateTime/English/${file}`,
    skip: SKIP_DURATION,
    ours: (c) => matches(c, ours(c), withValue),
    // The npm package's duration results are compared the same way.
    peer: (c) => peerDurations(c, withValue),
  };
}

import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
type PeerFn = (q: string, culture: string, options?: number, ref?: Date) => { start: number; end: number; typeName: string; resolution?: { values?: { timex?: string }[] } }[];
function peerDurations(c: SpecCase, withValue: boolean): boolean | null {
  let R: Record<string, unknown>;
  try {
    R = require('@microsoft/recognizers-text-suite') as Record<string, unknown>;
  } catch {
    return null;
  }
  const fn = R['recognizeDateTime'] as PeerFn;
  const ref = c.Context?.ReferenceDateTime;
  const got = fn(c.Input, 'en-us', 0, ref ? new Date(ref) : undefined)
    .filter((r) => r.typeName === 'datetimeV2.duration')
    .map((r) => ({ start: r.start, text: c.Input.slice(r.start, r.end + 1), timex: r.resolution?.values?.[0]?.timex ?? null }));
  return matches(c, got, withValue);
}

/** Skips every case of a file with one reason (what our layers do not extract, and why). */
function notExtracted(file: string, reason: string): SpecAdapter {
  return { file: `DateTime/English/${file}`, skip: () => reason, ours: () => false, peer: () => false };
}

const CLOCK = 'clock time: the times layer keeps dates, weeks, months and parts of the day, not clock times';

export function englishTimeAdapters(): SpecAdapter[] {
  return [
    duration('DurationExtractor.json', false),
    duration('DurationParser.json', true),
    notExtracted('TimeExtractor.json', CLOCK),
    notExtracted('TimeParser.json', CLOCK),
    notExtracted('DateTimeExtractor.json', `date with a ${CLOCK}`),
    notExtracted('DateTimeParser.json', `date with a ${CLOCK}`),
  ];
}
