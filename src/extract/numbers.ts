import { lowerOf, type Token } from '../text/tokenize.js';
import type { NumberRole, QuantityLexicon } from './quantity-lexicon.js';

/** A number expression over tokens [first, last]: "600.000", "2,3 Milliarden", "zweihundertfünfzig", "two thirds". */
export interface NumberExpr {
  first: number;
  last: number;
  start: number;
  end: number;
  value: number;
  /** Whether a scale word or suffix multiplied it ("5 Millionen", "$5m"). */
  scaled: boolean;
  /** Written in digits (possibly with a scale), rather than in words. */
  digits: boolean;
  /** Plain integer digits without separators, e.g. a year candidate "2014". */
  plainInteger: boolean;
  /** The scale factor applied (1 when none): "300 Milliarden" → 1e9. */
  scale: number;
}

// Null-prototype tables: a word such as "constructor" or "toString" must not find Object.prototype's members.
const VULGAR: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5,
  '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8,
});

const GERMAN_ARTICLES = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eines']);
/** English ordinal units, only as the last part of a compound denominator ("twenty-first" = 1/21). */
const ORDINAL_UNITS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
});

/**
 * Reads digits the way the language writes them: German 600.000 and 1,5; English 600,000 and 1.5.
 * A single group of three after the separator is a thousands group in the language's own style
 * (de "4.800" = 4800, en "4,800" = 4800) and a decimal in the other (de "4,800" = 4.8).
 */
export function parseDigits(s: string, decimalComma: boolean): number | null {
  let m: RegExpExecArray | null;
  if (/^\d+$/.test(s)) return Number(s);
  // Indian grouping (lakh, crore): "12,34,567.89".
  if (!decimalComma && (m = /^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$/.exec(s))) return Number(s.replace(/,/g, ''));
  if ((m = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d+))?$/.exec(s))) {
    const multi = (m[1]!.match(/\./g) ?? []).length > 1;
    if (decimalComma || multi || m[2] !== undefined) return Number(m[1]!.replace(/\./g, '') + (m[2] ? '.' + m[2] : ''));
    return Number(s);
  }
  if ((m = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d+))?$/.exec(s))) {
    const multi = (m[1]!.match(/,/g) ?? []).length > 1;
    if (!decimalComma || multi || m[2] !== undefined) return Number(m[1]!.replace(/,/g, '') + (m[2] ? '.' + m[2] : ''));
    return Number(s.replace(',', '.'));
  }
  if (/^\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^\d+\.\d+$/.test(s)) return Number(s);
  return null;
}

const SCALE_SUFFIX = /^(\d+(?:[.,]\d+)*)(k|m|mn|mm|mil|bn|b|tn|mio|mrd)\.?$/i;

interface Item {
  role: NumberRole | 'digits' | 'compound';
  value: number;
  scaled?: boolean;
  plain?: boolean;
}

/** German number words written as one word: "zweihundertfünfzig", "einhunderteinunddreißig", "dreiviertel". */
export function parseGermanNumberWord(word: string, lex: QuantityLexicon): number | null {
  const w = word.toLowerCase().replace(/ue/g, 'ü').replace(/ss/g, 'ß');
  const direct = lex.numbers.get(w);
  if (direct && ['unit', 'teen', 'tens', 'hundred', 'thousand', 'zero', 'special'].includes(direct.role)) return direct.value;
  const frac = /^(.+?)(einhalb|viertel|drittel)$/.exec(w);
  if (frac) {
    const whole = below1e6(frac[1]!, lex);
    if (whole === null) return null;
    return frac[2] === 'einhalb' ? whole + 0.5 : whole * lex.numbers.get(frac[2]!)!.value;
  }
  return below1e6(w, lex);
}

function below1e6(w: string, lex: QuantityLexicon): number | null {
  const i = w.indexOf('tausend');
  if (i < 0) return below1000(w, lex);
  const left = i === 0 ? 1 : below1000(w.slice(0, i), lex);
  const rest = w.slice(i + 7);
  const right = rest === '' ? 0 : below1000(rest, lex);
  return left === null || right === null ? null : left * 1000 + right;
}

