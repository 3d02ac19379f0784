/**
 * Views of a ledger: a readable text table per topic with a range chart of the estimates, Markdown, CSV.
 * (JSON is the ledger itself.)
 */
import { neutralizeCell } from '../text/safe-text.js';
import type { LedgerEstimate, LedgerJSON, LedgerTopic } from './topics.js';

// Figures as en-US writes them (4,200; 1,234.5), at most two decimals, a half rounded away from zero on the
// number's shortest decimal form (1.005 → 1.01), as Intl.NumberFormat does. Written out rather than with Intl:
// building an Intl formatter loads ICU data (15–25 ms of a CLI call); Intl stays for what String() writes with
// an exponent (below 10^-6, from 10^21 on).
let formatter: Intl.NumberFormat | null = null;
const fmt = {
  format: (x: number): string => {
    const abs = Math.abs(x);
    if (!Number.isFinite(x) || abs >= 1e21 || (abs > 0 && abs < 1e-6)) return (formatter ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })).format(x);
    const [int, frac = ''] = String(abs).split('.') as [string, string | undefined];
    let whole = int;
    let hundredths = Number(`${frac}00`.slice(0, 2));
    if (frac.length > 2 && frac[2]! >= '5' && ++hundredths === 100) {
      hundredths = 0;
      whole = String(BigInt(int) + 1n);
    }
    const decimals = String(hundredths).padStart(2, '0').replace(/0+$/, '');
    const sign = x < 0 || Object.is(x, -0) ? '-' : '';
    return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${decimals ? `.${decimals}` : ''}`;
  },
};

/** "> 10,000", "2,000–9,999 (vague)", "≈ 3,500", "≤ 5,000,000"; `numbers` formats the figures (the web pages pass their locale's). */
export function figure(e: Pick<LedgerEstimate, 'value' | 'low' | 'high' | 'qualifier'>, numbers: { format(x: number): string } = fmt): string {
  const n = (x: number | null) => (x === null ? '?' : numbers.format(x));
  switch (e.qualifier) {
    case 'exact':
      return n(e.value ?? e.low);
    case 'approx':
      return `≈ ${n(e.value ?? e.low)}`;
    case 'more_than':
      return `> ${n(e.value ?? e.low)}`;
    case 'at_least':
      return `≥ ${n(e.value ?? e.low)}`;
    case 'less_than':
      return `< ${n(e.value ?? e.high)}`;
    case 'at_most':
      return `≤ ${n(e.value ?? e.high)}`;
    case 'range':
      return `${n(e.low)}–${n(e.high)}`;
    case 'vague':
      return e.low !== null || e.high !== null ? `${n(e.low)}–${n(e.high)} (vague)` : 'vague';
  }
}

const sourceName = (e: LedgerEstimate) => e.source?.name ?? '(the outlet itself)';

/** The interval an estimate stands for, for the chart; open ends are null. */
function interval(e: LedgerEstimate): [number | null, number | null] {
  const v = e.value;
  switch (e.qualifier) {
    case 'more_than':
    case 'at_least':
      return [v ?? e.low, null];
    case 'less_than':
    case 'at_most':
      return [null, v ?? e.high];
    case 'exact':
    case 'approx':
      return [v ?? e.low, v ?? e.high];
    default:
      return [e.low, e.high];
  }
}

/**
 * A terminal range chart: one line per estimate on a shared axis (logarithmic when the figures span more
 * than a factor of 20). `●` is a point, `├───┤` a range, `▶`/`◀` an open end.
 */
export function rangeChart(estimates: readonly LedgerEstimate[], width = 40): string[] {
  const ivs = estimates.map(interval);
  const nums = ivs.flat().filter((x): x is number => x !== null && x > 0);
  if (nums.length === 0) return [];
  let lo = Math.min(...nums);
  let hi = Math.max(...nums);
  const log = hi / lo > 20;
  if (hi === lo) {
    lo = lo / 2;
    hi = hi * 1.5;
  }
  const f = (x: number) => (log ? Math.log10(x) : x);
  const pos = (x: number) => Math.round(((f(x) - f(lo)) / (f(hi) - f(lo))) * (width - 1));
  const lines: string[] = [];
  for (const [a, b] of ivs) {
    const row = Array<string>(width).fill(' ');
    if (a !== null && b !== null && a === b) row[pos(a)] = '●';
    else {
      const from = a !== null && a > 0 ? pos(a) : 0;
      const to = b !== null && b > 0 ? pos(b) : width - 1;
      for (let i = from; i <= to; i++) row[i] = '─';
      row[from] = a === null ? '◀' : '├';
      row[to] = b === null ? '▶' : '┤';
    }
    lines.push(row.join(''));
  }
  const axis = `${fmt.format(lo)}${log ? ' (log)' : ''}`;
  lines.push(axis + ' '.repeat(Math.max(1, width - axis.length - fmt.format(hi).length)) + fmt.format(hi));
  return lines;
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? [...s].slice(0, n - 1).join('') + '…' : s + ' '.repeat(n - len);
}

function topicHeader(t: LedgerTopic): string {
  const n = t.estimateCount;
  const docs = t.documentCount;
  return `${t.id}  ${t.label}: ${n} estimate${n === 1 ? '' : 's'} in ${docs} document${docs === 1 ? '' : 's'} (${t.langs.join(', ')})`;
}

/**
 * "first · +3 outlets" on the estimate that stated its figure first in the topic; on a later one, where and
 * when that figure appeared first ("2025-03-05 kurier.example").
 */
export function firstSeen(e: Pick<LedgerEstimate, 'document' | 'firstAppearance' | 'repeatedBy'>): string {
  if (e.firstAppearance.document === e.document) return e.repeatedBy > 0 ? `first · +${e.repeatedBy} outlet${e.repeatedBy === 1 ? '' : 's'}` : 'first';
  return `${e.firstAppearance.published?.slice(0, 10) ?? '—'} ${e.firstAppearance.outlet}`;
}

/** The text view; a ledger built with a `limit` shows that many estimates per topic and says how many more there are. */
export function ledgerText(l: LedgerJSON, options: { chart?: boolean } = {}): string {
  if (l.topics.length === 0) return 'No topics: no stored estimates match. Ingest articles first (quellenlage ingest PATH …).\n';
  const out: string[] = [];
  for (const t of l.topics) {
    out.push(topicHeader(t));
    const shown = t.estimates;
    const chart = options.chart === false ? [] : rangeChart(shown);
    out.push(`  ${pad('date', 11)}${pad('figure', 24)}${pad('source', 28)}${pad('via', 22)}${pad('stance', 10)}${pad('first seen', 24)}${chart.length ? 'range' : ''}`);
    shown.forEach((e, i) => {
      out.push(
        `  ${pad(e.published?.slice(0, 10) ?? '—', 11)}${pad(figure(e), 24)}${pad(sourceName(e), 28)}${pad(e.via.join('; ') || '—', 22)}${pad(e.stance, 10)}${pad(firstSeen(e), 24)}${chart[i] ?? ''}`,
      );
    });
    if (chart.length) out.push(`  ${' '.repeat(11 + 24 + 28 + 22 + 10 + 24)}${chart.at(-1)}`);
    if (shown.length < t.estimateCount) out.push(`  … ${t.estimateCount - shown.length} more (use --limit 0 for all, or --format json)`);
    for (const d of t.denials) out.push(`  denied: ${d.source?.name ?? '(unnamed)'}${d.published ? ` (${d.published.slice(0, 10)})` : ''}: ${d.content}`);
    out.push('');
  }
  return out.join('\n');
}

const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function ledgerMarkdown(l: LedgerJSON): string {
  const out: string[] = [];
  for (const t of l.topics) {
    out.push(`## ${md(t.label)}`, '', '| Date | Figure | Source | Via | Stance | First seen | Text |', '|---|---|---|---|---|---|---|');
    for (const e of t.estimates) {
      out.push(`| ${e.published?.slice(0, 10) ?? '—'} | ${md(figure(e))} | ${md(sourceName(e))} | ${md(e.via.join('; ') || '—')} | ${e.stance} | ${md(firstSeen(e))} | ${md(e.span.text)} |`);
    }
    for (const d of t.denials) out.push('', `Denied by ${md(d.source?.name ?? '(unnamed)')}: ${md(d.content)}`);
    out.push('');
  }
  return out.join('\n') || 'No topics.\n';
}

