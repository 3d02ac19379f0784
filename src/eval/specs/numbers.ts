import { createRequire } from 'node:module';
import { analyze } from '../../analysis/analyze.js';
import type { Document } from '../../core/document.js';
import { findNumbers } from '../../extract/numbers.js';
import { findOrdinals } from '../../extract/ordinals.js';
import { quantityLexicon } from '../../extract/quantity-lexicon.js';
import type { Quantity } from '../../extract/types.js';
import { toRawSpan } from '../../text/normalize.js';
import { sameNumber, specNumber } from './run.js';
import type { SpecAdapter, SpecCase, SpecResult } from './types.js';

/**
 * Adapters for the Recognizers-Text number specs. How their result shapes map onto ours:
 * - NumberModel: every number expression we read (digits, words, scales, fractions), compared by
 *   offsets (their End is inclusive) and value. German values are written with a decimal comma.
 * - PercentModel: our quantities of kind "percent", the span from the number to the per-cent word.
 * - NumberRangeModel: our quantities with a bound qualifier, the span from the qualifier to the number
 *   (the counted noun is not part of their text), the value as their interval notation:
 *   more_than "(v,)", at_least "[v,)", less_than "(,v)", at_most "(,v]", range "[low,high)".
 * - CurrencyModel: our quantities of kind "money", the span from a prefixed symbol or the number to the
 *   currency word; their unit name must map to our ISO code where we know the name.
 * - DimensionModel: our quantities whose unit is a unit of measure, compared by span and value.
 * - OrdinalModel: ordinal tokens ("3.") and German ordinal words ("dritten", "hundertste").
 * Offsets: we analyse the case's input, then map our spans back to the raw input (normalization may
 * trim or collapse white space).
 */

type Lang = 'de' | 'en';

interface Got {
  start: number;
  end: number;
  value: string | number;
  unit?: string | null;
}

const require = createRequire(import.meta.url);
type PeerFn = (query: string, culture: string) => { start: number; end: number; resolution?: Record<string, unknown> }[];
let peerModule: Record<string, unknown> | null | undefined;
function peer(): Record<string, unknown> | null {
  if (peerModule === undefined) {
    try {
      peerModule = require('@microsoft/recognizers-text-suite') as Record<string, unknown>;
    } catch {
      peerModule = null;
    }
  }
  return peerModule;
}

function run(c: SpecCase, lang: Lang): Document {
  const published = c.Context?.ReferenceDateTime?.slice(0, 10) ?? null;
  return analyze({ text: c.Input, lang, published });
}

function raw(doc: Document, start: number, end: number): { start: number; end: number } {
  return toRawSpan(doc.normalized, start, end);
}

function expectedEnd(r: SpecResult): number {
  if (r.End !== undefined) return r.End + 1;
  return r.Start + (r.Length ?? r.Text.length);
}

/** A case passes when the two lists match one-to-one by offsets and value (and unit, where given). */
function matches(expected: SpecResult[], got: Got[], lang: Lang, compare: (exp: SpecResult, g: Got) => boolean): boolean {
  if (expected.length !== got.length) return false;
  const used = new Set<number>();
  for (const e of expected) {
    const idx = got.findIndex((g, i) => !used.has(i) && g.start === e.Start && g.end === expectedEnd(e) && compare(e, g));
    if (idx < 0) return false;
    used.add(idx);
  }
  void lang;
  return true;
}

const numericValue = (lang: Lang) => (e: SpecResult, g: Got) =>
  sameNumber(specNumber(e.Resolution?.['value'], lang === 'de'), typeof g.value === 'number' ? g.value : Number(g.value));

function quantities(doc: Document): readonly Quantity[] {
  return doc.get('quantities').items;
}

function interval(q: Quantity): string | null {
  const lo = (incl: boolean | undefined) => (incl ? '[' : '(');
  const hi = (incl: boolean | undefined) => (incl ? ']' : ')');
  switch (q.qualifier) {
    case 'more_than':
    case 'at_least':
      return `${lo(q.qualifier === 'at_least')}${q.value},)`;
    case 'less_than':
    case 'at_most':
      return `(,${q.value}${hi(q.qualifier === 'at_most')}`;
    case 'range':
      return `${q.lowInclusive === false ? '(' : '['}${q.low},${q.high}${q.highInclusive ? ']' : ')'}`;
    case 'exact':
      // Only an explicitly stated equality ("equals 20") is a range of one value.
      return q.comparison !== undefined ? `[${q.value},${q.value}]` : null;
    default:
      return null;
  }
}

