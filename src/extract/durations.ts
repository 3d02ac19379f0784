import { parseDigits } from './numbers.js';
import { adjacent, lemmaOf, matchWords, readQualifier, tokText, UPPER, type Ctx } from './quantity-base.js';
import { lowerOf } from '../text/tokenize.js';
import type { QuantityLexicon } from './quantity-lexicon.js';
import type { Qualifier, Quantity } from './types.js';
import { timeUnitAt, type UnitForm } from './units.js';

/**
 * Durations in the quantities layer. A quantity counted in a unit of time (units.tsv rows with canonical
 * unit "s": "3 hours", "zwei Wochen") carries `duration`, its ISO 8601 duration ("PT3H", "P2W"; TIMEX-style
 * "PXD" when the number is vague). This pass runs after the quantity grammar and adds the forms it does not
 * read, each a quantity of kind "count" with the unit of time as its unit:
 * - a number glued to the unit: "3h", "3.5years", "30-minute", "two-hour" (not "1990s", "10-year-old");
 * - one whole unit: "all day", "all-week", "full year", "den ganzen Tag" (`whole-period` words);
 * - an article as one after a duration cue or a qualifier: "for an hour", "für eine Woche", "more than a
 *   year" (`duration-cue`; not "$5bn a year", "once a week"); "another week" (`one-more`);
 * - halves: "half an hour", "an hour and a half", "two hours and a half";
 * - a vague quantifier before the unit: "a few days", "several weeks" (vague), "a couple of days" (about 2);
 * - units in a row, the larger first, become one: "two years and three months" → P2Y3M, value in the first unit.
 * Words come from quantity-context.tsv, quantity-vague.tsv and numbers.tsv of the language.
 */

/** ISO 8601 designators by a unit's length in seconds (the factors in units.tsv), largest first. */
const DESIGNATORS: [number, string][] = [
  [31556952, 'Y'],
  [2629746, 'M'],
  [604800, 'W'],
  [86400, 'D'],
  [3600, 'TH'],
  [60, 'TM'],
  [1, 'TS'],
];
/** Units that ISO 8601 writes as a multiple of another: a fortnight is P2W, a decade P10Y. */
const MULTIPLES: [number, number, number][] = [
  [1209600, 2, 604800],
  [315569520, 10, 31556952],
];

interface Part {
  value: number | null;
  factor: number;
}

/** The ISO 8601 duration of the parts ("P1Y2M", "PT1.5H", "PXD" for a vague number); null when a unit has no designator. */
export function isoDuration(parts: readonly Part[]): string | null {
  const written = new Map<string, string>();
  for (const p of parts) {
    const m = MULTIPLES.find(([f]) => f === p.factor);
    const factor = m ? m[2] : p.factor;
    const value = p.value === null ? null : m ? p.value * m[1] : p.value;
    const d = DESIGNATORS.find(([f]) => f === factor)?.[1];
    if (!d || written.has(d)) return null;
    written.set(d, value === null ? 'X' : String(Number(value.toPrecision(12))));
  }
  let date = '';
  let time = '';
  for (const [, d] of DESIGNATORS) {
    const v = written.get(d);
    if (v === undefined) continue;
    if (d.startsWith('T')) time += v + d.slice(1);
    else date += v + d;
  }
  return `P${date}${time ? 'T' + time : ''}`;
}

/** The unit of time that token k is, written alone (and adjacent to the token before it), or null. */
function unitToken(c: Ctx, k: number): UnitForm | null {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word' || !adjacent(c, k)) return null;
  const u = timeUnitAt(c.units, c.text, t.start);
  return u && u.form.length === t.end - t.start ? u : null;
}

function singular(c: Ctx, form: string): boolean {
  return lemmaOf(c, form).toLowerCase() === form.toLowerCase();
}

/**
 * After "for a year": no noun goes on the phrase ("for a second time", "for a day trip" are none). German
 * writes nouns with a capital ("für eine Woche gesperrt"); in English only a stopword may follow.
 */
function phraseEnds(c: Ctx, k: number): boolean {
  const t = c.tokens[k];
  if (!t || t.kind !== 'word' || !adjacent(c, k)) return true;
  const w = tokText(c, k);
  return c.lex.lang === 'de' ? !UPPER.test(w) : c.lex.stopwords.has(w.toLowerCase());
}