function below1000(w: string, lex: QuantityLexicon): number | null {
  const i = w.indexOf('hundert');
  if (i < 0) return below100(w, lex);
  const left = i === 0 ? 1 : below100(w.slice(0, i), lex);
  if (left === null || left > 9) return null;
  const rest = w.slice(i + 7);
  const right = rest === '' ? 0 : below100(rest, lex);
  return right === null ? null : left * 100 + right;
}

function below100(w: string, lex: QuantityLexicon): number | null {
  if (w === 'ein' || w === 'eins') return 1;
  const n = lex.numbers.get(w);
  if (n && (n.role === 'unit' || n.role === 'teen' || n.role === 'tens' || n.role === 'zero') && !GERMAN_ARTICLES.has(w)) return n.value;
  const m = /^(.+?)und(.+)$/.exec(w);
  if (!m) return null;
  const unit = m[1] === 'ein' ? 1 : lex.numbers.get(m[1]!)?.role === 'unit' ? lex.numbers.get(m[1]!)!.value : null;
  const tens = lex.numbers.get(m[2]!);
  if (unit === null || !tens || tens.role !== 'tens') return null;
  return unit + tens.value;
}

function classify(text: string, t: Token, lex: QuantityLexicon): Item | null {
  const s = text.slice(t.start, t.end);
  if (t.kind === 'number') {
    if (s.includes(':')) return null;
    const v = parseDigits(s, lex.decimalComma);
    return v === null ? null : { role: 'digits', value: v, plain: /^\d+$/.test(s) };
  }
  if (t.kind === 'symbol' || t.kind === 'punct') {
    const v = VULGAR[s];
    return v === undefined ? null : { role: 'compound', value: v };
  }
  if (t.kind !== 'word' && t.kind !== 'abbrev') return null;
  const lower = s.toLowerCase();
  const m = SCALE_SUFFIX.exec(s);
  if (m) {
    const base = parseDigits(m[1]!, lex.decimalComma);
    const scale = lex.numbers.get(m[2]!.toLowerCase()) ?? (lex.lang === 'de' ? undefined : undefined);
    const factor = scale?.role === 'scale' ? scale.value : { k: 1e3, m: 1e6, mn: 1e6, mm: 1e6, mil: 1e6, bn: 1e9, b: 1e9, tn: 1e12, mio: 1e6, mrd: 1e9 }[m[2]!.toLowerCase()];
    if (base === null || factor === undefined) return null;
    return { role: 'digits', value: base * factor, scaled: true };
  }
  if (VULGAR[s] !== undefined) return { role: 'compound', value: VULGAR[s]! };
  // "3½": digits with a vulgar fraction glued to them.
  const mixed = /^(\d+)(.)$/u.exec(s);
  if (mixed && VULGAR[mixed[2]!] !== undefined) return { role: 'digits', value: Number(mixed[1]) + VULGAR[mixed[2]!]! };
  if (/^\d/.test(s)) {
    const exp = /^(\d+(?:\.\d+)?)e(\d+)$/i.exec(s);
    if (exp) return { role: 'digits', value: Number(exp[1]) * 10 ** Number(exp[2]) };
    const frac = /^(\d+)\/(\d+)$/.exec(s);
    return frac && Number(frac[2]) > 0 ? { role: 'compound', value: Number(frac[1]) / Number(frac[2]) } : null;
  }
  const n = lex.numbers.get(lower);
  if (n) return { role: n.role, value: n.value };
  if (lex.lang === 'de') {
    const v = parseGermanNumberWord(lower, lex);
    if (v !== null) return { role: 'compound', value: v };
  } else if (lower.includes('-')) {
    // "twenty-one"; "twenty-first" / "twenty-fifths" as a denominator (1/21, 1/25).
    const parts = lower.split('-');
    let total = 0;
    for (let p = 0; p < parts.length; p++) {
      const w = parts[p]!;
      const n2 = lex.numbers.get(w);
      if (n2 && (n2.role === 'unit' || n2.role === 'tens' || n2.role === 'teen')) {
        total += n2.value;
        continue;
      }
      if (p === parts.length - 1 && p > 0) {
        const ord = ORDINAL_UNITS[w.replace(/s$/, '')] ?? (n2?.role === 'fraction' ? Math.round(1 / n2.value) : undefined);
        // After tens the whole word is one denominator ("twenty-first" = 1/21); after a unit the first
        // part is the numerator ("one-eighth" = 1/8, "three-quarters").
        if (ord !== undefined && total >= 20 && total % 10 === 0 && ord < 10) return { role: 'fraction', value: 1 / (total + ord) };
        if (ord !== undefined && total > 0 && total < 20 && n2?.role === 'fraction') return { role: 'compound', value: total * n2.value };
      }
      return null;
    }
    return { role: 'compound', value: total };
  }
  return null;
}

