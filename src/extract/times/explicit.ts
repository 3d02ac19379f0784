/**
 * Time rules for dates written out (src/extract/times.ts documents the conventions): numeric dates, day and
 * month in either order, months, years, seasons, decades, "mid-…", ordinal units ("im dritten Quartal") and a
 * bare day after "am"/"on". Functions over a TimeCursor (cursor.ts).
 */
import { dayNumber, fullYear, isoWeek, isValidDate, relativeYear, type Season, type TimeValue } from '../times-calendar.js';
import { CLS, lookupTime } from '../times-lexicon.js';
import { dayOf, digitsOnly, isDigit, UPPER_START, type Ctx, type Match, type TimeCursor } from './cursor.js';

const DATE_DMY = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/;
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECADE = /^(\d{4}|\d{2})(\p{L}+)$/u;
// A month name and a day in one word: "2019-sep-1", "Oct-2", "april22"; "22april", "1-jan".
const GLUED_NAME_DAY = /^(?:(\d{4})-)?(\p{L}{3,9})[-/]?(\d{1,2})$/u;
const GLUED_DAY_NAME = /^(\d{1,2})-?(\p{L}{3,9})$/u;
// A weekday, month name and day in one word: "friday-jun-15".
const GLUED_WEEKDAY = /^(\p{L}{3,9})-(\p{L}{3,9})-(\d{1,2})$/u;
// Punctuation right after a plain number that makes it part of something longer.
const GOES_ON = new Set(['/', '-', ':', '%']);
// Month and day without a year ("4/22", "4-22"); not followed by another number part.
const RX_MD_SHORT = /(\d{1,2})([/-])(\d{1,2})(?![\d/-]|[.,]\d)/y;

// Numeric dates, tried with sticky patterns at a token that starts with a digit (longest notations first).
const RX_YMD = /(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\d])/y;
const RX_DMY = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?!\d)/y;
const RX_DM_DOT = /(\d{1,2})\.(\d{1,2})\.(?!\d)/y;
const RX_DM_BARE = /(\d{1,2})\.(\d{1,2})(?![\d.,])/y;
const RX_DM_SLASH = /(\d{2})\/(\d{2})(?![\d/])/y;
const RX_MY = /(\d{1,2})( ?[/-] ?|\. ?)(\d{4})(?!\d)/y;
const RX_YM = /(\d{4})( ?[./-] ?)(\d{1,2})(?![\d])/y;
// English month first with the year after a comma: "11/12,2016", "08/12,15".
const RX_MD_COMMA_Y = /(\d{1,2})\/(\d{1,2}),(\d{4}|\d{2})(?![\d/]|[.,]\d)/y;
// A year, a month name and a day joined by slashes or hyphens: "2019/sep/01".
const RX_Y_NAME_D = /(\d{4})([/-])(\p{L}{3,9})\2(\d{1,2})(?![\d/-])/uy;