function role(c: Ctx, k: number): string | undefined {
  return c.lex.numbers.get(tokText(c, k).toLowerCase())?.role;
}

const starters = new WeakMap<QuantityLexicon, Set<string>>();

/** The words that can open a duration form other than a glued one, per lexicon (built once). */
function startersOf(lex: QuantityLexicon): Set<string> {
  let set = starters.get(lex);
  if (!set) {
    set = new Set([...lex.wholePeriod, ...lex.oneMore, ...lex.vague.keys()]);
    for (const [w, n] of lex.numbers) if (n.role === 'half' || n.role === 'article' || (lex.lang === 'de' && n.role === 'unit' && w.startsWith('ein'))) set.add(w);
    starters.set(lex, set);
  }
  return set;
}

function isArticle(c: Ctx, k: number): boolean {
  const w = tokText(c, k).toLowerCase();
  const r = c.lex.numbers.get(w)?.role;
  return r === 'article' || (c.lex.lang === 'de' && r === 'unit' && /^ein/.test(w));
}

/** "and a half", "and half", "und eine halbe" after token k: the last token, or -1. */
function andAHalf(c: Ctx, k: number): number {
  if (role(c, k + 1) !== 'joiner' || !adjacent(c, k + 1)) return -1;
  let j = k + 2;
  if (isArticle(c, j) && adjacent(c, j)) j++;
  return role(c, j) === 'half' && adjacent(c, j) ? j : -1;
}

interface Candidate {
  first: number;
  last: number;
  anchorEnd: number;
  unit: { start: number; end: number; form: UnitForm };
  value: number | null;
  qualifier: Qualifier;
}

/** The glued forms: "3h", "3.5years", "30-minute", "two-hour". */
const GLUED = /^(\d+(?:[.,]\d+)*|\p{L}+)(-?)(\p{L}+)$/u;

function glued(c: Ctx, i: number): Candidate | null {
  const t = c.tokens[i]!;
  const m = GLUED.exec(tokText(c, i));
  if (!m) return null;
  const digits = /^\d/.test(m[1]!);
  const word = digits ? undefined : c.lex.numbers.get(m[1]!.toLowerCase());
  const value = digits ? parseDigits(m[1]!, c.lex.decimalComma) : m[2] && word && ['unit', 'teen', 'tens'].includes(word.role) ? word.value : null;
  if (value === null) return null;
  const start = t.start + m[1]!.length + m[2]!.length;
  const form = timeUnitAt(c.units, c.text, start);
  // "1990s", "20s": a decade, not seconds.
  if (!form || form.form.length !== m[3]!.length || (form.form.length === 1 && form.factor === 1)) return null;
  return { first: i, last: i, anchorEnd: t.start + m[1]!.length, unit: { start, end: t.end, form }, value, qualifier: 'exact' };
}

/** A duration form at token i, with a qualifier before it ("nearly half an hour", "more than 3h"). */
function at(c: Ctx, i: number): Candidate | null {
  const d = form(c, i);
  if (!d || d.qualifier !== 'exact') return d;
  const q = readQualifier(c, d.first, /^\d/.test(tokText(c, d.first)));
  if (q && q.qualifier !== 'equal') {
    d.first = q.first;
    d.qualifier = q.qualifier;
  }
  return d;
}

