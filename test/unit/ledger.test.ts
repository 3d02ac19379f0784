import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { ledgerRecords, type EstimateRecord } from '../../src/ledger/estimates.js';
import { buildLedger, memorySource } from '../../src/ledger/topics.js';
import { figure, ledgerCsv, rangeChart } from '../../src/ledger/views.js';
import { bcubed } from '../../src/eval/ledger.js';

// Sentences written for these tests; the story (a fictional country's troops sent abroad) is invented.
function records(text: string, lang: string, published: string | null = null) {
  const a = toAnalysis(analyze({ text, lang, published }));
  return { a, ...ledgerRecords(a) };
}

const byText = (es: EstimateRecord[], s: string) => {
  const e = es.find((x) => x.span.text.includes(s));
  assert.ok(e, `no estimate for "${s}" among ${JSON.stringify(es.map((x) => x.span.text))}`);
  return e;
};

function ledgerOf(docs: { text: string; lang: string; published: string }[]) {
  const est = [];
  const den = [];
  for (const [i, d] of docs.entries()) {
    const r = records(d.text, d.lang, d.published);
    const meta = { id: `doc${i}`, url: null, title: null, author: null, published: d.published, lang: d.lang };
    est.push(...r.estimates.map((e) => ({ ...e, document: meta })));
    den.push(...r.denials.map((x) => ({ ...x, document: meta })));
  }
  return buildLedger(memorySource(est, den));
}

describe('estimates: class, predicate family and countries', () => {
  test('a demonym noun counts people and names the origin; nach names the destination', () => {
    const { estimates } = records('Die Regierung erklärte, Nordkorea habe 4000 Soldaten nach Russland entsandt. Später seien 200 Nordkoreaner desertiert.', 'de');
    const sent = byText(estimates, '4000');
    assert.equal(sent.class, 'person');
    assert.equal(sent.family, 'deploy');
    assert.equal(sent.origin, 'nordkorea');
    assert.equal(sent.destination, 'russland');
    const deserted = byText(estimates, '200');
    assert.equal(deserted.class, 'person');
    assert.equal(deserted.family, 'desert');
    assert.equal(deserted.origin, 'nordkorea');
    assert.notEqual(sent.topicKey, deserted.topicKey);
  });

  test('compound units take the class of their last part; durations are no estimates', () => {
    const { estimates } = records('Rund 500 Infanteriesoldaten wurden verlegt. Die Reise dauerte drei Tage.', 'de');
    assert.equal(byText(estimates, '500').class, 'person');
    assert.ok(!estimates.some((e) => e.span.text.includes('drei')), 'a duration became an estimate');
  });

  test('killed and injured are different topics of the same class', () => {
    const { estimates } = records('Bei dem Unglück wurden 14 Menschen getötet und 60 Menschen verletzt.', 'de');
    assert.equal(byText(estimates, '14').family, 'killed');
    assert.equal(byText(estimates, '60').family, 'injured');
  });

  test('a bare figure continues the counted thing before it, with its own predicate when that stands beside it', () => {
    const { estimates } = records('Bei dem Brand in der Lagerhalle wurden mindestens 7 Menschen getötet und 31 verletzt.', 'de');
    assert.equal(byText(estimates, '31').class, 'person');
    assert.equal(byText(estimates, '31').family, 'injured');
    assert.equal(byText(estimates, '7').family, 'killed');
    const en = records('The fire killed at least 7 people and injured 31, the fire brigade said.', 'en').estimates;
    assert.equal(byText(en, '31').family, 'injured');
  });

  test('German "an" is a preposition (destination), not an article', () => {
    const { estimates } = records('Nach Angaben aus Washington hat China 500 Drohnen an Russland geliefert.', 'de');
    const e = byText(estimates, '500');
    assert.equal(e.origin, 'china');
    assert.equal(e.destination, 'russland');
  });

  test('a demonym inside the figure is its origin, also when the cue spans the figure', () => {
    const { estimates } = records('Westliche Schätzungen gehen von 80.000 getöteten ukrainischen Soldaten aus.', 'de');
    assert.equal(byText(estimates, '80.000').origin, 'ukraine');
  });

  test('a country inside the source phrase names the speaker, not what is counted', () => {
    const { estimates } = records('Nach britischen Geheimdienstschätzungen wurden 3000 Soldaten verlegt.', 'de');
    assert.equal(byText(estimates, '3000').origin, null);
  });

  test('a bare figure takes what the sentence before says is counted', () => {
    const { estimates } = records('Offen ist, wie viele Menschen ihre Häuser verlassen mussten. Das Landratsamt nennt rund 2.100, die Feuerwehr 1900.', 'de');
    const e = byText(estimates, '2.100');
    assert.equal(e.class, 'person');
    assert.equal(e.family, 'evacuate');
  });

  test('a figure without predicate joins the document topic of its size, not a far smaller one', () => {
    const { estimates } = records('Nordkorea hat 8000 Soldaten nach Russland verlegt. Zwei Mitarbeiter der Botschaft bestätigten das. Medien erwarten 9000 Soldaten.', 'de');
    assert.equal(byText(estimates, '9000').topicKey, byText(estimates, '8000').topicKey);
    const two = estimates.find((e) => e.span.text.startsWith('Zwei'));
    if (two) assert.notEqual(two.topicKey, byText(estimates, '8000').topicKey);
  });

  test('English: demonym adjectives and "to" give origin and destination', () => {
    const { estimates } = records('Officials said North Korea had sent about 9,000 troops to Russia.', 'en');
    const e = byText(estimates, '9,000');
    assert.equal(e.class, 'person');
    assert.equal(e.family, 'deploy');
    assert.equal(e.origin, 'nordkorea');
    assert.equal(e.destination, 'russland');
  });

  test('a denial points at the topic of its document', () => {
    const { estimates, denials } = records('Nordkorea hat 8000 Soldaten nach Russland verlegt, sagte der Minister. Die russische Regierung bestreitet die Entsendung.', 'de');
    assert.equal(denials.length, 1);
    assert.equal(denials[0]!.topicKey, byText(estimates, '8000').topicKey);
  });

  test('offsets are code points into the document text', () => {
    const { a, estimates } = records('🚀 Nordkorea hat 8000 Soldaten nach Russland verlegt.', 'de');
    const e = byText(estimates, '8000');
    assert.equal([...a.document.text].slice(e.span.start, e.span.end).join(''), e.span.text);
  });
});