/** The end of what the range text covers: the number, or a bounding phrase after it ("200 or more"). */
function rangeEnd(doc: Document, q: Quantity): number {
  const post = q.comparison?.includes(' … ') ? q.comparison.split(' … ').pop()! : q.qualifier === 'range' && q.comparison ? null : q.comparison;
  if (q.comparison && q.qualifier === 'range' && q.lowInclusive !== undefined) return q.anchor.end;
  if (post) {
    const at = doc.text.indexOf(post, q.anchor.end);
    if (at >= 0 && at - q.anchor.end <= 2) return at + post.length;
  }
  return q.anchor.end;
}

function sameInterval(a: string, b: string): boolean {
  const re = /^([[(])\s*([^,]*?)\s*,\s*([^\])]*?)\s*([\])])$/;
  const x = re.exec(a.replace(/\s/g, ''));
  const y = re.exec(b.replace(/\s/g, ''));
  if (!x || !y) return false;
  const num = (s: string) => (s === '' ? null : Number(s));
  return x[1] === y[1] && x[4] === y[4] && sameNumber(num(x[2]!), num(y[2]!)) && sameNumber(num(x[3]!), num(y[3]!));
}

const CURRENCY_NAMES: Record<string, string> = {
  dollar: 'USD',
  'united states dollar': 'USD',
  euro: 'EUR',
  pound: 'GBP',
  'british pound': 'GBP',
  'pound sterling': 'GBP',
  'canadian dollar': 'CAD',
  'australian dollar': 'AUD',
  'japanese yen': 'JPY',
  yen: 'JPY',
  'chinese yuan': 'CNY',
  yuan: 'CNY',
  'swiss franc': 'CHF',
  franc: 'CHF',
  'russian ruble': 'RUB',
  ruble: 'RUB',
};

function peerResults(fn: string, c: SpecCase, lang: Lang): Got[] | null {
  const R = peer();
  if (!R || typeof R[fn] !== 'function') return null;
  const cultures = R['Culture'] as Record<string, string>;
  const results = (R[fn] as PeerFn)(c.Input, lang === 'de' ? cultures['German']! : cultures['English']!);
  return results.map((r) => ({ start: r.start, end: r.end + 1, value: String(r.resolution?.['value'] ?? ''), unit: (r.resolution?.['unit'] as string | undefined) ?? null }));
}

/** The peer writes values in its own (English) notation, even for German input. */
const peerValue = (lang: Lang) => (e: SpecResult, g: Got) => {
  const v = String(g.value).replace(/%$/, '');
  const n = /,/.test(v) && !/\./.test(v) ? specNumber(v, true) : specNumber(v, false);
  return sameNumber(specNumber(String(e.Resolution?.['value'] ?? '').replace(/%$/, ''), lang === 'de'), n);
};

/** The peer's value and its unit as the spec writes it. */
const peerValueAndUnit = (lang: Lang) => (e: SpecResult, g: Got) => peerValue(lang)(e, g) && String(e.Resolution?.['unit'] ?? '') === String(g.unit ?? '');

/** The peer's results of one recognizer matched against the case; null where the package lacks it. */
function peerMatches(fn: string, c: SpecCase, lang: Lang, compare = peerValue(lang)) {
  const got = peerResults(fn, c, lang);
  return got === null ? null : matches(c.Results, got, lang, compare);
}

function numberModel(file: string, lang: Lang): SpecAdapter {
  return {
    file,
    skip: () => null,
    ours(c) {
      const doc = run(c, lang);
      const got = findNumbers(doc.text, doc.get('tokens').items, quantityLexicon(lang)).map((e) => ({ ...raw(doc, e.start, e.end), value: e.value }));
      return matches(c.Results, got, lang, numericValue(lang));
    },
    peer: (c) => peerMatches('recognizeNumber', c, lang),
  };
}

function percentModel(file: string, lang: Lang): SpecAdapter {
  const value = (e: SpecResult, g: Got) =>
    sameNumber(specNumber(String(e.Resolution?.['value'] ?? '').replace(/%$/, ''), lang === 'de'), Number(g.value));
  return {
    file,
    skip: () => null,
    ours(c) {
      const doc = run(c, lang);
      const got = quantities(doc)
        .filter((q) => q.kind === 'percent' && q.value !== null)
        .map((q) => ({ ...raw(doc, q.anchor.start, q.unitSpan?.end ?? q.anchor.end), value: q.value! }));
      return matches(c.Results, got, lang, value);
    },
    peer: (c) => peerMatches('recognizePercentage', c, lang),
  };
}