const NUMERIC: ReadonlySet<string> = new Set(['digits', 'compound', 'unit', 'teen', 'tens', 'zero', 'special', 'hundred', 'thousand']);

function round(v: number): number {
  return Number(v.toPrecision(12));
}

/**
 * Reads the longest number expression starting at token `i`, or null. Tokens must follow each other
 * on one line. German articles (ein, eine …) and English "a"/"an" count only with a scale, a dozen or
 * a fraction ("eine Million", "ein Dutzend", "a half"), never alone.
 */
export function readNumber(text: string, tokens: readonly Token[], i: number, lex: QuantityLexicon): NumberExpr | null {
  if (i < 0 || i >= tokens.length) return null;
  let total = 0;
  let pending = 0;
  let current: number | null = null;
  let last: Item['role'] | null = null;
  let lastScale = Infinity;
  let scaled = false;
  let digits = false;
  let plainInteger = false;
  let numericSeen = false;
  let articleOnly = true;
  let end = -1;
  // "one million and a half": the fraction is of the scale (1.5 million).
  let fractionOfScale = 1;
  let snapshot = { total: 0, pending: 0, current: null as number | null, scaled: false, fractionOfScale: 1 };
  const commit = (k: number) => {
    end = k;
    snapshot = { total, pending, current, scaled, fractionOfScale };
  };

  // A sign: "minus 5", "negative one", or "-1" written against the digits.
  const first = tokens[i]!;
  const firstText = text.slice(first.start, first.end);
  if (lex.numbers.get(firstText.toLowerCase())?.role === 'sign' || (isMinus(firstText) && signsDigits(text, tokens, i))) {
    const rest = tokens[i + 1] && gapOk(text, tokens, i + 1) ? readNumber(text, tokens, i + 1, lex) : null;
    if (!rest || rest.value === 0) return null;
    return { ...rest, first: i, start: first.start, value: -rest.value, plainInteger: false };
  }
  // ".08": a decimal with no leading zero.
  if (firstText === '.' && tokens[i + 1]?.kind === 'number' && tokens[i + 1]!.start === first.end && (i === 0 || tokens[i - 1]!.end < first.start)) {
    const digitsText = text.slice(tokens[i + 1]!.start, tokens[i + 1]!.end);
    if (/^\d+$/.test(digitsText)) {
      return { first: i, last: i + 1, start: first.start, end: tokens[i + 1]!.end, value: Number('0.' + digitsText), scaled: false, digits: true, plainInteger: false, scale: 1 };
    }
  }
  // Scientific notation: "12.32e+14", "-12e-1", "1.3x10^6".
  const sci = scientific(text, tokens, i);
  if (sci) return sci;
  // "3/4" written with a slash, and a whole number before it: "2 1/4".
  const fraction = digitFraction(text, tokens, i);
  if (fraction) {
    return { first: i, last: fraction.last, start: first.start, end: tokens[fraction.last]!.end, value: round(fraction.value), scaled: false, digits: true, plainInteger: false, scale: 1 };
  }
  // "one" after a determiner is a pronoun: "which one", "that one".
  if (lex.pronounOneAfter.size > 0 && firstText.toLowerCase() === 'one' && i > 0 && lex.pronounOneAfter.has(text.slice(tokens[i - 1]!.start, tokens[i - 1]!.end).toLowerCase())) {
    return null;
  }

  // Digits grouped by spaces ("1 234 567", "12 500 EUR") are read as one number first.
  const grouped = spaceGrouped(text, tokens, i, lex);
  if (grouped) {
    current = grouped.value;
    last = 'digits';
    digits = true;
    numericSeen = true;
    articleOnly = false;
    commit(grouped.last);
  }

  for (let k = grouped ? grouped.last + 1 : i; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (k > i) {
      const gap = text.slice(tokens[k - 1]!.end, t.start);
      if (gap.includes('\n') || gap.length > 2) break;
    }
    let c = classify(text, t, lex);
    // A phrase of two words between two numbers that makes a fraction: "two out of five".
    if (!c && last !== null && tokens[k + 1] && gapOk(text, tokens, k + 1)) {
      const pair = lex.numbers.get(`${lowerOf(text, t)} ${lowerOf(text, tokens[k + 1]!)}`);
      if (pair?.role === 'over') {
        c = { role: 'over', value: pair.value };
        k++;
      }
    }
    // "fifty - two", "five - eighths": a spaced hyphen between number words.
    if (!c && last !== null && last !== 'digits' && isMinus(text.slice(t.start, t.end)) && tokens[k + 1]) {
      const next = classify(text, tokens[k + 1]!, lex);
      if (next && (next.role === 'unit' || next.role === 'fraction') && (last === 'tens' || next.role === 'fraction')) continue;
    }
    if (!c) break;
    const word = text.slice(t.start, t.end).toLowerCase();
    const isArticle = c.role === 'article' || (lex.lang === 'de' && c.role === 'unit' && GERMAN_ARTICLES.has(word));
    if (c.role === 'digits') {
      if (last === 'joiner' || last === null) {
        current = (current ?? 0) + c.value;
      } else if ((last === 'scale' || last === 'thousand') && c.value < lastScale && c.plain) {
        // "4 thousand 3 hundred and 21"
        current = c.value;
      } else break;
      digits = true;
      plainInteger = k === i && c.plain === true;
      if (c.scaled) scaled = true;
    } else if (c.role === 'compound' || c.role === 'unit' || c.role === 'teen' || c.role === 'tens' || c.role === 'zero' || c.role === 'special') {
      if (last === null || last === 'joiner' || last === 'scale' || last === 'thousand') current = (current ?? 0) + c.value;
      // "3 ½": a vulgar fraction after a whole number adds to it.
      else if (c.value < 1 && VULGAR[text.slice(t.start, t.end)] !== undefined && current !== null && Number.isInteger(current) && last !== 'hundred') current += c.value;
      else if (last === 'hundred' && current !== null && c.role !== 'special') current += c.value;
      else if (last === 'tens' && c.role === 'unit' && lex.lang !== 'de') current = (current ?? 0) + c.value;
      else break;
    } else if (c.role === 'hundred') {
      if (last !== null && last !== 'unit' && last !== 'teen' && last !== 'tens' && last !== 'compound' && last !== 'digits' && last !== 'article') break;
      current = (current ?? 1) * 100;
    } else if (c.role === 'thousand' || c.role === 'scale') {
      // "three lakh crore", "two thousand million": a larger scale right after a scale multiplies it.
      if (current === null && (last === 'scale' || last === 'thousand') && c.role === 'scale' && pending === 0 && c.value > lastScale) {
        total *= c.value;
        lastScale = c.value;
        commit(k);
        continue;
      }
      if (current === null && last !== 'article') break;
      if (c.value >= lastScale) break;
      total += (pending + (current ?? 1)) * c.value;
      pending = 0;
      current = null;
      lastScale = c.value;
      scaled = true;
    } else if (c.role === 'dozen') {
      if (current === null) break;
      current *= c.value;
    } else if (c.role === 'half') {
      if (current !== null) current *= c.value;
      else if (last === null && lex.lang !== 'de') current = c.value;
      else break;
    } else if (c.role === 'fraction') {
      if (current === null && last === null && lex.lang !== 'de' && c.value === 0.25) current = c.value;
      else if (current === null && last === 'scale' && total > 0 && lex.lang !== 'de') {
        // "a hundred thousand trillionths"
        total *= c.value;
        scaled = false;
      } else if (current === null || last === 'digits') break;
      else current *= c.value;
    } else if (c.role === 'of') {
      // "two thirds of a million", "a quarter of a million": a fraction of a scale.
      const article = tokens[k + 1] && gapOk(text, tokens, k + 1) ? classify(text, tokens[k + 1]!, lex) : null;
      const scale = tokens[k + 2] && gapOk(text, tokens, k + 2) ? classify(text, tokens[k + 2]!, lex) : null;
      if (last !== 'fraction' || current === null || total !== 0 || pending !== 0 || article?.role !== 'article' || (scale?.role !== 'scale' && scale?.role !== 'thousand')) break;
      current *= scale.value;
      scaled = true;
      lastScale = scale.value;
      k += 2;
      last = 'scale';
      commit(k);
      continue;
    } else if (c.role === 'article') {
      if (last !== null && last !== 'joiner' && last !== 'half') break;
      if (last === 'half') {
        // "half a million": the article adds nothing
      } else current = (current ?? 0) + 1;
    } else if (c.role === 'joiner') {
      if (last === null || current === null && last !== 'scale') break;
      const next = tokens[k + 1] ? classify(text, tokens[k + 1]!, lex) : null;
      const after = tokens[k + 2] ? classify(text, tokens[k + 2]!, lex) : null;
      const fractionFollows = (next && (next.role === 'article' || NUMERIC.has(next.role)) && after && (after.role === 'fraction' || after.role === 'half')) || next?.role === 'half';
      // "three hundred and twenty", not "3 hundred and 2 hundred" or "4 thousand 3 hundred and 0" (two numbers).
      const anotherGroup = next?.value === 0 || (last === 'hundred' && after?.role === 'hundred') || ((after?.role === 'thousand' || after?.role === 'scale') && after.value >= lastScale);
      const britishAnd = lex.lang === 'en' && (last === 'hundred' || last === 'scale') && next !== null && (NUMERIC.has(next.role) || next.role === 'article') && !anotherGroup;
      if (!fractionFollows && !britishAnd) break;
      if (last === 'scale' && fractionFollows && lastScale !== Infinity) fractionOfScale = lastScale;
      pending += current ?? 0;
      current = null;
    } else if (c.role === 'over') {
      // "one over three", "1 over 20": a fraction.
      // Only a small or worded numerator: "$2000 over 3 years" is no fraction.
      // A share ("two out of five", "one in three"; value 1 in numbers.tsv) takes any part no larger than its
      // whole ("12 out of 10" is none), and no year as the whole ("3 in 2020").
      const share = c.value === 1;
      if ((current === null && total === 0) || (!share && digits && (current ?? total) >= 10)) break;
      const den = tokens[k + 1] && gapOk(text, tokens, k + 1) ? readNumber(text, tokens, k + 1, lex) : null;
      if (!den || den.value === 0) break;
      if (share && (total + pending + (current ?? 0) > den.value || (den.plainInteger && den.value >= 1000))) break;
      current = (total + pending + (current ?? 0)) / den.value;
      total = 0;
      pending = 0;
      k = den.last;
      last = 'digits';
      commit(k);
      break;
    } else if (c.role === 'decimal') {
      if (current === null) break;
      let frac = '';
      let k2 = k + 1;
      for (; k2 < tokens.length; k2++) {
        const d = classify(text, tokens[k2]!, lex);
        if (!d || (d.role !== 'unit' && d.role !== 'zero' && d.role !== 'teen' && d.role !== 'tens' && d.role !== 'digits' && d.role !== 'compound')) break;
        frac += String(d.value);
      }
      if (frac === '') break;
      current += Number('0.' + frac);
      last = 'digits';
      numericSeen = true;
      articleOnly = false;
      k = k2 - 1;
      commit(k);
      continue;
    } else break;

    if (NUMERIC.has(c.role) && !isArticle) numericSeen = true;
    if (!isArticle && c.role !== 'joiner') articleOnly = false;
    last = isArticle && c.role === 'unit' ? 'article' : c.role;
    if (c.role !== 'joiner' && c.role !== 'article' && !(isArticle && c.role === 'unit')) commit(k);
    else if (isArticle && (c.role === 'unit' || c.role === 'article')) {
      // An article alone is no number: commit only once something numeric follows.
    }
  }
  if (end < 0) return null;
  if (articleOnly && !snapshot.scaled) return null;
  const value = snapshot.total + snapshot.pending + (snapshot.current ?? 0) * snapshot.fractionOfScale;
  if (!numericSeen && !snapshot.scaled && value === 0) return null;
  return {
    first: i,
    last: end,
    start: tokens[i]!.start,
    end: tokens[end]!.end,
    value: round(value),
    scaled: snapshot.scaled,
    digits,
    plainInteger: plainInteger && end === i,
    scale: snapshot.scaled && lastScale !== Infinity ? lastScale : 1,
  };
}