function form(c: Ctx, i: number): Candidate | null {
  const t = c.tokens[i]!;
  const w = lowerOf(c.text, t);
  const code = w.charCodeAt(0);
  const dash = w.indexOf('-');
  // Most words start no duration: only digits, hyphenated words and listed words go on.
  if (code >= 48 && code <= 57) return glued(c, i);
  if (dash < 0 && !startersOf(c.lex).has(w)) return null;
  const g = dash > 0 ? glued(c, i) : null;
  if (g) return g;
  const unitAfter = (k: number, one: boolean): Candidate['unit'] | null => {
    const u = unitToken(c, k);
    if (!u || (one && !singular(c, u.form))) return null;
    return { start: c.tokens[k]!.start, end: c.tokens[k]!.end, form: u };
  };
  // "all day", "the whole week", "den ganzen Tag"; "all-day".
  if (dash > 0 && c.lex.wholePeriod.has(w.slice(0, dash))) {
    const form = timeUnitAt(c.units, c.text, t.start + dash + 1);
    if (form && t.start + dash + 1 + form.form.length === t.end && singular(c, form.form)) {
      return { first: i, last: i, anchorEnd: t.start + dash, unit: { start: t.start + dash + 1, end: t.end, form }, value: 1, qualifier: 'exact' };
    }
  }
  if (c.lex.wholePeriod.has(w) || c.lex.oneMore.has(w)) {
    const u = unitAfter(i + 1, true);
    if (u) return { first: i, last: i + 1, anchorEnd: t.end, unit: u, value: 1, qualifier: 'exact' };
  }
  // "half an hour".
  if (role(c, i) === 'half' && isArticle(c, i + 1) && adjacent(c, i + 1)) {
    const u = unitAfter(i + 2, true);
    if (u) return { first: i, last: i + 2, anchorEnd: c.tokens[i + 1]!.end, unit: u, value: 0.5, qualifier: 'exact' };
  }
  // "an hour and a half"; "for an hour", "more than a year".
  const u = isArticle(c, i) ? unitAfter(i + 1, true) : null;
  if (u) {
    const half = andAHalf(c, i + 1);
    if (half >= 0) return { first: i, last: half, anchorEnd: t.end, unit: u, value: 1.5, qualifier: 'exact' };
    const q = readQualifier(c, i, false);
    const before = q ? q.first - 1 : i - 1;
    if ((q || (c.lex.durationCues.has(tokText(c, before).toLowerCase()) && adjacent(c, i))) && phraseEnds(c, i + 2)) {
      const qualifier: Qualifier = !q || q.qualifier === 'equal' ? 'exact' : q.qualifier;
      return { first: q ? q.first : i, last: i + 1, anchorEnd: t.end, unit: u, value: 1, qualifier };
    }
  }
  // "a few days", "several weeks", "a couple of days".
  for (const v of c.lex.vague.get(w) ?? []) {
    if (v.role !== 'quantifier') continue;
    const last = matchWords(c, i, v.words);
    const u = last < 0 ? null : unitAfter(last + 1, false);
    if (!u || singular(c, u.form.form)) continue;
    const approx = v.low === v.high && v.low > 0;
    return { first: i, last: last + 1, anchorEnd: c.tokens[last]!.end, unit: u, value: approx ? v.low : null, qualifier: approx ? 'approx' : 'vague' };
  }
  return null;
}

function toQuantity(c: Ctx, d: Candidate): Quantity {
  const first = c.tokens[d.first]!;
  const unit = c.text.slice(d.unit.start, d.unit.end);
  const q = d.qualifier;
  const bounded = q === 'more_than' || q === 'at_least' ? { low: d.value, high: null } : q === 'less_than' || q === 'at_most' ? { low: null, high: d.value } : q === 'exact' ? { low: d.value, high: d.value } : { low: null, high: null };
  return {
    start: first.start,
    end: c.tokens[d.last]!.end,
    value: d.value,
    ...bounded,
    qualifier: d.qualifier,
    unit,
    unitLemma: unit.length > 3 ? lemmaOf(c, unit) : unit,
    kind: 'count',
    anchor: { start: first.start, end: d.anchorEnd },
    unitSpan: { start: d.unit.start, end: d.unit.end },
  };
}

/** The unit of time a quantity is counted in, or null. */
function timeUnitOf(c: Ctx, q: Quantity): UnitForm | null {
  if (!q.unitSpan || q.kind !== 'count') return null;
  const u = timeUnitAt(c.units, c.text, q.unitSpan.start);
  return u && q.unitSpan.start + u.form.length === q.unitSpan.end ? u : null;
}