/** Numeric dates: 14.10.2024, 2024-10-14, 21/04/2016, 3-7-07, 2015/08/12, 22.04., 05/2016, 2016-05. */
export function numeric(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  const t = cx.tok(j);
  if (!t || t.lead === 0) return null;
  if (t.kind === 'date') {
    const m = DATE_DMY.exec(t.text);
    if (m) {
      const v = dayOf(fullYear(Number(m[3]), m[3]!.length, cx.A), Number(m[2]), Number(m[1]));
      return v ? { e: j + 1, v } : null;
    }
    const iso = DATE_ISO.exec(t.text);
    if (iso) {
      const v = dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
      return v ? { e: j + 1, v } : null;
    }
    return null;
  }
  // Every notation below is 1, 2 or 4 digits and then a separator (". / -", or a space and one of them):
  // numbers without one ("12 Prozent") are passed over before any pattern runs.
  const text = cx.text;
  const at = t.start;
  let L = 0;
  while (L < 5 && isDigit(text.charCodeAt(at + L))) L++;
  if (L === 3 || L === 5) return null;
  let c = text.charCodeAt(at + L);
  if (c === 32) c = text.charCodeAt(at + L + 1);
  if (c !== 46 && c !== 47 && c !== 45) return null;
  const dotOk = !cx.lex.decimalDot;
  let m: RegExpExecArray | null;
  let r: Match | null;
  RX_YMD.lastIndex = at;
  m = RX_YMD.exec(text);
  // Year first with two dots ("2015.5.13") is no decimal number in any language.
  if (m && !(m[2] === '.' && !dotOk && Number(m[1]) < 1900)) {
    r = numEnd(cx, j, m, dayOf(Number(m[1]), Number(m[3]), Number(m[4])));
    if (r) return r;
  }
  RX_DMY.lastIndex = at;
  m = RX_DMY.exec(text);
  if (m && !(m[2] === '.' && !dotOk)) {
    const y = fullYear(Number(m[4]), m[4]!.length, cx.A);
    const a = Number(m[1]);
    const b = Number(m[3]);
    const [mo, d] = m[2] === '/' || m[2] === '-' ? dm(cx, a, b) : [b, a];
    r = numEnd(cx, j, m, dayOf(y, mo, d));
    if (r) return r;
  }
  if (dotOk) {
    RX_DM_DOT.lastIndex = at;
    m = RX_DM_DOT.exec(text);
    if (m) {
      r = numEnd(cx, j, m, dayOf(null, Number(m[2]), Number(m[1])));
      if (r) return r;
    }
    if (ctx.prep === 'day' || ctx.inRange) {
      RX_DM_BARE.lastIndex = at;
      m = RX_DM_BARE.exec(text);
      if (m) {
        r = numEnd(cx, j, m, dayOf(null, Number(m[2]), Number(m[1])));
        if (r) return r;
      }
    }
  }
  RX_DM_SLASH.lastIndex = at;
  m = RX_DM_SLASH.exec(text);
  if (m) {
    const [mo, d] = dm(cx, Number(m[1]), Number(m[2]));
    r = numEnd(cx, j, m, dayOf(null, mo, d));
    if (r) return r;
  }
  if (cx.lex.slashOrder === 'mdy') {
    RX_MD_COMMA_Y.lastIndex = at;
    m = RX_MD_COMMA_Y.exec(text);
    if (m) {
      r = numEnd(cx, j, m, dayOf(fullYear(Number(m[3]), m[3]!.length, cx.A), Number(m[1]), Number(m[2])));
      if (r) return r;
    }
    r = shortMonthDay(cx, j, ctx);
    if (r) return r;
  }
  RX_Y_NAME_D.lastIndex = at;
  m = RX_Y_NAME_D.exec(text);
  if (m) {
    const mo = lookupTime(cx.lex, m[3]!, false).find((e) => e.cls === 'month');
    r = mo ? numEnd(cx, j, m, dayOf(Number(m[1]), Number(mo.val), Number(m[4]))) : null;
    if (r) return r;
  }
  RX_MY.lastIndex = at;
  m = RX_MY.exec(text);
  if (m) {
    const sep = m[2]!;
    const spaced = sep.length > 1;
    const mo = Number(m[1]);
    const y = Number(m[3]);
    if (
      !(sep.includes('.') && (!dotOk || (spaced && !m[1]!.startsWith('0')))) &&
      !(spaced && m[1]!.length !== 2) &&
      !(mo < 1 || mo > 12 || y < 1900 || y > 2099)
    ) {
      r = numEnd(cx, j, m, { g: 'month', y, m: mo, rel: false });
      if (r) return r;
    }
  }
  RX_YM.lastIndex = at;
  m = RX_YM.exec(text);
  if (m && !(m[2]!.includes('.') && !dotOk)) {
    const y = Number(m[1]);
    const mo = Number(m[3]);
    // "2011/12" is a span of two years (a season), not December 2011; "2015.3" with one digit is a decimal.
    if (!(mo < 1 || mo > 12 || y < 1900 || y > 2099 || (y + 1) % 100 === mo || (m[3]!.length === 1 && m[2] !== '-' && m[2] !== '/'))) {
      r = numEnd(cx, j, m, { g: 'month', y, m: mo, rel: false });
      if (r) return r;
    }
  }
  return null;
}

/**
 * Month first without a year, in the languages that write it so: "4/22", "2/29", and "4-22" after "on".
 * Not a fraction or a score: the month is at most 12, and unless a day preposition or a range stands
 * before it the day is over 12 ("1/2", "3/4", "24/7" stay numbers); no counted word may follow ("3/16 inch").
 */