/** "1 234 567" or "40 000,5": a 1–3 digit group followed by groups of exactly three digits, one space apart. */
function spaceGrouped(text: string, tokens: readonly Token[], i: number, lex: QuantityLexicon): { value: number; last: number } | null {
  const first = tokens[i]!;
  if (first.kind !== 'number' || !/^\d{1,3}$/.test(text.slice(first.start, first.end))) return null;
  let digits = text.slice(first.start, first.end);
  let k = i;
  let decimals = '';
  while (k + 1 < tokens.length) {
    const next = tokens[k + 1]!;
    if (next.kind !== 'number' || next.start !== tokens[k]!.end + 1 || text[tokens[k]!.end] !== ' ') break;
    const m = (lex.decimalComma ? /^(\d{3})(?:,(\d+))?$/ : /^(\d{3})(?:\.(\d+))?$/).exec(text.slice(next.start, next.end));
    if (!m) break;
    digits += m[1];
    k++;
    if (m[2] !== undefined) {
      decimals = m[2];
      break;
    }
  }
  if (k === i) return null;
  return { value: Number(digits + (decimals ? '.' + decimals : '')), last: k };
}

/** Every number expression in a token sequence, left to right, not overlapping. */
export function findNumbers(text: string, tokens: readonly Token[], lex: QuantityLexicon): NumberExpr[] {
  const out: NumberExpr[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!mayStartNumber(text, tokens[i]!, lex)) continue;
    const e = readNumber(text, tokens, i, lex);
    if (e) {
      out.push(e);
      i = e.last;
    }
  }
  return out;
}