function rangeModel(file: string, lang: Lang): SpecAdapter {
  return {
    file,
    skip: () => null,
    ours(c) {
      const doc = run(c, lang);
      const got: Got[] = [];
      for (const q of quantities(doc)) {
        const iv = interval(q);
        if (iv) got.push({ ...raw(doc, q.start, rangeEnd(doc, q)), value: iv });
      }
      return matches(c.Results, got, lang, (e, g) => sameInterval(String(e.Resolution?.['value'] ?? ''), String(g.value)));
    },
    // The npm package exposes no number-range model.
    peer: () => null,
  };
}

const SUB_UNITS = new Set(['cent', 'pence', 'penny']);

function currencyModel(file: string, lang: Lang): SpecAdapter {
  const compare = (e: SpecResult, g: Got) => {
    const name = String(e.Resolution?.['unit'] ?? '').toLowerCase();
    // They give "34 cents" as 34 Cent; we give the amount in the main unit (0.34 USD).
    const sub = SUB_UNITS.has(name) ? 0.01 : 1;
    const want = specNumber(e.Resolution?.['value'], lang === 'de');
    if (!sameNumber(want === null ? null : Number((want * sub).toPrecision(12)), typeof g.value === 'number' ? g.value : Number(g.value))) return false;
    const iso = CURRENCY_NAMES[name];
    return iso === undefined || g.unit === iso;
  };
  return {
    file,
    skip: () => null,
    ours(c) {
      const doc = run(c, lang);
      const got = quantities(doc)
        .filter((q) => q.kind === 'money' && q.value !== null)
        .map((q) => {
          const start = Math.min(q.anchor.start, q.unitSpan?.start ?? q.anchor.start);
          const end = q.end;
          return { ...raw(doc, start, end), value: q.value!, unit: q.unitLemma };
        });
      return matches(c.Results, got, lang, compare);
    },
    peer: (c) => peerMatches('recognizeCurrency', c, lang, peerValueAndUnit(lang)),
  };
}

function dimensionModel(file: string, lang: Lang): SpecAdapter {
  return {
    file,
    skip: () => null,
    ours(c) {
      const doc = run(c, lang);
      // Temperatures are the specs' own model (TemperatureModel), not a dimension.
      const got = quantities(doc)
        .filter((q) => q.canonical !== undefined && q.canonical.unit !== '°C' && q.value !== null)
        .map((q) => ({ ...raw(doc, q.anchor.start, q.unitSpan!.end), value: q.value! }));
      return matches(c.Results, got, lang, numericValue(lang));
    },
    peer: (c) => peerMatches('recognizeDimension', c, lang, peerValueAndUnit(lang)),
  };
}

function ordinalModel(file: string, lang: Lang): SpecAdapter {
  return {
    file,
    // Relative ordinals ("letzten" = end+0, "nächste" = current+1) name a position in a list, not a number.
    skip: (c) => (c.Results.some((r) => /^(end|current)/.test(String(r.Resolution?.['value'] ?? ''))) ? 'relative ordinal (letzte, nächste): a list position, not a number' : null),
    ours(c) {
      const doc = run(c, lang);
      const got = findOrdinals(doc.text, doc.get('tokens').items, quantityLexicon(lang)).map((o) => ({ ...raw(doc, o.start, o.end), value: o.value }));
      return matches(c.Results, got, lang, numericValue(lang));
    },
    peer: (c) => peerMatches('recognizeOrdinal', c, lang),
  };
}

export function numberAdapters(): SpecAdapter[] {
  return [
    numberModel('Number/German/NumberModel.json', 'de'),
    rangeModel('Number/German/NumberRangeModel.json', 'de'),
    percentModel('Number/German/PercentModel.json', 'de'),
    ordinalModel('Number/German/OrdinalModel.json', 'de'),
    currencyModel('NumberWithUnit/German/CurrencyModel.json', 'de'),
    dimensionModel('NumberWithUnit/German/DimensionModel.json', 'de'),
    numberModel('Number/English/NumberModel.json', 'en'),
    rangeModel('Number/English/NumberRangeModel.json', 'en'),
    currencyModel('NumberWithUnit/English/CurrencyModel.json', 'en'),
    dimensionModel('NumberWithUnit/English/DimensionModel.json', 'en'),
  ];
}
