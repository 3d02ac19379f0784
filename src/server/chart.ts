/**
 * The ledger's chart of one topic, drawn by Observable Plot on the server (linkedom stands in for the browser's
 * DOM) and sent as SVG: estimates over publication date — points for single figures, vertical rules for ranges,
 * arrows for open-ended bounds — on a log scale when the figures span more than two orders of magnitude. Each
 * mark links to the figure's place in its article. Plot's inline <style> is dropped (the page's CSP allows
 * stylesheets from the server only; style.css carries the same rules).
 */
import type * as PlotModule from '@observablehq/plot';
import type { LedgerEstimate, LedgerTopic } from '../ledger/topics.js';
import { figure } from '../ledger/views.js';
import { anchorId } from './highlight.js';

interface Point {
  date: Date;
  y: number;
  low: number | null;
  high: number | null;
  /** Open-ended: "up" for more than / at least, "down" for less than / at most. */
  open: 'up' | 'down' | null;
  href: string;
  title: string;
}

export const estimateHref = (e: LedgerEstimate): string => `/documents/${encodeURIComponent(e.document)}#${anchorId(e.quantity)}`;

function pointOf(e: LedgerEstimate, fmt: (n: number) => string): Point | null {
  if (!e.published) return null;
  const date = new Date(e.published.slice(0, 10) + 'T00:00:00Z');
  if (Number.isNaN(date.getTime())) return null;
  const up = e.qualifier === 'more_than' || e.qualifier === 'at_least';
  const down = e.qualifier === 'less_than' || e.qualifier === 'at_most';
  const y = e.value ?? (up ? e.low : down ? e.high : e.low !== null && e.high !== null ? Math.sqrt(Math.max(e.low, 1e-9) * Math.max(e.high, 1e-9)) : (e.low ?? e.high));
  if (y === null || !Number.isFinite(y) || y <= 0) return null;
  const ranged = !up && !down && e.low !== null && e.high !== null && e.high > e.low;
  return {
    date,
    y,
    low: ranged ? e.low : null,
    high: ranged ? e.high : null,
    open: up ? 'up' : down ? 'down' : null,
    href: estimateHref(e),
    title: `${e.published.slice(0, 10)} ${e.source?.name ?? '—'}: ${figure(e, { format: fmt })}`,
  };
}

/** Whether the topic's figures span more than two orders of magnitude (then the y scale is logarithmic). */
export function wantsLog(values: readonly number[]): boolean {
  const pos = values.filter((v) => v > 0);
  if (pos.length < 2) return false;
  return Math.max(...pos) / Math.min(...pos) > 100;
}

/** Plot and linkedom, loaded with the first chart (not at server start: `serve` should be up in well under 2 s). */
let libraries: Promise<{ Plot: typeof PlotModule; parseHTML: typeof import('linkedom').parseHTML }> | undefined;
const loadLibraries = () => (libraries ??= Promise.all([import('@observablehq/plot'), import('linkedom')]).then(([Plot, l]) => ({ Plot, parseHTML: l.parseHTML })));

/** The chart as SVG markup (Plot's output; text in it is escaped by the DOM serializer), or null with no dated figure. */
export async function topicChart(topic: LedgerTopic, locale: string): Promise<{ svg: string; log: boolean; points: number } | null> {
  const nf = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const fmt = (n: number) => nf.format(n);
  const points = topic.estimates.map((e) => pointOf(e, fmt)).filter((p): p is Point => p !== null);
  if (points.length === 0) return null;
  const log = wantsLog(points.flatMap((p) => [p.y, p.low ?? p.y, p.high ?? p.y]));
  const ranges = points.filter((p) => p.low !== null);
  const opens = points.filter((p) => p.open !== null);
  // An open bound's arrow is a third of the way (in the scale's terms) towards where the figure could go.
  const reach = (p: Point) => (log ? (p.open === 'up' ? p.y * 2 : p.y / 2) : p.y + (p.open === 'up' ? 1 : -1) * Math.max(p.y * 0.25, 1));
  const { Plot, parseHTML } = await loadLibraries();
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as NonNullable<PlotModule.PlotOptions["document"]>,
    width: 1100,
    height: 320,
    marginLeft: 60,
    x: { type: 'utc', label: null },
    y: { type: log ? 'log' : 'linear', grid: true, label: topic.unitLemma ?? topic.label, tickFormat: fmt, ...(log ? {} : { zero: true }) },
    marks: [
      Plot.ruleX(ranges, { x: 'date', y1: 'low', y2: 'high', stroke: 'steelblue', strokeWidth: 2, href: 'href', title: 'title' }),
      Plot.arrow(opens, { x1: 'date', x2: 'date', y1: 'y', y2: reach, stroke: 'darkorange', strokeWidth: 2, headLength: 6, href: 'href', title: 'title' }),
      Plot.dot(points, { x: 'date', y: 'y', r: 4, fill: 'currentColor', href: 'href', title: 'title' }),
    ],
  }) as unknown as { outerHTML: string };
  return { svg: svg.outerHTML.replace(/<style>[\s\S]*?<\/style>/g, ''), log, points: points.length };
}
