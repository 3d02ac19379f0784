/**
 * The time tagger's view of one document's tokens (src/extract/times.ts): each token with its lexicon entries
 * and class bits, and the helpers every rule uses to look at the tokens after a position (bounded by the
 * end of the sentence being tagged). The rules themselves are functions over a TimeCursor, one module per
 * family: explicit.ts (numeric dates, day and month, years, seasons, decades), relative.ts (weekdays,
 * deictic days, relative units, offsets, periods counted from the anchor), grammar.ts (ranges, parts of a
 * period, composition, the pass over a sentence).
 */
import type { LanguageData } from '../../lang/index.js';
import { lowerOf, type Token, type TokenKind } from '../../text/tokenize.js';
import { CLS, lookupTime, timeWord, type TimeEntry, type TimeLexicon } from '../times-lexicon.js';
import { isValidDate, type Anchor, type Tense, type TimeValue } from '../times-calendar.js';

export interface Tk {
  start: number;
  end: number;
  kind: TokenKind;
  text: string;
  entries: readonly TimeEntry[];
  /** The class bits of `entries` (CLS). */
  mask: number;
  /** How many ASCII digits the text starts with. */
  lead: number;
  /** A word whose part before a hyphen is a part word ("mid-October"). */
  hyphenPart: boolean;
  /**
   * Whether an expression can start here: the token has entries, starts with a digit or is a hyphenated
   * part ("mid-2023"). Every rule needs one of these at its first token, so all other tokens are passed over.
   */
  cand: boolean;
}

/** What stands before the expression. */
export interface Ctx {
  /** Value of the preposition right before it (day, strong, weak, in, ago), or null. */
  prep: string | null;
  /** An article before it. */
  det: boolean;
  /** Inside a part-of-period phrase ("Ende 2023"). */
  part: boolean;
  /** An end of a range ("vom 15. bis 19. November"). */
  inRange: boolean;
  /** After a preposition that looks ahead ("ab Freitag", "from Monday"). */
  forward?: boolean;
}

export interface Match {
  /** Index of the token after the match. */
  e: number;
  v: TimeValue;
  /** Takes no article before it (gestern, vor zwei Jahren): "das gestern …" is a relative pronoun. */
  noDet?: boolean;
  /** A day written as a plain number or number word ("on 15"): a range of two such needs a month. */
  plain?: boolean;
}

export const NO_CTX: Ctx = { prep: null, det: false, part: false, inRange: false };
export const RANGE_CTX: Ctx = { prep: 'day', det: false, part: false, inRange: true };

export const UPPER_START = /^\p{Lu}/u;
const ORD_WORD = /^(\d{1,2})(\p{L}+)$/u;

/** Whether the token is made of exactly n digits (n > 0), e.g. /^\d{4}$/. */
export const digitsOnly = (t: Tk, n: number): boolean => t.lead === n && t.text.length === n;

const NO_ENTRIES: readonly TimeEntry[] = [];
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

export function dayOf(y: number | null, mo: number, d: number): TimeValue | null {
  return isValidDate(y, mo, d) ? { g: 'day', y, m: mo, d, rel: false } : null;
}

/** The longer of two matches; the first one on a tie. */
export function longer(best: Match | null, m: Match | null): Match | null {
  return m !== null && (best === null || m.e > best.e) ? m : best;
}

export function interval(a: TimeValue, b: TimeValue): TimeValue {
  return { g: 'interval', a, b, rel: a.rel || b.rel };
}

export class TimeCursor {
  /** The end (exclusive) of the sentence being tagged. */
  hi = 0;
  /** The tense cue of the sentence being tagged. */
  tense: Tense = null;

  constructor(
    readonly toks: readonly Tk[],
    readonly text: string,
    readonly lex: TimeLexicon,
    readonly lang: LanguageData,
    readonly A: Anchor,
  ) {}

  // ---- token helpers -------------------------------------------------------------------------------

  tok(k: number): Tk | undefined {
    return k < this.hi ? this.toks[k] : undefined;
  }

  /** The first entry of class `bit` (a CLS value) of token k. */
  ent(k: number, bit: number): TimeEntry | undefined {
    if (k >= this.hi) return undefined;
    const t = this.toks[k]!;
    if ((t.mask & bit) === 0) return undefined;
    const es = t.entries;
    for (let x = 0; x < es.length; x++) if (es[x]!.bit === bit) return es[x];
    return undefined;
  }