function isMinus(s: string): boolean {
  return s === '-' || s === '−' || s === '–';
}

function gapOk(text: string, tokens: readonly Token[], k: number): boolean {
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  return !gap.includes('\n') && gap.length <= 2;
}

/** A minus sign written against digits ("-1", "- 1"), not a dash between two numbers (a range) or words. */
function signsDigits(text: string, tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'number' || next.start - tokens[i]!.end > 1) return false;
  const prev = tokens[i - 1];
  return prev === undefined || (prev.kind !== 'number' && prev.kind !== 'word' && prev.kind !== 'abbrev');
}

const SCIENTIFIC = /^([-−]?\d+(?:\.\d+)?)(?:[eE]([+-]?\d+)|[x×]10\^([+-]?\d+)|\^([+-]{0,2}\d+))(?![\p{L}\p{N}.,^])/u;

/** A number in scientific notation over glued tokens, not after a letter or digit ("5-1e3" is no sign). */
function scientific(text: string, tokens: readonly Token[], i: number): NumberExpr | null {
  const t = tokens[i]!;
  const m = SCIENTIFIC.exec(text.slice(t.start, t.start + 40));
  if (!m) return null;
  if (/^[-−]/.test(m[1]!) && t.start > 0 && /[\p{L}\p{N}]/u.test(text[t.start - 1]!)) return null;
  const end = t.start + m[0].length;
  let last = i;
  while (tokens[last] && tokens[last]!.end < end) last++;
  if (!tokens[last] || tokens[last]!.end !== end) return null;
  for (let k = i + 1; k <= last; k++) if (tokens[k]!.start !== tokens[k - 1]!.end) return null;
  const base = Number(m[1]!.replace('−', '-'));
  // "10^5", "2.5^-1": a power; the sign before the base stays outside it ("-2^2" = -4), a doubled sign cancels.
  const value = m[4] !== undefined ? Math.sign(base) * Math.abs(base) ** Number(m[4].replace('--', '').replace('+-', '-').replace('-+', '-')) : base * 10 ** Number(m[2] ?? m[3]);
  if (!Number.isFinite(value)) return null;
  return { first: i, last, start: t.start, end, value: Number(value.toPrecision(15)), scaled: false, digits: true, plainInteger: false, scale: 1 };
}