describe('topics across documents and languages', () => {
  const docs = [
    { text: 'Nordkorea hat nach Angaben aus Seoul 8000 Soldaten nach Russland entsandt.', lang: 'de', published: '2025-05-02' },
    { text: 'North Korea has sent more than 10,000 troops to Russia, officials said.', lang: 'en', published: '2025-05-01' },
    { text: 'Medien berichten, Tausende Soldaten seien in Russland ausgebildet worden. Moskau dementiert die Entsendung.', lang: 'de', published: '2025-05-03' },
  ];
  const ledger = ledgerOf(docs);

  test('German and English estimates of the same troops share one topic, in date order', () => {
    const t = ledger.topics.find((x) => x.estimates.some((e) => e.span.text.includes('10,000')));
    assert.ok(t);
    const texts = t.estimates.map((e) => e.span.text);
    assert.ok(texts.some((s) => s.includes('8000')), JSON.stringify(ledger.topics.map((x) => [x.label, x.estimates.map((e) => e.span.text)])));
    assert.ok(texts.some((s) => s.includes('Tausende')), 'the estimate without a country did not join the topic with one');
    assert.deepEqual(t.estimates.map((e) => e.published), [...t.estimates.map((e) => e.published)].sort());
    assert.deepEqual(t.entities, ['nordkorea', 'russland']);
    assert.equal(new Set(t.estimates.map((e) => e.lang)).size, 2);
  });

  test('the topic filter keeps matching topics only', () => {
    const all = ledgerOf(docs);
    const none = buildLedger(memorySource([], []));
    assert.equal(none.topics.length, 0);
    assert.ok(all.topics.length >= 1);
  });

  test('views: figures, CSV quoting and the range chart', () => {
    assert.equal(figure({ value: 10000, low: 10000, high: null, qualifier: 'more_than' }), '> 10,000');
    assert.equal(figure({ value: null, low: 3000, high: 4000, qualifier: 'range' }), '3,000–4,000');
    const csv = ledgerCsv(ledger);
    assert.ok(csv.startsWith('topic,label,'));
    assert.equal(csv.split('\r\n').length - 2, ledger.topics.reduce((n, t) => n + t.estimates.length, 0));
    const chart = rangeChart(ledger.topics[0]!.estimates, 30);
    assert.equal(chart.length, ledger.topics[0]!.estimates.length + 1);
    for (const line of chart.slice(0, -1)) assert.equal([...line].length, 30);
  });
});

