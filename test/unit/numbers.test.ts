/**
 * Numbers: reading digits and number words (src/extract/numbers.ts), directly and through the quantity layer.
 * Every sentence here is written for this test.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { parseDigits, parseGermanNumberWord, readNumber } from '../../src/extract/numbers.js';
import { quantityLexicon } from '../../src/extract/quantity-lexicon.js';
import type { Quantity } from '../../src/extract/types.js';
import { getLanguage } from '../../src/lang/index.js';
import { tokenize } from '../../src/text/tokenize.js';
import { validateAnalysis } from '../helpers.js';

type Lang = 'de' | 'en';

function close(actual: number | null, expected: number, what: string): void {
  assert.ok(actual !== null, `${what}: got null, expected ${expected}`);
  assert.ok(Math.abs(actual - expected) <= Math.abs(expected) * 1e-9 + 1e-12, `${what}: got ${actual}, expected ${expected}`);
}

interface Seen {
  text: string;
  anchor: string;
  q: Quantity;
}

/** The quantities of a sentence, with the serialized JSON checked against the schema. */
function quantities(text: string, lang: Lang): Seen[] {
  const doc = analyze({ text, lang, published: '2024-10-20' });
  const a = toAnalysis(doc);
  const r = validateAnalysis(a);
  assert.ok(r.valid, `not valid per schema:\n${r.message}`);
  return doc.get('quantities').items.map((q) => ({ text: doc.text.slice(q.start, q.end), anchor: doc.text.slice(q.anchor.start, q.anchor.end), q }));
}

/** The single quantity whose anchor is `anchor`; fails listing what was found. */
function byAnchor(text: string, lang: Lang, anchor: string): Seen {
  const all = quantities(text, lang);
  const hits = all.filter((s) => s.anchor === anchor);
  assert.equal(hits.length, 1, `expected one quantity anchored at ${JSON.stringify(anchor)} in ${JSON.stringify(text)}; got ${JSON.stringify(all.map((s) => [s.text, s.anchor, s.q.value]))}`);
  return hits[0]!;
}

describe('parseDigits: separators by language', () => {
  const cases: [string, boolean, number | null][] = [
    ['600.000', true, 600000],
    ['600,000', false, 600000],
    ['1,5', true, 1.5],
    ['1.5', false, 1.5],
    ['2.5', false, 2.5],
    ['10,000', false, 10000],
    ['1.234.567', true, 1234567],
    ['1,234,567', false, 1234567],
    ['1.234.567,89', true, 1234567.89],
    ['1,234,567.89', false, 1234567.89],
    // One group of three after the separator: a thousands group in the language's own style,
    // a decimal in the other one.
    ['4.800', true, 4800],
    ['4,800', true, 4.8],
    ['4,800', false, 4800],
    ['4.800', false, 4.8],
    // Several groups can only be thousands, whatever the language.
    ['1.234.567', false, 1234567],
    ['1,234,567', true, 1234567],
    ['12', true, 12],
    ['0,25', true, 0.25],
    ['0.25', false, 0.25],
    ['abc', true, null],
    ['', true, null],
  ];
  for (const [s, comma, expected] of cases) {
    test(`${JSON.stringify(s)} (${comma ? 'de' : 'en'}) → ${expected}`, () => {
      const v = parseDigits(s, comma);
      if (expected === null) assert.equal(v, null);
      else close(v, expected, s);
    });
  }
});

describe('parseGermanNumberWord: one-word German numbers', () => {
  const lex = quantityLexicon('de');
  const cases: [string, number | null][] = [
    ['zwölf', 12],
    ['sechzehn', 16],
    ['siebzehn', 17],
    ['einundzwanzig', 21],
    ['sechsundsechzig', 66],
    ['siebenundsiebzig', 77],
    ['zweihundert', 200],
    ['hundertzwanzig', 120],
    ['einhunderteinunddreißig', 131],
    ['dreitausendfünfhundert', 3500],
    ['zweitausendvierundzwanzig', 2024],
    ['dreihunderttausend', 300000],
    ['anderthalb', 1.5],
    ['eineinhalb', 1.5],
    ['zweieinhalb', 2.5],
    ['dreieinhalb', 3.5],
    ['dreiviertel', 0.75],
    // Spellings without ß or umlauts.
    ['dreissig', 30],
    ['fuenf', 5],
    ['Zwölf', 12],
    // Not numbers.
    ['Haus', null],
    ['Einheit', null],
    ['Achtung', null],
    ['zweite', null],
  ];
  for (const [w, expected] of cases) {
    test(`${w} → ${expected}`, () => {
      const v = parseGermanNumberWord(w, lex);
      if (expected === null) assert.equal(v, null);
      else close(v, expected, w);
    });
  }
});