  /** The first entry of a class the engine has no bit for (time-numbers.tsv, weekstart, span) of token k. */
  cls(k: number, cls: string): TimeEntry | undefined {
    const t = this.tok(k);
    return t && t.entries.length > 0 ? t.entries.find((e) => e.cls === cls) : undefined;
  }

  isText(k: number, s: string): boolean {
    return this.tok(k)?.text === s;
  }

  /** Whether token k directly follows token k-1 (no space between). */
  adjacent(k: number): boolean {
    const t = this.tok(k);
    const p = this.toks[k - 1];
    return t !== undefined && p !== undefined && p.end === t.start;
  }

  /** A plain number token of at most `maxDigits` digits. */
  int(k: number, maxDigits: number): number | null {
    const t = this.tok(k);
    if (!t || t.kind !== 'number' || t.lead === 0 || t.lead !== t.text.length || t.text.length > maxDigits) return null;
    return Number(t.text);
  }

  /** A count of units: digits or a number word ("zwei", "two", "a"). */
  countAt(k: number): number | null {
    const n = this.int(k, 3);
    if (n !== null) return n > 0 ? n : null;
    const c = this.ent(k, CLS.count);
    return c ? Number(c.val) : null;
  }

  /** A day written as an ordinal: "14.", "zweiten", "14th", "second". */
  ordinalAt(k: number): number | null {
    const t = this.tok(k);
    if (!t) return null;
    if (t.kind === 'ordinal' && (t.lead === 1 || t.lead === 2) && t.text.length === t.lead + 1 && t.text.charCodeAt(t.lead) === 46) {
      return parseInt(t.text, 10);
    }
    const w = this.ent(k, CLS.ordword);
    if (w) return Number(w.val);
    if (t.kind === 'word' && (t.lead === 1 || t.lead === 2)) {
      const m = ORD_WORD.exec(t.text);
      if (m && this.lex.daySuffixes.has(m[2]!.toLowerCase())) return Number(m[1]);
    }
    return null;
  }

  /** A day of the month before a month name: an ordinal or a plain number ("14. Oktober", "14 October"). */
  dayAt(k: number): { d: number; e: number } | null {
    const w = this.tensDay(k);
    if (w) return w;
    let d = this.ordinalAt(k);
    if (d === null) d = this.int(k, 2);
    return d !== null && d >= 1 && d <= 31 ? { d, e: k + 1 } : null;
  }

  /** A month name that is case-sensitive ("may", "march") written small: only a month where a rule says so. */
  csMonth(k: number): TimeEntry | undefined {
    const t = this.tok(k);
    if (!t || t.kind !== 'word' || (t.mask & CLS.month) !== 0 || !this.lex.smallMonths.has(t.text)) return undefined;
    return lookupTime(this.lex, t.text, true).find((e) => e.cls === 'month');
  }

  /** A day said in two number words, tens and units: "twenty second", "twenty one", "thirty first". */
  tensDay(k: number): { d: number; e: number } | null {
    const tens = this.ent(k, CLS.count);
    if (!tens || (tens.val !== '20' && tens.val !== '30') || this.adjacent(k + 1)) return null;
    const unit = this.ent(k + 1, CLS.ordword) ?? this.ent(k + 1, CLS.count);
    const n = unit ? Number(unit.val) : 0;
    const d = Number(tens.val) + n;
    return n >= 1 && n <= 9 && d <= 31 ? { d, e: k + 2 } : null;
  }

  /**
   * A day written as a word or ordinal after a weekday or "the": "the 14th", "the second", "the twenty
   * second", and with `cardinal` a number word too ("Friday the fifteen").
   */
  dayWordAt(k: number, cardinal: boolean): { d: number; e: number } | null {
    const w = this.tensDay(k);
    if (w) return w;
    let d = this.ordinalAt(k);
    if (d === null && cardinal) {
      const c = this.ent(k, CLS.count);
      if (c) d = Number(c.val);
    }
    return d !== null && d >= 1 && d <= 31 ? { d, e: k + 1 } : null;
  }

