import { parseDigits, parseGermanNumberWord, readNumber, type NumberExpr } from './numbers.js';
import { adjacent, currencyAt, lemmaOf, tokText, type Ctx, type Found } from './quantity-base.js';
import { measureAt } from './units.js';

/**
 * Forms of a quantity beside the main grammar in quantities.ts: units of measure after a number or glued
 * to it ("200lbs", "3-inch"), a smaller unit added ("5 feet 2 inches"), an article as one ("einen
 * Teelöffel", "a dollar"), and digits that are no amount ("24/7", phone numbers).
 */

/** "einen Teelöffel", "a mile": an article right before a unit written as a word counts as one ("a ton of" is no amount). */
export function articleBeforeUnit(c: Ctx, i: number): NumberExpr | null {
  const w = tokText(c, i).toLowerCase();
  const article = c.lex.numbers.get(w);
  if (!article || (article.role !== 'article' && !(c.lex.lang === 'de' && article.role === 'unit' && /^ein/.test(w)))) return null;
  const next = c.tokens[i + 1];
  if (!next || next.kind !== 'word' || !adjacent(c, i + 1) || tokText(c, i + 1).length < 4 || /^(?:of|von)$/i.test(tokText(c, i + 2))) return null;
  const m = measureAt(c.units, c.text, next.start);
  if (!m || m.end !== next.end) return null;
  const t = c.tokens[i]!;
  return { first: i, last: i, start: t.start, end: t.end, value: 1, scaled: false, digits: false, plainInteger: false, scale: 1 };
}

/** "einen Euro", "a dollar": an article right before a currency word counts as one. */
export function articleBeforeCurrency(c: Ctx, i: number): NumberExpr | null {
  const w = tokText(c, i).toLowerCase();
  const article = c.lex.numbers.get(w);
  if (!article || (article.role !== 'article' && !(c.lex.lang === 'de' && article.role === 'unit' && /^ein/.test(w)))) return null;
  const next = c.tokens[i + 1];
  if (!next || next.kind !== 'word' || !adjacent(c, i + 1) || !currencyAt(c, i + 1)) return null;
  const t = c.tokens[i]!;
  return { first: i, last: i, start: t.start, end: t.end, value: 1, scaled: false, digits: false, plainInteger: false, scale: 1 };
}

/** The index of the token that ends at `end`, looking forward from token `from` (-1 when none does). */
function tokenEndingAt(c: Ctx, end: number, from: number): number {
  for (let j = Math.max(0, from); j < c.tokens.length && c.tokens[j]!.start < end; j++) if (c.tokens[j]!.end === end) return j;
  return -1;
}

/** A unit of measure written at text offset `pos` (ending at a token end) becomes the quantity's unit. */
export function setMeasure(c: Ctx, f: Found, pos: number): boolean {
  // A unit in brackets, as in a table: "20 (kg)", "20 [kg]".
  const open = /^([([{<]) ?/.exec(c.text.slice(pos, pos + 2));
  const inner = open ? measureAt(c.units, c.text, pos + open[0].length) : null;
  const close = inner ? /^ ?[)\]}>]/.exec(c.text.slice(inner.end, inner.end + 2)) : null;
  const m = inner && close ? { ...inner, end: inner.end + close[0].length } : measureAt(c.units, c.text, pos);
  if (!m) return false;
  // "Temperaturen um 35 Grad": degrees after a word of temperature are a temperature, not an angle —
  // in German news °C; English news writes both scales, so "24 degrees" there has no canonical value.
  const temperature = m.canonical === 'deg' && temperatureBefore(c, f.first);
  if (temperature) m.canonical = '°C';
  let j = tokenEndingAt(c, m.end, f.first);
  if (j < 0) return false;
  j = Math.max(j, f.last);
  f.kind = 'count';
  f.unit = c.text.slice(pos, m.end);
  f.unitLemma = f.unit.length > 3 && /^\p{L}+$/u.test(f.unit) ? lemmaOf(c, f.unit) : f.unit;
  f.unitSpan = { start: pos, end: m.end };
  f.last = j;
  if (!(temperature && c.lex.lang !== 'de')) f.measure = m;
  return true;
}

function temperatureBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (c.tokens[k]!.kind === 'punct' && /[.!?;]/.test(tokText(c, k))) return false;
    if (c.lex.temperatureCues.has(tokText(c, k).toLowerCase())) return true;
  }
  return false;
}

const GLUED = /^(\d+(?:[.,]\d+)*|\p{L}+)(-?)(?=[\p{L}°µμ])/u;

/**
 * A number written against its unit in one word: "200lbs", "7.62mm", "3-inch", "six-mile", "12-Pfund".
 * "1.8m" is 1.8 million unless a word of size follows ("1.8m tall"); after a currency it is money.
 */
export function gluedMeasure(c: Ctx, i: number): (NumberExpr & { unitStart: number; unitEnd?: number; code?: string }) | null {
  const t = c.tokens[i]!;
  if (t.kind !== 'word') return null;
  const s = tokText(c, i);
  // A currency code or sign glued to the digits: "USD115", "115.5USD", "100元".
  const money = /^(\p{Lu}{3})(\d+(?:[.,]\d+)*)$/u.exec(s) ?? /^(\d+(?:[.,]\d+)*)(\p{Lu}{3}|\p{Sc}|\p{Lo})$/u.exec(s);
  if (money) {
    const codeFirst = /^\D/.test(money[1]!);
    let digits = codeFirst ? money[2]! : money[1]!;
    let last = i;
    // "USD115.5": the tokenizer ends the word at the decimal point; the decimals glued after it belong to it.
    const decimals = codeFirst ? /^[.,]\d+(?![.,]?\d)/.exec(c.text.slice(t.end, t.end + 24)) : null;
    if (decimals) {
      const end = t.end + decimals[0].length;
      let k = i + 1;
      while (k < c.tokens.length && c.tokens[k]!.end < end) k++;
      if (c.tokens[k]?.end === end) {
        digits += decimals[0];
        last = k;
      }
    }
    const code = currencyAt(c, -1) ?? c.lex.currencies.get(codeFirst ? money[1]! : money[2]!);
    const value = parseDigits(digits, c.lex.decimalComma);
    if (!code || value === null) return null;
    const start = codeFirst ? t.start + money[1]!.length : t.start;
    return { first: i, last, start, end: start + digits.length, value, scaled: false, digits: true, plainInteger: false, scale: 1, unitStart: codeFirst ? t.start : start + digits.length, code };
  }
  const m = GLUED.exec(s);
  if (!m) return null;
  let value: number | null;
  if (/^\d/.test(m[1]!)) value = parseDigits(m[1]!, c.lex.decimalComma);
  else {
    const w = c.lex.numbers.get(m[1]!.toLowerCase());
    value = m[2] && w && ['unit', 'teen', 'tens'].includes(w.role) ? w.value : m[2] && c.lex.lang === 'de' ? parseGermanNumberWord(m[1]!, c.lex) : null;
  }
  if (value === null || currencyAt(c, i - 1)) return null;
  const unitStart = t.start + m[0].length;
  // "a 12-cent-a-share dividend", "a one-yen bid": a currency word joined by a hyphen.
  const word = m[2] ? /^\p{L}{2,}/u.exec(c.text.slice(unitStart, t.end))?.[0] : undefined;
  const code = word ? c.lex.currencies.get(word) ?? c.lex.currencies.get(word.toLowerCase()) : undefined;
  if (code && word) {
    const unitEnd = unitStart + word.length;
    const weight = (measureAt(c.units, c.text, unitStart)?.end ?? 0) >= unitEnd && !moneyWordNear(c, i, i);
    if ((unitEnd === t.end || c.text[unitEnd] === '-') && !weight) {
      return { first: i, last: i, start: t.start, end: t.start + m[1]!.length, value, scaled: false, digits: /^\d/.test(m[1]!), plainInteger: false, scale: 1, unitStart, unitEnd, code };
    }
  }
  const unit = measureAt(c.units, c.text, unitStart);
  if (!unit) return null;
  if (unit.end === t.end && /^(?:k|m|mn|mm|bn|b|tn)$/i.test(c.text.slice(unitStart, t.end)) && c.text.slice(unitStart, t.end) !== 'mm' && !c.lex.sizeWords.has(tokText(c, i + 1).toLowerCase())) return null;
  return { first: i, last: i, start: t.start, end: t.start + m[1]!.length, value, scaled: false, digits: /^\d/.test(m[1]!), plainInteger: false, scale: 1, unitStart };
}