function shortMonthDay(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  RX_MD_SHORT.lastIndex = cx.tok(j)!.start;
  const m = RX_MD_SHORT.exec(cx.text);
  if (!m) return null;
  const mo = Number(m[1]);
  const d = Number(m[3]);
  const dayContext = ctx.prep === 'day' || ctx.prep === 'in' || ctx.inRange;
  if (mo < 1 || mo > 12 || (m[2] === '-' ? !dayContext : !(dayContext || d > 12))) return null;
  const r = numEnd(cx, j, m, dayOf(null, mo, d));
  return r && !countedWordAt(cx, r.e) ? r : null;
}

/** Whether the token at k is a word that a number before it would count ("15. Spieltag", "16 inch"). */
function countedWordAt(cx: TimeCursor, k: number): boolean {
  const nx = cx.tok(k);
  if (!nx || nx.kind !== 'word' || nx.entries.length > 0) return false;
  return cx.lex.nounsCapitalized ? UPPER_START.test(nx.text) : !cx.lang.stopwords.has(nx.text.toLowerCase());
}

/** A month name and a day written as one word: "Oct-2", "jan-1", "april22", "22april", "1-jan", "2019-sep-1". */
export function gluedDate(cx: TimeCursor, j: number): Match | null {
  const t = cx.tok(j);
  // Only a word that starts or ends with a digit.
  if (!t || t.kind !== 'word' || !(t.lead > 0 || isDigit(t.text.charCodeAt(t.text.length - 1)))) return null;
  let y: number | null = null;
  let name: string;
  let d: number;
  const a = GLUED_NAME_DAY.exec(t.text);
  const w = a ? null : GLUED_WEEKDAY.exec(t.text);
  if (w) {
    if (!lookupTime(cx.lex, w[1]!, false).some((e) => e.cls === 'weekday')) return null;
    name = w[2]!;
    d = Number(w[3]);
  } else if (a) {
    y = a[1] === undefined ? null : Number(a[1]);
    name = a[2]!;
    d = Number(a[3]);
  } else {
    const b = GLUED_DAY_NAME.exec(t.text);
    if (!b) return null;
    d = Number(b[1]);
    name = b[2]!;
  }
  const mo = lookupTime(cx.lex, name, false).find((e) => e.cls === 'month');
  // "january12,2016": a year may follow.
  const ya = y === null ? cx.yearAfter(j + 1, true) : null;
  const v = mo ? dayOf(ya?.y ?? y, Number(mo.val), d) : null;
  return v ? { e: ya ? ya.e : j + 1, v } : null;
}

/** A numeric date's match: it must end where a token ends. */
function numEnd(cx: TimeCursor, j: number, m: RegExpExecArray, v: TimeValue | null): Match | null {
  if (!v) return null;
  const k = cx.tokenEndingAt(j, m.index + m[0].length);
  return k < 0 ? null : { e: k + 1, v };
}

/** Month and day of two numbers joined by a slash, by the language's order. */
function dm(cx: TimeCursor, a: number, b: number): [number, number] {
  return cx.lex.slashOrder === 'mdy' && a <= 12 && !(b <= 12 && a > 12) && b <= 31 ? [a, b] : [b, a];
}

/** "14. Oktober 2024", "am zweiten Februar", "14 October 2024", "the 14th of October". */
export function dayMonth(cx: TimeCursor, j: number): Match | null {
  const d = cx.dayAt(j);
  if (!d) return null;
  let k = d.e;
  if (cx.ent(k, CLS.of)) k++;
  // After "4th of", "may" and "march" are months too.
  const mo = cx.ent(k, CLS.month) ?? (k > d.e ? cx.csMonth(k) : undefined);
  if (!mo) return null;
  k++;
  const m = Number(mo.val);
  const y = cx.yearAfter(k, true);
  if (!isValidDate(y?.y ?? null, m, d.d)) return null;
  return { e: y ? y.e : k, v: { g: 'day', y: y?.y ?? null, m, d: d.d, rel: y?.rel ?? false } };
}