describe('B-cubed', () => {
  test('perfect, all-in-one and all-apart clusterings', () => {
    const gold = ['a', 'a', 'b', 'c'];
    assert.deepEqual(bcubed(gold, ['x', 'x', 'y', 'z']), { precision: 1, recall: 1, f1: 1 });
    const one = bcubed(gold, ['x', 'x', 'x', 'x']);
    assert.equal(one.recall, 1);
    assert.ok(Math.abs(one.precision - (2 / 4 + 2 / 4 + 1 / 4 + 1 / 4) / 4) < 1e-12);
    const apart = bcubed(gold, ['1', '2', '3', '4']);
    assert.equal(apart.precision, 1);
    assert.equal(apart.recall, (0.5 + 0.5 + 1 + 1) / 4);
  });
});

describe('source names', () => {
  test('articles, genitives and appositions are undone, so one source has one key', async () => {
    const { plainSourceName } = await import('../../src/ledger/source-name.js');
    assert.equal(plainSourceName('des Landratsamts'), 'Landratsamt');
    assert.equal(plainSourceName('Das Landratsamt'), 'Landratsamt');
    assert.equal(plainSourceName('dem Landratsamt'), 'Landratsamt');
    assert.equal(plainSourceName('The district authority'), 'District authority');
    assert.equal(plainSourceName('Mara Veldt, an analyst at a reinsurer'), 'Mara Veldt');
    assert.equal(plainSourceName('des Vereins'), 'Verein');
  });
});

describe('ledger: ages, rates, shares and units are no head counts', () => {
  const texts = (es: EstimateRecord[]) => es.map((e) => e.span.text);

  test('an age is no count (German and English), the count beside it stays', () => {
    const en = records('One woman, aged 64, is still missing after the storm. A 58-year-old man was rescued. 40 people were evacuated.', 'en');
    assert.ok(!texts(en.estimates).some((t) => /^(64|58)/.test(t)), JSON.stringify(texts(en.estimates)));
    assert.ok(texts(en.estimates).some((t) => t.startsWith('40')));
    const de = records('Eine 64-jährige Frau wird noch vermisst. Ein Mann im Alter von 58 wurde gerettet. 40 Menschen wurden evakuiert.', 'de');
    assert.ok(!texts(de.estimates).some((t) => /^(64|58)/.test(t)), JSON.stringify(texts(de.estimates)));
    assert.ok(texts(de.estimates).some((t) => t.startsWith('40')));
  });

  test('a rate is no stock: litres per hour never join a flood volume', () => {
    const r = records('Sensors measured 2,400 litres per hour of seepage. The storm released up to 50,000 cubic metres of water.', 'en');
    assert.ok(!texts(r.estimates).some((t) => t.startsWith('2,400')), JSON.stringify(texts(r.estimates)));
    assert.ok(texts(r.estimates).some((t) => t.startsWith('up to 50,000')));
  });

  test('measures carry their unit: litres and cubic metres are different topics', () => {
    const r = records('The tank held 3,000 litres. The reservoir lost 90,000 cubic metres.', 'en');
    assert.notEqual(byText(r.estimates, '3,000').class, byText(r.estimates, '90,000').class);
  });

  test('a share is no number of people', () => {
    const r = records('Insurers said they would cover "well under half" of the damage. About 300 people lost their homes.', 'en');
    assert.ok(!r.estimates.some((e) => e.class === 'person' && (e.value ?? e.high ?? 0) < 1), JSON.stringify(texts(r.estimates)));
  });

  test('a bare figure before an attributive predicate and a noun counts that noun, not people', () => {
    const r = records('Officials in the four affected villages said 1,200 people were evacuated.', 'en');
    assert.ok(!r.estimates.some((e) => e.span.text === 'four'), JSON.stringify(texts(r.estimates)));
    assert.ok(texts(r.estimates).some((t) => t.startsWith('1,200')));
  });
});