  /**
   * Whether the number at k can be a year given what follows: never before a unit or an amount word
   * ("2000 Prozent", "seit 1000 Jahren"); after a weak trigger also not before a counted noun.
   */
  yearFollows(k: number, strength: 'strong' | 'weak'): boolean {
    const nx = this.tok(k + 1);
    if (!nx) return true;
    if ((nx.mask & (CLS.notyear | CLS.unit)) !== 0) return false;
    if (strength === 'strong' || nx.kind !== 'word' || nx.entries.length > 0) return true;
    if (this.lex.nounsCapitalized) return !UPPER_START.test(nx.text);
    return UPPER_START.test(nx.text) || this.lang.stopwords.has(nx.text.toLowerCase());
  }

  /**
   * A year attached to a day, month or season: "2024", ", 2024" (English after a day), "of 2023",
   * "vergangenen Jahres", "des Jahres 2023", "last year".
   */
  yearAfter(k: number, allowComma: boolean): { y: number; e: number; rel: boolean } | null {
    let kk = k;
    const comma = allowComma && this.lex.monthDay && this.isText(kk, ',');
    if (comma) kk++;
    if (this.ent(kk, CLS.of)) kk++;
    const t = this.tok(kk);
    if (t && t.kind === 'number' && digitsOnly(t, 4)) {
      const y = Number(t.text);
      // After a comma a counted noun makes it an amount: "In October, 2000 soldiers …".
      if (y >= 1000 && y <= 2199 && this.yearFollows(kk, comma ? 'weak' : 'strong')) return { y, e: kk + 1, rel: false };
      return null;
    }
    // "September 10, nineteen zero one", "Feb two thousand and eighteen": a year said in words.
    const w = this.yearWordsAt(kk, true);
    if (w && this.yearFollows(w.e - 1, 'weak')) return { y: w.y, e: w.e, rel: false };
    let r = kk;
    if (this.ent(r, CLS.det)) r++;
    const rel = this.ent(r, CLS.rel);
    const u = this.ent(r + (rel ? 1 : 0), CLS.unit);
    if (rel && u?.val === 'Y' && !u.pl) return { y: this.A.y + Number(rel.val), e: r + 2, rel: true };
    // "des Vorjahres"
    const ru = r > kk ? this.ent(r, CLS.relunit) : undefined;
    if (ru?.val.startsWith('Y:')) return { y: this.A.y + Number(ru.val.slice(2)), e: r + 1, rel: true };
    if (!rel && u?.val === 'Y' && r > kk) {
      const n = this.tok(r + 1);
      if (n && n.kind === 'number' && digitsOnly(n, 4)) return { y: Number(n.text), e: r + 2, rel: false };
    }
    return null;
  }

  /** The value of a number word (class num: 0–99, 100, 1000); "seventy-eight" is read as its two parts. */
  numWord(k: number): number | null {
    const t = this.tok(k);
    if (!t || t.kind !== 'word') return null;
    const own = numOf(t.entries);
    if (own !== null || t.entries.length > 0) return own;
    const dash = t.text.indexOf('-');
    if (dash <= 0) return null;
    const a = numOf(lookupTime(this.lex, t.text.slice(0, dash), false));
    const b = numOf(lookupTime(this.lex, t.text.slice(dash + 1), false));
    return a !== null && b !== null && a >= 20 && a < 100 && a % 10 === 0 && b >= 1 && b <= 9 ? a + b : null;
  }

  /** A number 1–99 in words: "fourteen", "seventy eight", "seventy-eight". */
  under100(k: number): { n: number; e: number } | null {
    const a = this.numWord(k);
    if (a === null || a < 1 || a > 99) return null;
    if (a >= 20 && a % 10 === 0) {
      const b = this.numWord(k + 1);
      if (b !== null && b >= 1 && b <= 9) return { n: a + b, e: k + 2 };
    }
    return { n: a, e: k + 1 };
  }