/** English month first: "October 14, 2024", "Oct. 14", "October 14th". */
export function monthDay(cx: TimeCursor, j: number): Match | null {
  if (!cx.lex.monthDay) return null;
  const named = cx.ent(j, CLS.month);
  // "may" and "march" written small are months only before "the" and a day or a day in two words.
  const small = named ? undefined : cx.csMonth(j);
  // "may twenty-first": an ordinal word written with a hyphen is no verb's object.
  const hyphenOrd = cx.ent(j + 1, CLS.ordword) !== undefined && cx.tok(j + 1)!.text.includes('-');
  const mo = named ?? (small && ((cx.ent(j + 1, CLS.det) && cx.dayWordAt(j + 2, false)) || cx.tensDay(j + 1) || hyphenOrd) ? small : undefined);
  if (!mo) return null;
  // "Oct/2", "Oct-2": a slash or hyphen written between the name and the day.
  let k = j + 1;
  if ((cx.isText(k, '/') || cx.isText(k, '-')) && cx.adjacent(k) && cx.adjacent(k + 1)) k++;
  else if (cx.ent(k, CLS.det) && (cx.ordinalAt(k + 1) !== null || cx.tensDay(k + 1))) k++; // "May the eleventh"
  else if (cx.isText(k, ',') && cx.tok(k + 1)?.kind === 'word' && cx.ordinalAt(k + 1) !== null && cx.tok(k + 1)!.lead > 0) k++; // "October, 1st"
  let d: number | null = null;
  let e = k + 1;
  const w = cx.tensDay(k);
  if (w) {
    d = w.d;
    e = w.e;
  } else d = cx.ordinalAt(k);
  if (d === null) {
    d = cx.int(k, 2);
    if (d !== null && !cx.yearFollows(k, 'weak')) return null;
  }
  if (d === null || d < 1 || d > 31) return null;
  const m = Number(mo.val);
  const y = cx.yearAfter(e, true);
  if (!isValidDate(y?.y ?? null, m, d)) return null;
  return { e: y ? y.e : e, v: { g: 'day', y: y?.y ?? null, m, d, rel: y?.rel ?? false } };
}

/** "im Juni", "Juni 2011", "im Monat Januar", "diesen Januar", "im Juni vergangenen Jahres", "last May". */
export function month(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  let k = j;
  const rel = cx.ent(k, CLS.rel);
  if (rel) k++;
  let unitM = false;
  const u = cx.ent(k, CLS.unit);
  if (!rel && u?.val === 'M' && !u.pl && cx.ent(k + 1, CLS.month)) {
    unitM = true;
    k++;
  } else if (!rel && u?.val === 'M' && !u.pl && cx.ent(k + 1, CLS.of) && cx.ent(k + 2, CLS.month)) {
    // "the month of September"
    unitM = true;
    k += 2;
  }
  const mo = cx.ent(k, CLS.month);
  if (!mo) return null;
  k++;
  const m = Number(mo.val);
  if (rel) {
    const probe: TimeValue = { g: 'month', y: null, m, rel: true };
    return { e: k, v: { g: 'month', y: relativeYear(probe, Number(rel.val), cx.A), m, rel: true } };
  }
  const y = cx.yearAfter(k, true);
  if (y) return { e: y.e, v: { g: 'month', y: y.y, m, rel: y.rel } };
  if (!(unitM || ctx.prep || ctx.part || ctx.inRange)) return null;
  return { e: k, v: { g: 'month', y: null, m, rel: false } };
}

/**
 * The year before the month: "2016 November", "2015 June"; with a comma only at the end of a clause
 * ("2016, nov."), not "In 2016, November saw …".
 */
export function yearMonth(cx: TimeCursor, j: number): Match | null {
  const t = cx.tok(j);
  if (!t || t.kind !== 'number' || !digitsOnly(t, 4)) return null;
  const y = Number(t.text);
  if (y < 1000 || y > 2199) return null;
  const comma = cx.isText(j + 1, ',');
  const k = comma ? j + 2 : j + 1;
  const mo = cx.ent(k, CLS.month);
  if (!mo) return null;
  const nx = cx.tok(k + 1);
  if (comma && nx && nx.kind !== 'punct') return null;
  return { e: k + 1, v: { g: 'month', y, m: Number(mo.val), rel: false } };
}