/** "3/4" and "2 1/4" from separate tokens. */
function digitFraction(text: string, tokens: readonly Token[], i: number): { value: number; last: number } | null {
  const read = (k: number): { value: number; last: number } | null => {
    const a = tokens[k];
    const slash = tokens[k + 1];
    const b = tokens[k + 2];
    if (!a || !slash || !b || a.kind !== 'number' || b.kind !== 'number') return null;
    if (text.slice(slash.start, slash.end) !== '/' || slash.start !== a.end || b.start !== slash.end) return null;
    const num = text.slice(a.start, a.end);
    const den = text.slice(b.start, b.end);
    if (!/^\d{1,3}$/.test(num) || !/^\d{1,3}$/.test(den) || Number(den) === 0) return null;
    // "5/17/2018" is a date.
    const more = tokens[k + 3];
    if (more && more.start === b.end && text.slice(more.start, more.end) === '/') return null;
    return { value: Number(num) / Number(den), last: k + 2 };
  };
  const direct = read(i);
  if (direct) return direct;
  const whole = tokens[i];
  const next = tokens[i + 1];
  if (whole?.kind === 'number' && next && /^\d+$/.test(text.slice(whole.start, whole.end)) && next.start > whole.end && !text.slice(whole.end, next.start).includes('\n')) {
    const f = read(i + 1);
    if (f && f.value < 1) return { value: Number(text.slice(whole.start, whole.end)) + f.value, last: f.last };
  }
  return null;
}