  /**
   * A year said in words (1000–2199): "nineteen seventy eight", "nineteen oh one", "nineteen hundred",
   * "two thousand and eighteen", "one thousand seven hundred and eighty nine"; a round "two thousand" only
   * with `round` (after a date, where it cannot be an amount).
   */
  yearWordsAt(k: number, round: boolean): { y: number; e: number } | null {
    const a = this.under100(k);
    if (!a) return null;
    let y: number;
    let e: number;
    if (this.numWord(a.e) === 1000 && a.n <= 2) {
      y = a.n * 1000;
      e = a.e + 1;
      const h = this.under100(e);
      if (h && h.n <= 9 && this.numWord(h.e) === 100) {
        y += h.n * 100;
        e = h.e + 1;
      }
      const r = this.under100(this.isText(e, 'and') ? e + 1 : e);
      if (r) {
        y += r.n;
        e = r.e;
      } else if (!round || a.n !== 2 || e !== a.e + 1) return null;
    } else {
      // A century and the rest: "nineteen" + "seventy eight" / "oh one" / "hundred".
      if (a.e !== k + 1 || a.n < 10 || a.n > 21) return null;
      y = a.n * 100;
      const nx = this.numWord(a.e);
      if (nx === 0) {
        const d = this.numWord(a.e + 1);
        if (d === null || d < 1 || d > 9) return null;
        y += d;
        e = a.e + 2;
      } else if (nx === 100) {
        e = a.e + 1;
        const r = this.isText(e, 'and') ? this.under100(e + 1) : null;
        if (r) {
          y += r.n;
          e = r.e;
        }
      } else {
        const r = this.under100(a.e);
        if (!r || r.n < 10) return null;
        y += r.n;
        e = r.e;
      }
    }
    // Not a part of a larger number ("one thousand and five hundred").
    const more = this.numWord(e);
    return y >= 1000 && y <= 2199 && !(more !== null && more >= 100) ? { y, e } : null;
  }

  /** The token index whose end is `end`, at or after j, or -1. */
  tokenEndingAt(j: number, end: number): number {
    for (let k = j; k < this.hi; k++) {
      const t = this.toks[k]!;
      if (t.end === end) return k;
      if (t.end > end) return -1;
    }
    return -1;
  }
}

/** The value of the first entry of class num, or null. */
function numOf(entries: readonly TimeEntry[]): number | null {
  for (const e of entries) if (e.cls === 'num') return Number(e.val);
  return null;
}

/** Classes only read after an expression's first token ("the rest of my week"): alone they start none. */
const FOLLOWERS = new Set(['poss', 'than', 'artseason']);

function startsAny(entries: readonly TimeEntry[]): boolean {
  for (let x = 0; x < entries.length; x++) if (!FOLLOWERS.has(entries[x]!.cls)) return true;
  return false;
}

/** One token as the tagger sees it; `sentenceStart`: the token opens its sentence. */
export function tkOf(text: string, t: Token, sentenceStart: boolean, lex: TimeLexicon): Tk {
  const w = text.slice(t.start, t.end);
  let lead = 0;
  while (lead < w.length && isDigit(w.charCodeAt(lead))) lead++;
  let entries: readonly TimeEntry[] = NO_ENTRIES;
  let mask = 0;
  let hyphenPart = false;
  let known = false;
  let hyphenNum = false;
  if (t.kind !== 'number' && t.kind !== 'date' && t.kind !== 'ordinal') {
    // Most words are no time word: the token's shared lower-case form rules them out with one look-up in a small set.
    known = lex.forms.has(lowerOf(text, t));
    if (known) {
      const tw = timeWord(lex, w, sentenceStart);
      entries = tw.entries;
      mask = tw.mask;
    }
    if (t.kind === 'word') {
      const dash = w.indexOf('-');
      const head = dash > 0 ? timeWord(lex, w.slice(0, dash), false) : null;
      if (head) hyphenPart = (head.mask & CLS.part) !== 0;
      // "twenty-tens": a number word and a decade in one word.
      if (head && entries.length === 0) hyphenNum = head.entries.some((e) => e.cls === 'num');
    }
  }
  // A word ending in a digit may be a month and day written together ("Oct-2", "april22").
  const cand =
    startsAny(entries) ||
    lead > 0 ||
    hyphenPart ||
    hyphenNum ||
    (t.kind === 'word' && (isDigit(w.charCodeAt(w.length - 1)) || (known && (lex.smallMonths.has(w) || lex.smallWeekdays.has(w)))));
  return { start: t.start, end: t.end, kind: t.kind, text: w, entries, mask, lead, hyphenPart, cand };
}