/** "seit 2014", "im Jahr 2023", "bis 2030", "in 2023", "Ende 2023". */
export function year(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  let k = j;
  const u = cx.ent(k, CLS.unit);
  const unit = u?.val === 'Y' && !u.pl ? true : false;
  if (u?.val === 'Y') k++;
  const t = cx.tok(k);
  if (t?.kind === 'word' && (ctx.prep || ctx.part || ctx.inRange || unit)) {
    // "in nineteen twenty eight", "from two thousand until two thousand and fourteen": a year in words.
    const w = cx.yearWordsAt(k, ctx.inRange);
    return w && cx.yearFollows(w.e - 1, 'weak') ? { e: w.e, v: { g: 'year', y: w.y, rel: false } } : null;
  }
  if (!t || t.kind !== 'number' || !(digitsOnly(t, 3) || digitsOnly(t, 4))) return null;
  const y = Number(t.text);
  if (unit) {
    if (t.text.length === 3 && !(ctx.prep || ctx.det)) return null;
  } else if (u || t.text.length !== 4 || y < 1000 || y > 2199) return null;
  const strength: 'strong' | 'weak' | null =
    unit || ctx.part || ctx.prep === 'strong'
      ? 'strong'
      : (ctx.prep !== null && ctx.prep !== 'day') || ctx.inRange
        ? 'weak'
        : null;
  if (!strength || !cx.yearFollows(k, strength)) return null;
  return { e: k + 1, v: { g: 'year', y, rel: false } };
}

/** "im Sommer 2023", "seit vergangenem Herbst", "im Frühjahr", "in the summer of 2023", "Winter 2023/24". */
export function season(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  let k = j;
  const rel = cx.ent(k, CLS.rel);
  if (rel) k++;
  const se = cx.ent(k, CLS.season);
  if (!se) return null;
  k++;
  const s = se.val as Season;
  if (rel) {
    const probe: TimeValue = { g: 'season', y: null, s, rel: true };
    return { e: k, v: { g: 'season', y: relativeYear(probe, Number(rel.val), cx.A), s, rel: true } };
  }
  let y = cx.yearAfter(k, false);
  // "Winter 2023/24": the season of the first year.
  const slashYear = y !== null && cx.isText(y.e, '/') && cx.adjacent(y.e) && cx.adjacent(y.e + 1);
  const yy = y ? cx.tok(y.e + 1) : undefined;
  if (y && !y.rel && slashYear && yy !== undefined && digitsOnly(yy, 2)) y = { ...y, e: y.e + 2 };
  if (y) return { e: y.e, v: { g: 'season', y: y.y, s, rel: y.rel } };
  // "the summer" with an article alone, for the words that are no other noun or verb ("the fall of Rome"),
  // not in a name ("the Summer Olympics") nor before an "of" we could not read ("the winter of 373", "the
  // summer of love").
  const named = UPPER_START.test(cx.tok(k)?.text ?? '') || cx.ent(k, CLS.of) !== undefined;
  const article = ctx.det && cx.cls(k - 1, 'artseason') !== undefined && !named;
  if (!(ctx.prep || ctx.part || ctx.inRange || article)) return null;
  return { e: k, v: { g: 'season', y: null, s, rel: false } };
}

/** "mid-October", "mid-1990s", "mid-2023": a part word joined by a hyphen. */
export function hyphenPart(cx: TimeCursor, j: number): Match | null {
  const t = cx.tok(j);
  if (!t || !t.hyphenPart) return null;
  const dash = t.text.indexOf('-');
  const rest = t.text.slice(dash + 1);
  const mo = lookupTime(cx.lex, rest, false).find((e) => e.cls === 'month');
  if (mo) {
    const m = Number(mo.val);
    const y = cx.yearAfter(j + 1, false);
    return { e: y ? y.e : j + 1, v: { g: 'month', y: y?.y ?? null, m, rel: y?.rel ?? false } };
  }
  if (/^\d{4}$/.test(rest)) return { e: j + 1, v: { g: 'year', y: Number(rest), rel: false } };
  const p = decadePrefix(cx, rest);
  return p ? { e: j + 1, v: { g: 'decade', p, rel: false } } : null;
}

/** "1990er" / "90er" / "1990s" → "199"; null for anything else. */
function decadePrefix(cx: TimeCursor, s: string): string | null {
  const m = DECADE.exec(s);
  if (!m || !cx.lex.decadeSuffixes.has(m[2]!.toLowerCase())) return null;
  const digits = m[1]!;
  if (!digits.endsWith('0')) return null;
  if (digits.length === 4) return digits.slice(0, 3);
  // Two digits: the 1920s–1990s, or the 2000s and 2010s.
  const n = Number(digits);
  return n >= 20 ? `19${digits[0]}` : `20${digits[0]}`;
}