/** A money word ("paid", "Sterling") or a currency sign within a few tokens around tokens first..last. */
export function moneyWordNear(c: Ctx, first: number, last: number): boolean {
  const from = Math.max(0, first - 12);
  const to = Math.min(c.tokens.length, last + 6);
  for (let j = from; j < to; j++) {
    if (j >= first && j <= last) continue;
    const w = tokText(c, j);
    if (c.lex.moneyCues.has(w.toLowerCase()) || (currencyAt(c, j) !== null && !/^\p{L}+$/u.test(w))) return true;
  }
  return false;
}

/** "5 feet 2 inches", "6 ft and 1 inch": a smaller unit of the same kind after a measure adds to it. */
export function compoundMeasure(c: Ctx, f: Found, value: number): number {
  let k = f.last + 1;
  if (/^(?:and|und)$/i.test(tokText(c, k)) && adjacent(c, k)) k++;
  if (!adjacent(c, k)) return value;
  const e = readNumber(c.text, c.tokens, k, c.lex);
  if (!e || e.value < 0 || !adjacent(c, e.last + 1)) return value;
  const m = measureAt(c.units, c.text, c.tokens[e.last + 1]!.start);
  const outer = f.measure!;
  if (!m || m.canonical !== outer.canonical || m.factor >= outer.factor || m.offset !== 0 || outer.offset !== 0) return value;
  const j = tokenEndingAt(c, m.end, e.last + 1);
  if (j < 0) return value;
  f.last = j;
  f.unitSpan = { start: f.unitSpan!.start, end: m.end };
  return Number((value + (e.value * m.factor) / outer.factor).toPrecision(15));
}

/**
 * Digits that name rather than count, from token i: a slash pair that is no common fraction ("24/7",
 * "9/11": improper, or a denominator fractions in news do not use) and a phone number ("555-123-4567", "(212) 555-0100").
 * Returns the last token to skip, or -1.
 */
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 100]);

export function notAnAmount(c: Ctx, i: number): number {
  const t = c.tokens[i]!;
  if (t.kind !== 'number' && !(tokText(c, i) === '(' && c.tokens[i + 1]?.kind === 'number')) return -1;
  const rest = c.text.slice(t.start, t.start + 20);
  const m = /^(\d{1,3})\/(\d{1,3})(?![\d/])/.exec(rest) ?? /^\(?\d{3}\)?[-. ]?\d{3}[-.]\d{4}(?!\d)/.exec(rest);
  if (!m) return -1;
  if (m[2] !== undefined && Number(m[1]) < Number(m[2]) && FRACTION_DENOMINATORS.has(Number(m[2]))) return -1;
  if (m[2] !== undefined && i > 0 && c.tokens[i - 1]!.kind === 'number' && adjacent(c, i)) return -1;
  const end = t.start + m[0].length;
  let j = i;
  while (j + 1 < c.tokens.length && c.tokens[j + 1]!.end <= end) j++;
  return c.tokens[j]!.end === end ? j : -1;
}