interface Starters {
  /** Whole words (lower case) that can open a number, a vague amount or "a dollar". */
  words: Set<string>;
  /** First three letters of German number words, for compounds ("zweihundertfünfzig"). */
  compoundPrefixes: Set<string>;
}

let startersCache: { lex: QuantityLexicon; st: Starters } | null = null;
const startersByLex = new WeakMap<QuantityLexicon, Starters>();

function startersOf(lex: QuantityLexicon): Starters {
  if (startersCache?.lex === lex) return startersCache.st;
  let st = startersByLex.get(lex);
  if (!st) {
    const opening = new Set<NumberRole>(['zero', 'unit', 'teen', 'tens', 'hundred', 'thousand', 'half', 'fraction', 'special', 'article', 'sign', 'dozen']);
    const words = new Set<string>();
    const compoundPrefixes = new Set<string>();
    for (const [w, n] of lex.numbers) {
      if (!opening.has(n.role)) continue;
      words.add(w);
      if (lex.lang === 'de' && n.role !== 'article' && w.length >= 3) compoundPrefixes.add(w.slice(0, 3));
    }
    for (const list of lex.vague.values()) for (const v of list) words.add(v.words[0]!);
    for (const v of Object.keys(VULGAR)) words.add(v);
    if (lex.lang === 'de') for (const w of ['fuenf', 'zwoelf', 'dreissig', 'sechzehn', 'siebzehn', 'sechzig', 'siebzig']) compoundPrefixes.add(w.slice(0, 3));
    st = { words, compoundPrefixes };
    startersByLex.set(lex, st);
  }
  startersCache = { lex, st };
  return st;
}

/**
 * A cheap test whether a number (or a vague amount, or "a dollar") can start at a token: digits, a
 * sign or decimal point, a fraction character, a number/vague/article word of the language, or (German)
 * a longer word that begins like a number word. It keeps the extractors linear with a small constant.
 */
export function mayStartNumber(text: string, t: Token, lex: QuantityLexicon): boolean {
  if (t.kind === 'number') return true;
  const code = text.charCodeAt(t.start);
  if (code >= 48 && code <= 57) return true;
  if (t.kind === 'punct' || t.kind === 'symbol') {
    return code === 45 || code === 0x2212 || code === 46 || code === 0x2013 || VULGAR[text[t.start]!] !== undefined;
  }
  if (t.kind !== 'word' && t.kind !== 'abbrev') return false;
  const st = startersOf(lex);
  const w = lowerOf(text, t);
  if (st.words.has(w)) return true;
  const dash = w.indexOf('-');
  if (dash > 0 && st.words.has(w.slice(0, dash))) return true;
  return w.length > 5 && st.compoundPrefixes.has(w.slice(0, 3));
}