/** "die 1990er Jahre", "der 90er-Jahre", "die Neunziger", "the 1990s". */
export function decade(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  const t = cx.tok(j);
  if (!t) return null;
  if (t.kind === 'number') return apostropheDecade(cx, j, ctx);
  if (t.kind !== 'word') return null;
  let p = cx.ent(j, CLS.decade)?.val ?? null;
  let unitDone = false;
  // A decade word needs an article or preposition: "Theo Zwanziger" is a name.
  if (p !== null && !(ctx.det || ctx.prep || ctx.part)) return null;
  if (p === null && t.lead === 0 && (ctx.det || ctx.prep || ctx.part)) return centuryDecade(cx, j);
  if (p === null) {
    // A decade in digits starts with one ("1990er", "90er-Jahre").
    if (t.lead === 0) return null;
    const dash = t.text.indexOf('-');
    const head = dash > 0 ? t.text.slice(0, dash) : t.text;
    p = decadePrefix(cx, head);
    if (p === null) return null;
    if (dash > 0) {
      const tail = lookupTime(cx.lex, t.text.slice(dash + 1), false);
      if (!tail.some((e) => e.cls === 'unit' && e.val === 'Y')) return null;
      unitDone = true;
    }
  }
  let k = j + 1;
  if (!unitDone && cx.ent(k, CLS.unit)?.val === 'Y') k++;
  return { e: k, v: { g: 'decade', p, rel: false } };
}

/** The decade digit of a decade word ("seventies" → 7, "tens" → 1), or null. */
function decadeDigit(cx: TimeCursor, word: string): string | null {
  for (const e of lookupTime(cx.lex, word, false)) {
    if (e.cls === 'decade') return e.val.slice(2);
    if (e.cls === 'numdecade') return e.val;
  }
  return null;
}

/**
 * "the nineteen seventies", "the twenty tens", "the twenty-tens": a century word and a decade word; "the two
 * thousand and tens", "the two thousands" (numdecade 0): the century said as thousands.
 */
function centuryDecade(cx: TimeCursor, j: number): Match | null {
  const t = cx.tok(j)!;
  const dash = t.text.indexOf('-');
  if (dash > 0 && t.entries.length === 0) {
    // "twenty-tens": both in one word.
    const c = lookupTime(cx.lex, t.text.slice(0, dash), false).find((e) => e.cls === 'num')?.val;
    const d = c === '19' || c === '20' ? decadeDigit(cx, t.text.slice(dash + 1)) : null;
    return d !== null ? { e: j + 1, v: { g: 'decade', p: `${c}${d}`, rel: false } } : null;
  }
  const c = cx.numWord(j);
  let k = j + 1;
  const next = cx.tok(k);
  // "the two thousands" (not "two thousands of people").
  if (c === 2 && next?.kind === 'word' && decadeDigit(cx, next.text) === '0' && !cx.ent(k + 1, CLS.of)) return { e: k + 1, v: { g: 'decade', p: '200', rel: false } };
  if (c === 2 && cx.numWord(k) === 1000) {
    k++;
    if (cx.ent(k, CLS.to)?.val === 'and') k++;
  } else if (c !== 19 && c !== 20) return null;
  const nx = cx.tok(k);
  const d = nx && nx.kind === 'word' ? decadeDigit(cx, nx.text) : null;
  if (d === null || (c === 2 && k === j + 1)) return null;
  return { e: k + 1, v: { g: 'decade', p: c === 2 ? `20${d}` : `${c}${d}`, rel: false } };
}

/**
 * "the 1970's", "the 90's", "in 70's": a decade with an apostrophe, after an article or preposition, and no
 * noun after it: "the 2010's budget" may be a year's possessive.
 */
function apostropheDecade(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  const t = cx.tok(j)!;
  if (!(ctx.det || ctx.prep) || !(digitsOnly(t, 4) || digitsOnly(t, 2)) || !cx.isText(j + 1, "'") || !cx.adjacent(j + 1)) return null;
  const s = cx.tok(j + 2);
  if (!s || !cx.adjacent(j + 2) || !cx.lex.decadeSuffixes.has(s.text.toLowerCase())) return null;
  const p = decadePrefix(cx, t.text + s.text);
  return p && !countedWordAt(cx, j + 3) ? { e: j + 3, v: { g: 'decade', p, rel: false } } : null;
}

