import type { Document } from '../core/document.js';
import { Layer } from '../core/layer.js';
import type { Component } from '../core/pipeline.js';
import { addDurations } from './durations.js';
import { nounLemmatizer } from './lemma.js';
import { mayStartNumber, readNumber, type NumberExpr } from './numbers.js';
import { adjacent, currencyAt, lemmaOf, matchWords, readQualifier, tokText, UPPER, type Ctx, type Found } from './quantity-base.js';
import { articleBeforeCurrency, articleBeforeUnit, compoundMeasure, gluedMeasure, moneyWordNear, notAnAmount, setMeasure } from './quantity-forms.js';
import { quantityLexicon } from './quantity-lexicon.js';
import type { Token } from '../text/tokenize.js';
import type { Qualifier, Quantity } from './types.js';
import { measureAt, measureLexicon, toCanonical } from './units.js';

/**
 * Quantities: a number or a vague amount, its qualifier, its range, and the thing counted.
 *
 *   [qualifier] [currency] NUMBER [bis|–|to NUMBER] [scale] [Prozent|currency|unit] [modifiers] [head noun]
 *   [mehrere|several] tausend|thousand [von|of] [head noun]       (vague)
 *   Tausende|thousands [von|of] [head noun]                        (vague)
 *
 * Bounds by qualifier: exact → value = low = high; approx → value only; more_than/at_least → low = value;
 * less_than/at_most → high = value; range → low and high; vague → low and high from the lexicon
 * (a plural of a power of ten spans 2× to 10×−1: Tausende 2000–9999, Dutzende 24–99).
 * Not quantities: ordinals and dates (their own tokens), model names (Hwasong-11 is one word token),
 * labels and ranks after words like "Platz", "Nr.", "Artikel", times ("1.40 Uhr"), years, phone numbers,
 * and German articles (ein, eine) standing alone.
 */

/** A vague amount at token i: "Tausende", "mehrere tausend", "tens of thousands", "a few hundred". */
function readVague(c: Ctx, i: number): { last: number; low: number; high: number } | null {
  const first = tokText(c, i).toLowerCase();
  for (const v of c.lex.vague.get(first) ?? []) {
    const last = matchWords(c, i, v.words);
    if (last < 0) continue;
    if (v.role === 'amount') {
      // "Millionen" after a number is a scale, handled by readNumber; here it stands alone.
      return { last, low: v.low, high: v.high };
    }
    if (v.role === 'quantifier') {
      let k = last + 1;
      if (!adjacent(c, k)) continue;
      const power = c.lex.vague.get(tokText(c, k).toLowerCase())?.find((p) => p.role === 'power' && matchWords(c, k, p.words) >= 0);
      if (power) return { last: k + power.words.length - 1, low: power.low, high: power.high };
    }
  }
  return null;
}

/** A currency written at token k, possibly in several words ("kanadischen Dollar"): code and last token. */
function currencyPhraseAt(c: Ctx, k: number): { code: string; last: number } | null {
  for (const p of c.lex.currencyPhrases.get(tokText(c, k).toLowerCase()) ?? []) {
    const last = matchWords(c, k, p.words);
    if (last >= 0) return { code: p.code, last };
  }
  const code = currencyAt(c, k);
  return code ? { code, last: k } : null;
}

/** "zwei Euro fünfzig", "15 Dollar und 15 Cent", "15 Dollar 50": the cents after a money amount. */
function readCents(c: Ctx, k: number): { cents: number; last: number } | null {
  let j = k;
  if (/^(und|and)$/i.test(tokText(c, j)) && adjacent(c, j)) j++;
  if (!adjacent(c, j)) return null;
  const e = readNumber(c.text, c.tokens, j, c.lex);
  if (!e || e.scaled || e.value <= 0 || e.value >= 100 || !Number.isInteger(e.value)) return null;
  const after = tokText(c, e.last + 1);
  if (/^(cent|cents|ct)$/i.test(after) && adjacent(c, e.last + 1)) return { cents: e.value, last: e.last + 1 };
  // Without "Cent" only at the end of a sentence or clause: "15 Dollar 50."
  if (e.last + 1 >= c.tokens.length || /^[.,;!?]$/.test(after)) return { cents: e.value, last: e.last };
  return null;
}