describe('readNumber: the longest number expression at a token', () => {
  function read(text: string, lang: Lang): { value: number; text: string } | null {
    const tokens = tokenize(text, getLanguage(lang));
    const e = readNumber(text, tokens, 0, quantityLexicon(lang));
    return e ? { value: e.value, text: text.slice(e.start, e.end) } : null;
  }
  test('names of Object.prototype members are no numbers ("constructor", "toString")', () => {
    for (const lang of ['de', 'en'] as const) {
      for (const w of ['constructor people', 'toString', 'hasOwnProperty', 'valueOf']) assert.equal(read(w, lang), null, `${lang}: ${w}`);
    }
  });
  const cases: [string, Lang, number, string][] = [
    ['eine Million Menschen', 'de', 1e6, 'eine Million'],
    ['ein Dutzend Eier', 'de', 12, 'ein Dutzend'],
    ['eine halbe Million Euro', 'de', 500000, 'eine halbe Million'],
    ['2,3 Milliarden Euro', 'de', 2.3e9, '2,3 Milliarden'],
    ['48 Mio. Euro', 'de', 48e6, '48 Mio.'],
    ['zwei Drittel der Stimmen', 'de', 2 / 3, 'zwei Drittel'],
    ['a million copies', 'en', 1e6, 'a million'],
    ['a dozen eggs', 'en', 12, 'a dozen'],
    ['half a million dollars', 'en', 500000, 'half a million'],
    ['one hundred and three people', 'en', 103, 'one hundred and three'],
    ['one and a half million dollars', 'en', 1.5e6, 'one and a half million'],
    ['twenty-one people', 'en', 21, 'twenty-one'],
    ['100k followers', 'en', 100000, '100k'],
  ];
  for (const [text, lang, value, span] of cases) {
    test(`${JSON.stringify(text)} (${lang}) → ${value} over ${JSON.stringify(span)}`, () => {
      const r = read(text, lang);
      assert.ok(r, `no number read in ${JSON.stringify(text)}`);
      close(r.value, value, text);
      assert.equal(r.text, span);
    });
  }
  for (const [text, lang] of [
    ['ein Haus', 'de'],
    ['eine neue Stufe', 'de'],
    ['einer Pioniereinheit', 'de'],
    ['einen Tag', 'de'],
    ['a house', 'en'],
    ['an attack', 'en'],
    ['und dann', 'de'],
  ] as const) {
    test(`an article alone is no number: ${JSON.stringify(text)} (${lang})`, () => {
      assert.equal(read(text, lang), null);
    });
  }
});

describe('numbers in sentences: digits with German and English separators', () => {
  const cases: [string, Lang, string, number][] = [
    ['Es kamen 600.000 Menschen zur Kundgebung.', 'de', '600.000', 600000],
    ['Die Preise stiegen um 1,5 Prozent.', 'de', '1,5', 1.5],
    ['Im Lager lebten 12 000 Menschen.', 'de', '12 000', 12000],
    ['Der Verein zählte 1 234 567 Besucher.', 'de', '1 234 567', 1234567],
    ['Die Firma zahlte 1.234.567,89 Euro.', 'de', '1.234.567,89', 1234567.89],
    ['Die Armee verlegte 4.800 Soldaten.', 'de', '4.800', 4800],
    ['Der Tank fasste 4,800 Tonnen.', 'de', '4,800', 4.8],
    ['Some 10,000 people marched.', 'en', '10,000', 10000],
    ['Prices rose by 2.5 percent.', 'en', '2.5', 2.5],
    ['The army moved 4,800 troops.', 'en', '4,800', 4800],
    ['The camp housed 12 000 people.', 'en', '12 000', 12000],
    ['The firm paid 1,234,567.89 dollars.', 'en', '1,234,567.89', 1234567.89],
  ];
  for (const [text, lang, anchor, value] of cases) {
    test(`${JSON.stringify(anchor)} (${lang}) = ${value}`, () => {
      close(byAnchor(text, lang, anchor).q.value, value, anchor);
    });
  }
});

describe('numbers in sentences: number words', () => {
  const cases: [string, Lang, string, number][] = [
    ['Es kamen zwölf Soldaten.', 'de', 'zwölf', 12],
    ['Zwölf Soldaten kamen zurück.', 'de', 'Zwölf', 12],
    ['Das Dorf hat zweihundert Einwohner.', 'de', 'zweihundert', 200],
    ['Im Saal saßen einhunderteinunddreißig Abgeordnete.', 'de', 'einhunderteinunddreißig', 131],
    ['Es kamen einundzwanzig Gäste.', 'de', 'einundzwanzig', 21],
    ['Die Fahrt dauerte anderthalb Stunden.', 'de', 'anderthalb', 1.5],
    ['Die Fahrt dauerte zweieinhalb Stunden.', 'de', 'zweieinhalb', 2.5],
    ['Sie kaufte ein Dutzend Eier.', 'de', 'ein Dutzend', 12],
    ['Dafür stimmten zwei Drittel der Abgeordneten.', 'de', 'zwei Drittel', 2 / 3],
    ['Der Umbau kostet eine halbe Million Euro.', 'de', 'eine halbe Million', 500000],
    ['Es kamen eine Million Menschen.', 'de', 'eine Million', 1e6],
    ['Zwei Millionen Menschen flohen.', 'de', 'Zwei Millionen', 2e6],
    ['There were twelve soldiers.', 'en', 'twelve', 12],
    ['Twelve soldiers came back.', 'en', 'Twelve', 12],
    ['She bought a dozen eggs.', 'en', 'a dozen', 12],
    ['The village has twenty-one houses.', 'en', 'twenty-one', 21],
    ['The hall seated one hundred and three delegates.', 'en', 'one hundred and three', 103],
    ['The repair cost one and a half million dollars.', 'en', 'one and a half million', 1.5e6],
    ['The repair cost half a million dollars.', 'en', 'half a million', 500000],
    ['Two thirds of the delegates agreed.', 'en', 'Two thirds', 2 / 3],
    ['He sold a million copies.', 'en', 'a million', 1e6],
  ];
  for (const [text, lang, anchor, value] of cases) {
    test(`${JSON.stringify(anchor)} (${lang}) = ${value}`, () => {
      close(byAnchor(text, lang, anchor).q.value, value, anchor);
    });
  }
});