/** "im 19. Jahrhundert", "im dritten Quartal 2024", "the second quarter of 2024". */
export function ordinalUnit(cx: TimeCursor, j: number): Match | null {
  const n = cx.ordinalAt(j);
  if (n === null) return null;
  const u = cx.ent(j + 1, CLS.unit);
  if (!u || u.pl) return null;
  if (u.val === 'C' && n >= 1) return { e: j + 2, v: { g: 'century', p: String(n - 1).padStart(2, '0'), rel: false } };
  if ((u.val === 'Q' && n >= 1 && n <= 4) || (u.val === 'H' && n >= 1 && n <= 2)) {
    const y = cx.yearAfter(j + 2, false);
    const g = u.val === 'Q' ? 'quarter' : 'half';
    return { e: y ? y.e : j + 2, v: { g, y: y?.y ?? null, n, rel: y?.rel ?? false } };
  }
  // "the first week of 2015", "the third week next year": an ISO week, only with its year.
  if (u.val === 'W' && n >= 1) {
    const y = cx.yearAfter(j + 2, false);
    if (y && n <= isoWeek(dayNumber(y.y, 12, 28)).w) return { e: y.e, v: { g: 'week', y: y.y, w: n, rel: y.rel } };
  }
  return null;
}

/**
 * A day without a month after "am"/"vom"/"bis zum" or in a range: "am 15.", "vom 4. bis zum 23.". Where
 * the language writes plain days (setting plain-day): "on 15", "for the 27", "from 4 to 22", and a day
 * word not followed by a word ("on the second!", "for the twenty second").
 */
export function bareDay(cx: TimeCursor, j: number, ctx: Ctx): Match | null {
  if (!(ctx.prep === 'day' || ctx.inRange || (ctx.det && ctx.prep !== null))) return null;
  const t = cx.tok(j);
  if (!t) return null;
  let d: number | null = null;
  let e = j + 1;
  let alone = false;
  if (t.kind === 'ordinal' || t.kind === 'word') {
    const w = cx.lex.plainDay ? cx.dayWordAt(j, false) : null;
    if (w && (w.e > j + 1 || cx.ent(j, CLS.ordword))) {
      d = w.d;
      e = w.e;
      alone = true;
    } else d = cx.ordinalAt(j);
  } else if (t.kind === 'number' && (digitsOnly(t, 1) || digitsOnly(t, 2))) {
    if (cx.lex.plainDay) {
      // A full stop after it ends the sentence ("on 27."): no ordinal dot in these languages.
      d = Number(t.text);
      alone = true;
    } else if (cx.isText(j + 1, '.') && cx.adjacent(j + 1)) {
      d = Number(t.text);
      e = j + 2;
    }
  }
  if (d === null || d < 1 || d > 31) return null;
  if (!alone && cx.ent(j, CLS.ordword)) return null;
  // A word after it that the day would count: "am 15. Spieltag", "on the 15th anniversary"; after a day
  // said as a word or a plain number, no word or number at all ("for the second time", "on 15 counts").
  if (countedWordAt(cx, e)) return null;
  const nx = cx.tok(e);
  // "4/22", "4-2", "15:30", "15%": the number goes on.
  if (alone && nx && cx.adjacent(e) && nx.kind === 'punct' && GOES_ON.has(nx.text) && !(ctx.inRange && cx.ent(e, CLS.to))) return null;
  if (alone && nx && (nx.kind === 'word' || nx.kind === 'number' || cx.isText(e, ':') || cx.isText(e, '%'))) {
    const inRel = ctx.inRange && cx.ent(e, CLS.prep)?.val === 'in' && cx.ent(e + 1, CLS.rel); // "23 in next month"
    if (!(ctx.inRange && cx.ent(e, CLS.to)) && !cx.ent(e, CLS.of) && !cx.ent(e, CLS.rel) && !inRel) return null;
  }
  const v: TimeValue = { g: 'day', y: null, m: null, d, rel: false };
  return alone ? { e, v, plain: true } : { e, v };
}
