import { analyze } from '../../analysis/analyze.js';
import { measureLexicon, timeUnitAt } from '../../extract/units.js';
import { toRawSpan } from '../../text/normalize.js';
import type { SpecAdapter, SpecCase } from './types.js';

/**
 * The English DateTime files beyond dates. How they map onto our layers:
 * - DurationExtractor / DurationParser: a duration is a quantity counted in a unit of time (units.tsv rows
 *   with canonical unit "s": "3 hours", "two weeks"), compared by span (start and text) and, in the parser
 *   file, by its TIMEX duration ("PT3H", "P2W"): the number and the unit's designator (S, M, H in the time
 *   part; D, W, M, Y in the date part).
 * - Skipped, with the reason printed: clock times ("7:56pm", "at seven") and date-times ("October 14
 *   8:00am", "now") — the times layer keeps dates, weeks, months and parts of the day, not clock times, which
 *   news rarely needs for a figure; durations made of several units ("1 month 21 days"), vague ones ("a
 *   few days") and "all day"/"whole week" forms, which have no single number and unit.
 */

const DESIGNATOR: [number, string][] = [
  [1, 'TS'],
  [60, 'TM'],
  [3600, 'TH'],
  [86400, 'D'],
  [604800, 'W'],
  [2629746, 'M'],
  [31556952, 'Y'],
];
/** Units that TIMEX writes as a multiple of another: a fortnight is P2W, a decade P10Y. */
const MULTIPLE: [number, number, string][] = [
  [1209600, 2, 'W'],
  [315569520, 10, 'Y'],
];

function timexOf(value: number, factor: number): string | null {
  const m = MULTIPLE.find(([f]) => f === factor);
  if (m) return `P${value * m[1]}${m[2]}`;
  const d = DESIGNATOR.find(([f]) => f === factor)?.[1];
  if (!d) return null;
  return d.startsWith('T') ? `PT${value}${d.slice(1)}` : `P${value}${d}`;
}

interface Got {
  start: number;
  text: string;
  timex: string | null;
}

function ours(c: SpecCase): Got[] {
  const doc = analyze({ text: c.Input, lang: 'en', published: c.Context?.ReferenceDateTime?.slice(0, 10) ?? null });
  const lex = measureLexicon('en');
  const out: Got[] = [];
  for (const q of doc.get('quantities').items) {
    if (q.kind !== 'count' || !q.unitSpan || q.value === null) continue;
    const u = timeUnitAt(lex, doc.text, q.unitSpan.start);
    if (!u || q.unitSpan.start + u.form.length !== q.unitSpan.end) continue;
    const raw = toRawSpan(doc.normalized, q.start, q.end);
    out.push({ start: raw.start, text: c.Input.slice(raw.start, raw.end), timex: timexOf(q.value, u.factor) });
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
  const timex = c.Results.map((r) => String(r.Value?.['Timex'] ?? ''));
  if (c.Results.some((r) => /\b(?:all|whole|full|entire)\b/i.test(r.Text))) return 'all day, whole week: no number of units';
  if (c.Results.some((r) => /\b(?:few|couple|several|some)\b/i.test(r.Text)) || timex.some((t) => /PX|P\d*X/.test(t))) return 'vague duration (a few days): no number';
  if (timex.some((t) => /^P(?:\d+(?:\.\d+)?[YMWD]){2,}|^P(?:\d+(?:\.\d+)?[YMWD])+T\d|^PT(?:\d+(?:\.\d+)?[HMS]){2,}/.test(t))) return 'duration of several units (1 month 21 days)';
  if (c.Results.some((r) => /\d(?:h|hrs?|mins?|days?|years?|weeks?|months?)\b/i.test(r.Text.replace(/\s/g, '')) && !/\s/.test(r.Text))) return 'number glued to a unit of time (3h, 3.5years)';
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