describe('numbers in sentences: multipliers', () => {
  const cases: [string, Lang, string, number][] = [
    ['Es kamen 5 Tausend Besucher.', 'de', '5 Tausend', 5000],
    ['Es kamen 12 Tsd. Besucher.', 'de', '12 Tsd.', 12000],
    ['Der Bau kostet 3 Millionen Euro.', 'de', '3 Millionen', 3e6],
    ['Der Bau kostet 1,5 Millionen Euro.', 'de', '1,5 Millionen', 1.5e6],
    ['Der Bau kostet 48 Mio. Euro.', 'de', '48 Mio.', 48e6],
    ['Der Bau kostet 2,3 Milliarden Euro.', 'de', '2,3 Milliarden', 2.3e9],
    ['Der Bau kostet 7 Mrd. Euro.', 'de', '7 Mrd.', 7e9],
    ['The plant cost 5 million dollars.', 'en', '5 million', 5e6],
    ['The plant cost 1.5 million dollars.', 'en', '1.5 million', 1.5e6],
    ['The plant cost 3 bn dollars.', 'en', '3 bn', 3e9],
    ['The plant cost 2.5bn dollars.', 'en', '2.5bn', 2.5e9],
    ['The plant cost $5m last year.', 'en', '5m', 5e6],
    ['The channel has 100k followers.', 'en', '100k', 100000],
  ];
  for (const [text, lang, anchor, value] of cases) {
    test(`${JSON.stringify(anchor)} (${lang}) = ${value}`, () => {
      close(byAnchor(text, lang, anchor).q.value, value, anchor);
    });
  }
});

describe('numbers in sentences: shares, powers, fractions of a scale, mixed fractions (English)', () => {
  const cases: [string, string, number][] = [
    ['Two out of five voters stayed home.', 'Two out of five', 0.4],
    ['Nine out of 10 doctors agree.', 'Nine out of 10', 0.9],
    ['One in three adults smokes.', 'One in three', 1 / 3],
    ['The signal grew by a factor of 10^5 overnight.', '10^5', 1e5],
    ['The rate fell to 2.5^-1 of its peak.', '2.5^-1', 0.4],
    ['About a quarter of a million people marched.', 'a quarter of a million', 250000],
    ['Two thirds of a million votes were counted.', 'Two thirds of a million', 2e6 / 3],
    ['The budget is three lakh crore rupees.', 'three lakh crore', 3e12],
    ['The bill came to two thousand million pounds.', 'two thousand million', 2e9],
    ['He served 3½ years in prison.', '3½', 3.5],
    ['He served 3 ½ years in prison.', '3 ½', 3.5],
  ];
  for (const [text, anchor, value] of cases) {
    test(`${JSON.stringify(anchor)} = ${value}`, () => {
      close(byAnchor(text, 'en', anchor).q.value, value, anchor);
    });
  }

  test('no share: a part larger than its whole, a year as the whole, a plain "of"', () => {
    const larger = quantities('They scored 12 out of 10 in the test.', 'en').map((s) => s.q.value);
    assert.ok(!larger.some((v) => v !== null && v > 1 - 1e-9 && v < 1.3), `12 out of 10 read as a share: ${JSON.stringify(larger)}`);
    assert.ok(larger.includes(12), `12 is no longer read: ${JSON.stringify(larger)}`);
    const year = quantities('Prices rose 3 in 2020 alone.', 'en');
    assert.deepEqual(year.map((s) => s.anchor), ['3']);
    const of = quantities('Two thirds of the members voted.', 'en');
    assert.deepEqual(of.map((s) => s.anchor), ['Two thirds']);
  });

  test('a power needs digits on both sides of the caret', () => {
    const seen = quantities('The terms x^2 and 4^y grow.', 'en');
    assert.ok(seen.length > 0 && !seen.some((s) => s.anchor.includes('^')), JSON.stringify(seen.map((s) => s.anchor)));
  });
});