function percentAt(c: Ctx, i: number): number {
  const first = tokText(c, i).toLowerCase();
  for (const words of c.lex.percent.get(first) ?? c.lex.percent.get(tokText(c, i)) ?? []) {
    const last = matchWords(c, i, words.map((w) => w.toLowerCase()));
    if (last >= 0) return last;
  }
  return -1;
}

/** The counted thing after a number: German skips inflected modifiers to the capitalized head noun. */
/** A unit written in several tokens without spaces ("°C", "km/h", "m²"): the index of its last token, or -1. */
function gluedUnit(c: Ctx, k: number): number {
  let s = '';
  for (let j = k; j < c.tokens.length && j < k + 3; j++) {
    if (j > k && c.tokens[j]!.start !== c.tokens[j - 1]!.end) break;
    s += tokText(c, j);
    if (j > k && c.lex.units.has(s)) return j;
  }
  return -1;
}

function headNoun(c: Ctx, k: number, vague: boolean, singular = false): { index: number; from?: number } | null {
  const { lex } = c;
  let skipped = 0;
  while (k < c.tokens.length && skipped <= 3) {
    const t = c.tokens[k]!;
    const s = tokText(c, k);
    if (t.kind === 'quote' && t.role === 'close' && t.start === c.tokens[k - 1]?.end) {
      k++;
      continue;
    }
    const glued = gluedUnit(c, k);
    if (glued >= 0) return { index: glued, from: k };
    if (t.kind !== 'word' && t.kind !== 'abbrev') return null;
    if (lex.units.has(s)) return { index: k };
    if (lex.lang === 'de') {
      if (UPPER.test(s)) {
        if (lex.months.has(s) || lex.sentenceStarters.has(s) || lex.stopwords.has(s.toLowerCase())) return null;
        return { index: k };
      }
      const lower = s.toLowerCase();
      const modifier =
        (/(?:e|en|er|es|em)$/.test(lower) && !lex.stopwords.has(lower) && !lex.notModifiers.has(lower)) ||
        lex.adverbs.has(lower) ||
        (vague && lower === 'von');
      if (!modifier) return null;
      k++;
      skipped++;
      continue;
    }
    // English: the head is the last word of a short run of content words ("North Korean troops").
    const lower = s.toLowerCase();
    if (vague && lower === 'of' && skipped === 0) {
      k++;
      skipped++;
      continue;
    }
    // Of a run of up to four content words, the head is the last plural-looking one ("troops" in
    // "North Korean troops arrived"), else the first ("one man died").
    let firstWord = -1;
    let plural = -1;
    for (let j = k; j < c.tokens.length && j < k + 4; j++) {
      const w = tokText(c, j);
      const lw = w.toLowerCase();
      if (c.tokens[j]!.kind !== 'word' || lex.stopwords.has(lw) || lex.months.has(w) || /ly$/.test(lw) || lex.numbers.has(lw)) break;
      if (j > k && !adjacent(c, j)) break;
      if (/(?:ed|ing)$/.test(lw)) break;
      if (firstWord < 0) firstWord = j;
      if ((/[^s']s$/.test(lw) && !/(?:ss|us|is)$/.test(lw)) || nounLemmatizer('en').lemma(lw) !== lw) plural = j;
    }
    const head = plural >= 0 && !singular ? plural : firstWord;
    return head >= 0 ? { index: head } : null;
  }
  return null;
}

function isYear(c: Ctx, e: NumberExpr): boolean {
  return e.plainInteger && e.value >= 1000 && e.value <= 2100 && tokText(c, e.first).length === 4;
}

/**
 * A word that names both a currency and a unit of measure ("pounds", "Pfund"): money only with a scale word
 * ("361 million pounds") or a money word near it ("paid 25 pounds"); otherwise a weight ("drop 25 pounds").
 */
function weightNotMoney(c: Ctx, f: Found, k: number, m: number): boolean {
  const measure = measureAt(c.units, c.text, c.tokens[m]!.start);
  if (!measure || measure.end < c.tokens[m]!.end) return false;
  for (let j = f.first; j < k; j++) {
    const w = tokText(c, j).toLowerCase();
    if (c.lex.numbers.get(w)?.role === 'scale' || /^\d[\d.,]*(?:m|bn|k)$/.test(w)) return false;
  }
  return !moneyWordNear(c, f.first, m);
}

/** "music ' s $ 500": the token at k is the s of a possessive, no code joined to the symbol after it ("S $"). */
function possessiveS(c: Ctx, k: number): boolean {
  return tokText(c, k).toLowerCase() === 's' && /['’]\s?$/.test(c.text.slice(Math.max(0, c.tokens[k]!.start - 2), c.tokens[k]!.start));
}

/** Attaches what follows a number: per cent, currency, unit of measure or counted noun. */
function attachUnit(c: Ctx, k: number, f: Found, vague: boolean, numberValue: number | null = null): void {
  if (k >= c.tokens.length || !adjacent(c, k)) {
    if (!vague) return;
  }
  const pct = adjacent(c, k) || tokText(c, k) === '%' ? percentAt(c, k) : -1;
  if (pct >= 0) {
    const span = { start: c.tokens[k]!.start, end: c.tokens[pct]!.end };
    f.kind = 'percent';
    f.unit = c.text.slice(span.start, span.end);
    f.unitLemma = /punkt|point/i.test(f.unit) ? 'pp' : '%';
    f.unitSpan = span;
    f.last = pct;
    return;
  }
  // A currency right after the number: "94.000 $", "17 dollar", "16,4 Millionen kanadischen Dollar".
  for (let m = k, skipped = 0; m < c.tokens.length && skipped <= 1; m++, skipped++) {
    if (!adjacent(c, m) && c.tokens[m]!.start !== c.tokens[m - 1]?.end) break;
    const cur = currencyPhraseAt(c, m);
    if (cur && !(cur.last === m && weightNotMoney(c, f, k, m))) {
      const factor = c.lex.currencyFactors.get(tokText(c, cur.last).toLowerCase());
      if (factor !== undefined && f.value === null && f.qualifier !== 'range' && f.qualifier !== 'vague') f.scaleBy = factor;
      f.kind = 'money';
      f.unit = c.text.slice(c.tokens[m]!.start, c.tokens[cur.last]!.end);
      f.unitLemma = cur.code;
      f.unitSpan = { start: c.tokens[m]!.start, end: c.tokens[cur.last]!.end };
      f.last = cur.last;
      return;
    }
    const w = tokText(c, m);
    // One adjective may stand before a currency: "kanadischen Dollar" (when the phrase is not listed).
    if (!(c.tokens[m]!.kind === 'word' && /^\p{Ll}/u.test(w) && /(?:e|en|er|es|n)$/.test(w))) break;
  }
  if (k < c.tokens.length && adjacent(c, k) && setMeasure(c, f, c.tokens[k]!.start)) return;
  const head = headNoun(c, k, vague, numberValue === 1);
  if (!head) return;
  const t = c.tokens[head.index]!;
  const unitStart = head.from !== undefined ? c.tokens[head.from]!.start : t.start;
  const word = c.text.slice(unitStart, t.end);
  const code = head.from !== undefined ? null : currencyAt(c, head.index);
  f.unit = word;
  f.unitSpan = { start: unitStart, end: t.end };
  f.last = head.index;
  if (code) {
    f.kind = 'money';
    f.unitLemma = code;
  } else {
    f.kind = 'count';
    f.unitLemma = c.lex.units.has(word) ? word : lemmaOf(c, word);
  }
}

function bounds(f: Found, qualifier: Qualifier, value: number): void {
  f.qualifier = qualifier;
  f.value = value;
  switch (qualifier) {
    case 'exact':
      f.low = value;
      f.high = value;
      break;
    case 'more_than':
    case 'at_least':
      f.low = value;
      f.lowInclusive = qualifier === 'at_least';
      break;
    case 'less_than':
    case 'at_most':
      f.high = value;
      f.highInclusive = qualifier === 'at_most';
      break;
    default:
      break;
  }
}

const BETWEEN: Record<string, string> = { zwischen: 'und', between: 'and', von: 'bis', from: 'to' };

const CODE_AMOUNT = /^\p{Lu}{3}\d/u;

/**
 * A currency code glued to its amount ("EUR5"): the token matches CODE_AMOUNT. Only tried where a digit stands
 * 4th to 7th code unit in (three capitals take 3 to 6), so most tokens need no slice and no match.
 */
function codeAmount(text: string, t: Token): boolean {
  for (let k = t.start + 3; k < t.end && k <= t.start + 6; k++) {
    const d = text.charCodeAt(k);
    if (d >= 48 && d <= 57) return CODE_AMOUNT.test(text.slice(t.start, t.end));
  }
  return false;
}

function extract(c: Ctx): Quantity[] {
  const out: Quantity[] = [];
  const { tokens, lex } = c;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!mayStartNumber(c.text, t, lex) && !codeAmount(c.text, t)) continue;
    if (c.times?.at(t.start)) continue;
    if (t.kind !== 'word' && t.kind !== 'number' && t.kind !== 'symbol' && t.kind !== 'abbrev' && t.kind !== 'punct') continue;

    // "24/7", "9/11", "555-123-4567": digits joined like this are no amount.
    const notAmount = notAnAmount(c, i);
    if (notAmount >= 0) {
      i = notAmount;
      continue;
    }
    let f: Found | null = null;
    const vague = readVague(c, i);
    if (vague) {
      f = {
        first: i,
        last: vague.last,
        anchor: { start: t.start, end: tokens[vague.last]!.end },
        value: null,
        low: vague.low,
        high: vague.high,
        qualifier: 'vague',
        kind: 'number',
        unit: null,
        unitLemma: null,
        unitSpan: null,
      };
      attachUnit(c, vague.last + 1, f, true);
    } else {
      const glued = gluedMeasure(c, i);
      const e = glued ?? readNumber(c.text, tokens, i, lex) ?? articleBeforeCurrency(c, i) ?? articleBeforeUnit(c, i);
      if (!e) continue;
      // A capitalized number word inside a sentence is a noun or name ("außer Acht", "Claudia Tausend").
      if (!e.digits && UPPER.test(tokText(c, i)) && i > 0 && !isSentenceStart(c, i) && !e.scaled) {
        i = e.last;
        continue;
      }
      let last = e.last;
      let low = e.value;
      let high: number | null = null;
      let first = i;
      let qualifier: Qualifier = 'exact';
      // A range: "10.000 bis 13.000", "200–300", "zwischen 200 und 300", "from 3,000 to 4,000".
      const opener = tokText(c, i - 1).toLowerCase();
      const joinerIdx = e.last + 1;
      const joiner = tokText(c, joinerIdx).toLowerCase();
      const betweenJoiner = BETWEEN[opener];
      if ((lex.rangeJoiners.has(joiner) || joiner === betweenJoiner) && !(opener === 'from' && lex.changeVerbs.has(tokText(c, i - 2).toLowerCase())) && tokens[joinerIdx + 1] && adjacent(c, joinerIdx) && adjacent(c, joinerIdx + 1)) {
        const e2 = readNumber(c.text, tokens, joinerIdx + 1, lex);
        if (e2) {
          const lowValue = !e.scaled && e2.scaled && e.value * e2.scale < e2.value ? e.value * e2.scale : e.value;
          if (lowValue < e2.value && !(isYear(c, e) && isYear(c, e2))) {
            low = lowValue;
            high = e2.value;
            last = e2.last;
            qualifier = 'range';
            if (betweenJoiner === joiner && (opener === 'zwischen' || opener === 'between' || opener === 'from' || opener === 'von')) first = i - 1;
          }
        }
      }
      // Labels, ranks, clock times, phone numbers and years are not quantities.
      const before = tokText(c, i - 1);
      const after = tokText(c, last + 1);
      const firstText = tokText(c, i);
      if (
        (adjacent(c, i) && (lex.labelBefore.has(before) || lex.labelBefore.has(before.toLowerCase()))) ||
        (adjacent(c, last + 1) && (lex.labelAfter.has(after) || lex.labelAfter.has(after.toLowerCase()))) ||
        (e.plainInteger && firstText.length >= 3 && firstText.startsWith('0')) ||
        // A day beside a month name: "14 October", "October 14".
        (e.plainInteger && e.value >= 1 && e.value <= 31 && ((adjacent(c, i) && lex.months.has(before)) || (adjacent(c, last + 1) && lex.months.has(after)))) ||
        (adjacent(c, i) && tokens[i - 1]!.kind === 'number' && tokText(c, i - 1).startsWith('0')) ||
        (before === '+' && tokens[i - 1]!.end === t.start)
      ) {
        // A phone number goes on in further groups of digits: "+49 30 1234567".
        if (before === '+' || (e.plainInteger && firstText.startsWith('0'))) {
          while (last + 1 < tokens.length && tokens[last + 1]!.kind === 'number' && adjacent(c, last + 1)) last++;
        }
        i = last;
        continue;
      }
      f = {
        first,
        last,
        anchor: { start: tokens[first === i - 1 ? i : i]!.start, end: tokens[last]!.end },
        value: null,
        low: null,
        high: null,
        qualifier,
        kind: 'number',
        unit: null,
        unitLemma: null,
        unitSpan: null,
      };
      if (qualifier === 'range') {
        f.low = low;
        f.high = high;
        f.anchor = { start: tokens[i]!.start, end: tokens[last]!.end };
      }
      // A currency symbol or code right before: "$5m", "€ 2,3 Mio.", "US$ 1MM".
      // A currency word ("dollars", "Euro") before a number is no prefix: "50 dollar 50", "cents a dozen".
      let prefix = /^\p{L}{4,}$/u.test(tokText(c, i - 1)) && !/^\p{Lu}+$/u.test(tokText(c, i - 1)) ? null : currencyAt(c, i - 1);
      let prefixFirst = i - 1;
      // "usd$ 15", "cad$15": a currency code written against a dollar sign.
      const code = i >= 2 ? currencyAt(c, i - 2) : null;
      if (prefix && code && /^[A-Za-z]{3}$/.test(tokText(c, i - 2)) && tokens[i - 2]!.end === tokens[i - 1]!.start) {
        prefix = code;
        prefixFirst = i - 2;
      }
      // "US $ 150", "C $ 16.4": a country's letters before a dollar sign, also with a space between.
      const joined = prefix && i >= 2 && adjacent(c, i - 1) && !possessiveS(c, i - 2) ? c.lex.currencies.get((tokText(c, i - 2) + tokText(c, i - 1)).toLowerCase()) : undefined;
      const letters = tokText(c, i - 2);
      if (joined && tokens[i - 2]!.kind === 'word' && !lex.numbers.has(letters.toLowerCase()) && (/\p{Lu}/u.test(letters) || !lex.stopwords.has(letters))) {
        prefix = joined;
        prefixFirst = i - 2;
      }
      // "U.S. $ 100", "u.s $ 100": a dotted country abbreviation before a dollar sign.
      if (prefix && i >= 4 && tokText(c, i - 3) === '.' && tokens[i - 4]!.end === tokens[i - 3]!.start && tokens[i - 3]!.end === tokens[i - 2]!.start) {
        const dotted = c.lex.currencies.get(c.text.slice(tokens[i - 4]!.start, tokens[i - 1]!.end).replace(/\s+/g, '').toLowerCase());
        if (dotted) {
          prefix = dotted;
          prefixFirst = i - 4;
        }
      }
      if (glued?.code) {
        f.anchor = { start: glued.start, end: glued.end };
        f.kind = 'money';
        f.unitLemma = glued.code;
        f.unitSpan = glued.unitStart < glued.start ? { start: glued.unitStart, end: glued.start } : { start: glued.unitStart, end: glued.unitEnd ?? t.end };
        f.unit = c.text.slice(f.unitSpan.start, f.unitSpan.end);
        if (glued.unitEnd !== undefined) {
          f.cut = glued.unitEnd;
          const factor = lex.currencyFactors.get(f.unit.toLowerCase());
          if (factor !== undefined) f.scaleBy = factor;
        }
      } else if (glued) {
        f.anchor = { start: t.start, end: glued.end };
        setMeasure(c, f, glued.unitStart);
      } else if (prefix && (tokens[i - 1]!.end === t.start || adjacent(c, i))) {
        f.first = Math.min(f.first, prefixFirst);
        f.kind = 'money';
        f.unit = c.text.slice(tokens[prefixFirst]!.start, tokens[i - 1]!.end);
        f.unitLemma = prefix;
        f.unitSpan = { start: tokens[prefixFirst]!.start, end: tokens[i - 1]!.end };
        // "MAUD 60": a code for millions before the number.
        const factor = prefixFirst === i - 1 ? lex.currencyFactors.get(f.unit.toLowerCase()) : undefined;
        if (factor !== undefined && /^\p{Lu}+$/u.test(f.unit)) f.scaleBy = factor;
      } else {
        attachUnit(c, last + 1, f, false, e.value);
      }
      if (f.measure && qualifier === 'exact') e.value = compoundMeasure(c, f, e.value);
      if (f.kind === 'money' && qualifier === 'exact' && f.unitSpan && f.scaleBy === undefined && f.last + 1 < tokens.length) {
        const cents = readCents(c, f.last + 1);
        if (cents) {
          e.value = Math.round((e.value + cents.cents / 100) * 100) / 100;
          f.last = cents.last;
        }
      }
      // "75 USD million": a scale word after the currency code still scales the amount.
      if (f.kind === 'money' && qualifier === 'exact' && !e.scaled && f.scaleBy === undefined && /^\p{Lu}{3}$/u.test(tokText(c, f.last)) && adjacent(c, f.last + 1)) {
        const w = tokText(c, f.last + 1);
        const scale = w.length > 2 ? lex.numbers.get(w.toLowerCase()) : undefined;
        if (scale?.role === 'scale') {
          e.value = Number((e.value * scale.value).toPrecision(12));
          f.last += 1;
        }
      }
      if (isYear(c, e) && qualifier !== 'range' && f.kind !== 'money' && f.kind !== 'percent') {
        // A year: after "im", "seit", "in", "since" …, or a bare 1900–2100 with nothing counted and no qualifier.
        const prevWord = tokText(c, i - 1);
        const bare = f.unit === null && e.value >= 1900 && !readQualifier(c, i, true);
        if (bare || lex.yearBefore.has(prevWord) || lex.yearBefore.has(prevWord.toLowerCase())) {
          i = last;
          continue;
        }
      }
      if (qualifier !== 'range') {
        const q = readQualifier(c, f.first, true);
        let qual: Qualifier = 'exact';
        if (q) {
          f.first = q.first;
          f.comparison = c.text.slice(tokens[q.first]!.start, tokens[i - 1]!.end);
          if (q.qualifier !== 'equal') qual = q.qualifier;
        }
        // "200 or more", "equal to 5000 or less", "less than 5000 or equal".
        const post = readPostQualifier(c, e.last + 1);
        if (post && (f.unitSpan === null || f.unitSpan.start > tokens[post.last]!.end || f.kind === 'number')) {
          if (post.effect === 'inclusive') {
            if (qual === 'more_than') qual = 'at_least';
            else if (qual === 'less_than') qual = 'at_most';
          } else if (qual === 'exact' || qual === 'approx') {
            // "about five hundred or more": the bound replaces the approximation.
            if (qual === 'approx') {
              f.first = i;
              f.comparison = undefined;
            }
            qual = post.effect;
          }
          f.comparison = (f.comparison ? f.comparison + ' … ' : '') + c.text.slice(tokens[e.last + 1]!.start, tokens[post.last]!.end);
          f.last = Math.max(f.last, post.last);
        }
        bounds(f, qual, f.scaleBy !== undefined ? Number((e.value * f.scaleBy).toPrecision(12)) : e.value);
      }
    }

    // Quotation marks around the amount alone belong to it: „mehrere tausend“ Infanteriesoldaten.
    let start = tokens[f.first]!.start;
    const openQ = tokens[f.first - 1];
    if (openQ?.kind === 'quote' && openQ.role === 'open' && openQ.end === start) {
      // From the amount's first token on, not from the document's start (which made long texts quadratic).
      let afterAnchor = f.first;
      while (afterAnchor < tokens.length && tokens[afterAnchor]!.start < f.anchor.end) afterAnchor++;
      if (afterAnchor === tokens.length) afterAnchor = -1;
      const cq = afterAnchor >= 0 ? tokens[afterAnchor] : undefined;
      if (cq?.kind === 'quote' && cq.role === 'close' && cq.start === f.anchor.end && f.last >= afterAnchor) start = openQ.start;
    }
    const end = f.cut ?? Math.max(tokens[f.last]!.end, f.anchor.end);
    out.push({
      ...(f.lowInclusive !== undefined ? { lowInclusive: f.lowInclusive } : {}),
      ...(f.highInclusive !== undefined ? { highInclusive: f.highInclusive } : {}),
      ...(f.comparison !== undefined ? { comparison: f.comparison } : {}),
      start,
      end,
      value: f.value,
      low: f.low,
      high: f.high,
      qualifier: f.qualifier,
      unit: f.unit,
      unitLemma: f.unitLemma,
      kind: f.kind,
      anchor: f.anchor,
      unitSpan: f.unitSpan,
      ...(f.measure ? { canonical: { unit: f.measure.canonical, value: toCanonical(f.measure, f.value), low: toCanonical(f.measure, f.low), high: toCanonical(f.measure, f.high) } } : {}),
    });
    i = Math.max(i, f.last);
  }
  return mergeBounds(c, out);
}

/**
 * A lower and an upper bound joined by "und"/"and"/"but"/"," become one range:
 * "mehr als 10 und weniger als 20", "at most 100 and at least 20".
 */
function mergeBounds(c: Ctx, qs: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k]!;
    const b = qs[k + 1];
    const between = b ? c.text.slice(a.end, b.start).trim().toLowerCase() : '';
    const lowerA = a.qualifier === 'more_than' || a.qualifier === 'at_least';
    const upperA = a.qualifier === 'less_than' || a.qualifier === 'at_most';
    const lowerB = b && (b.qualifier === 'more_than' || b.qualifier === 'at_least');
    const upperB = b && (b.qualifier === 'less_than' || b.qualifier === 'at_most');
    if (b && c.lex.boundJoiners.has(between) && ((lowerA && upperB) || (upperA && lowerB)) && (a.unit === null || b.unit === null || a.unitLemma === b.unitLemma)) {
      const lo = lowerA ? a : b;
      const hi = lowerA ? b : a;
      if (lo.value !== null && hi.value !== null && lo.value < hi.value) {
        out.push({
          start: a.start,
          end: b.end,
          value: null,
          low: lo.value,
          high: hi.value,
          qualifier: 'range',
          lowInclusive: lo.qualifier === 'at_least',
          highInclusive: hi.qualifier === 'at_most',
          comparison: c.text.slice(a.start, b.end),
          unit: b.unit ?? a.unit,
          unitLemma: b.unitLemma ?? a.unitLemma,
          kind: b.unit ? b.kind : a.kind,
          anchor: { start: a.anchor.start, end: b.anchor.end },
          unitSpan: b.unitSpan ?? a.unitSpan,
        });
        k++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** "or more", "oder weniger", "or equal" right after a number, unless another number follows. */
function readPostQualifier(c: Ctx, k: number): { effect: 'at_least' | 'at_most' | 'inclusive'; last: number } | null {
  if (!adjacent(c, k)) return null;
  for (const p of c.lex.postQualifiers.get(tokText(c, k).toLowerCase()) ?? []) {
    const last = matchWords(c, k, p.words);
    if (last < 0) continue;
    // "or less than 6000", "and less than 10": the phrase starts another comparison.
    if (adjacent(c, last + 1) && (readNumber(c.text, c.tokens, last + 1, c.lex) || c.lex.qualifiers.has(tokText(c, last + 1).toLowerCase()) || /^(than|als)$/i.test(tokText(c, last + 1)))) continue;
    return { effect: p.effect, last };
  }
  return null;
}

function isSentenceStart(c: Ctx, i: number): boolean {
  const prev = c.tokens[i - 1];
  if (!prev) return true;
  if (c.text.slice(prev.end, c.tokens[i]!.start).includes('\n')) return true;
  return (prev.kind === 'punct' && /[.!?:]$/.test(tokText(c, i - 1))) || (prev.kind === 'quote' && prev.role === 'open');
}

export function extractQuantities(doc: Document): Quantity[] {
  const c: Ctx = {
    text: doc.text,
    tokens: doc.get('tokens').items,
    lex: quantityLexicon(doc.lang),
    units: measureLexicon(doc.lang),
    times: doc.has('times') ? doc.get('times') : null,
  };
  return addDurations(c, extract(c));
}

export const quantityTagger: Component = {
  name: 'quantities',
  requires: ['tokens', 'sentences', 'times'],
  provides: 'quantities',
  run(doc) {
    doc.set('quantities', new Layer(extractQuantities(doc)));
  },
};