/** RFC 4180 CSV: fields with commas, quotes or line breaks are quoted. */
/**
 * One CSV line (RFC 4180). Text cells that a spreadsheet would run as a formula (starting with = + - @ tab CR)
 * get a leading apostrophe (OWASP's CSV-injection rule); numbers stay numbers.
 */
export function csvRow(fields: readonly (string | number | null)[]): string {
  const cell = (f: string | number | null) => {
    if (f === null) return '';
    const t = typeof f === 'number' ? String(f) : neutralizeCell(f);
    return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
  };
  return fields.map(cell).join(',') + '\r\n';
}

export function ledgerCsv(l: LedgerJSON): string {
  const urls = new Map(l.documents.map((d) => [d.id, d.url]));
  let out = csvRow(['topic', 'label', 'published', 'document', 'url', 'lang', 'source', 'source_key', 'via', 'stance', 'qualifier', 'value', 'low', 'high', 'text', 'first_document', 'first_published', 'first_outlet', 'repeated_by']);
  for (const t of l.topics) {
    for (const e of t.estimates) {
      out += csvRow([t.id, t.label, e.published, e.document, urls.get(e.document) ?? null, e.lang, e.source?.name ?? null, e.source?.key ?? null, e.via.join('; '), e.stance, e.qualifier, e.value, e.low, e.high, e.span.text, e.firstAppearance.document, e.firstAppearance.published, e.firstAppearance.outlet, e.repeatedBy]);
    }
  }
  return out;
}