/** Adds the duration forms to the quantities (sorted by start) and `duration` to every quantity counted in time. */
export function addDurations(c: Ctx, qs: Quantity[]): Quantity[] {
  const found: Quantity[] = [];
  const dropped = new Set<Quantity>();
  let j = 0;
  for (let i = 0; i < c.tokens.length; i++) {
    const t = c.tokens[i]!;
    if (t.kind !== 'word' && t.kind !== 'abbrev') continue;
    const d = at(c, i);
    if (!d || c.times?.at(c.tokens[d.first]!.start) || c.times?.at(c.tokens[d.last]!.start)) continue;
    const q = toQuantity(c, d);
    while (j < qs.length && qs[j]!.end <= q.start) j++;
    // What the grammar read inside it may only be a bare number ("half" in "half an hour").
    const inside: Quantity[] = [];
    for (let k = j; k < qs.length && qs[k]!.start < q.end; k++) inside.push(qs[k]!);
    if (inside.some((o) => o.unit !== null || o.kind !== 'number')) continue;
    for (const o of inside) dropped.add(o);
    found.push(q);
    i = d.last;
  }
  const all = found.length === 0 && dropped.size === 0 ? qs : [...qs.filter((q) => !dropped.has(q)), ...found].sort((a, b) => a.start - b.start);
  let k = 0;
  const timed: Quantity[] = [];
  for (const q of all) {
    // A bare number that "and a half" took into the duration before it.
    const prev = timed[timed.length - 1];
    if (prev?.duration && q.start >= prev.start && q.end <= prev.end && q.unit === null) continue;
    while (k < c.tokens.length && c.tokens[k]!.end < q.end) k++;
    timed.push(withDuration(c, q, k));
  }
  return mergeUnits(c, timed);
}

/** Sets `duration` on a quantity counted in time (token k ends it), taking "and a half" after it ("two hours and a half"). */
function withDuration(c: Ctx, q: Quantity, k: number): Quantity {
  const u = timeUnitOf(c, q);
  if (!u) return q;
  const half = q.value !== null && q.qualifier === 'exact' && c.tokens[k]?.end === q.end && q.end === q.unitSpan!.end ? andAHalf(c, k) : -1;
  const value = half >= 0 ? q.value! + 0.5 : q.value;
  const duration = q.qualifier === 'vague' ? isoDuration([{ value: null, factor: u.factor }]) : value === null ? null : isoDuration([{ value, factor: u.factor }]);
  return {
    ...q,
    ...(half >= 0 ? { end: c.tokens[half]!.end, value, low: value, high: value } : {}),
    ...(duration ? { duration } : {}),
  };
}

/** "two years and three months", "1 year 1 month 21 days": durations in a row become one. */
function mergeUnits(c: Ctx, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of qs) {
    const prev = out[out.length - 1];
    if (prev && prev.duration && q.duration && prev.qualifier === 'exact' && q.qualifier === 'exact' && prev.value !== null && q.value !== null) {
      const gap = /^\s(?:(\p{L}+)\s)?$/u.exec(c.text.slice(prev.end, q.start));
      const pu = timeUnitOf(c, prev);
      const qu = timeUnitOf(c, q);
      // Larger unit first, joined by a space or "and" ("a week, an hour" is a list).
      if (gap && (gap[1] === undefined || c.lex.boundJoiners.has(gap[1].toLowerCase())) && pu && qu && qu.factor < pu.factor) {
        const combined = combine(prev.duration, q.duration);
        if (combined) {
          const value = Number((prev.value + (q.value * qu.factor) / pu.factor).toPrecision(12));
          out[out.length - 1] = { ...prev, end: q.end, value, low: value, high: value, duration: combined };
          continue;
        }
      }
    }
    out.push(q);
  }
  return out;
}

/** Two ISO 8601 durations with different designators as one ("P2Y" + "P3M" → "P2Y3M"), or null. */
function combine(a: string, b: string): string | null {
  const parts: Part[] = [];
  for (const d of [a, b]) {
    for (const m of d.matchAll(/(\d+(?:\.\d+)?)([YMWDHS])/g)) {
      const tAt = d.indexOf('T');
      const inTime = tAt >= 0 && tAt <= m.index!;
      const designator = (inTime ? 'T' : '') + m[2];
      const factor = DESIGNATORS.find(([, x]) => x === designator)?.[0];
      if (factor === undefined) return null;
      parts.push({ value: Number(m[1]), factor });
    }
  }
  return isoDuration(parts);
}
