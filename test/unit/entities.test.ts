import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Document } from '../../src/core/document.js';
import { Pipeline } from '../../src/core/pipeline.js';
import { sentencizer, tokenizer } from '../../src/text/components.js';
import { linkEntities } from '../../src/extract/entities.js';
import { keyOf } from '../../src/extract/entity-lexicon.js';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { nerLabeler } from '../../src/extract/ner/labeler.js';

/** Tokens and sentences of a text, and BIO labels given by word for the names we mark as a tagger would. */
function prepare(text: string, lang: string, published: string | null, marks: Record<string, string> = {}) {
  const doc = new Document({ text, lang, published });
  doc.lang = lang;
  new Pipeline([tokenizer, sentencizer]).run(doc);
  const toks = doc.get('tokens').items;
  const labels = toks.map(() => 'O');
  // Shorter phrases first, so a longer name overwrites the words it contains.
  for (const [phrase, type] of Object.entries(marks).sort((a, b) => a[0].length - b[0].length)) {
    const words = phrase.split(' ');
    for (let i = 0; i + words.length <= toks.length; i++) {
      if (words.every((w, k) => doc.text.slice(toks[i + k]!.start, toks[i + k]!.end) === w)) {
        words.forEach((_, k) => (labels[i + k] = (k === 0 ? 'B-' : 'I-') + type));
      }
    }
  }
  return { doc, labels };
}

function entity(doc: Document, labels: string[] | null, mention: string) {
  const es = linkEntities(doc, labels);
  const e = es.find((x) => x.mentions.some((m) => doc.text.slice(m.start, m.end) === mention));
  assert.ok(e, `no entity with a mention “${mention}”: ${JSON.stringify(es.map((x) => x.name))}`);
  return { e, texts: e.mentions.map((m) => doc.text.slice(m.start, m.end)) };
}

describe('entities: keys and known names', () => {
  test('keys spell out umlauts and drop marks', () => {
    assert.equal(keyOf('Südkorea'), 'suedkorea');
    assert.equal(keyOf('Pjöngjang'), 'pjoengjang');
    assert.equal(keyOf('Recep Tayyip Erdoğan'), 'recep-tayyip-erdogan');
    assert.equal(keyOf('Weißes Haus'), 'weisses-haus');
  });

  test('a name in another script keeps its letters; a key is never empty', () => {
    assert.equal(keyOf('Володимир Зеленський'), 'володимир-зеленський');
    assert.equal(keyOf('金正恩'), '金正恩');
    assert.equal(keyOf('€'), 'u20ac');
  });

  test('Selenskyj in German and Zelensky in English share a key', () => {
    const de = prepare('Selenskyj reiste nach Brüssel.', 'de', '2024-10-18');
    const en = prepare('Zelensky travelled to Brussels.', 'en', '2024-10-18');
    const a = entity(de.doc, null, 'Selenskyj').e;
    const b = entity(en.doc, null, 'Zelensky').e;
    assert.equal(a.key, b.key);
    assert.equal(entity(de.doc, null, 'Brüssel').e.key, entity(en.doc, null, 'Brussels').e.key);
  });

  test('a genitive joins its name, and the canonical name is the table’s', () => {
    const { doc } = prepare('Putins Sprecher äußerte sich. Putin selbst schwieg.', 'de', '2024-10-18');
    const { e, texts } = entity(doc, null, 'Putins');
    assert.equal(e.name, 'Wladimir Putin');
    assert.deepEqual(texts, ['Putins', 'Putin']);
  });

  test('a role epithet names its holder only in the role’s years', () => {
    const now = prepare('Der Kremlherrscher drohte dem Westen.', 'de', '2024-10-18');
    assert.equal(entity(now.doc, null, 'Kremlherrscher').e.key, 'wladimir-putin');
    const before = prepare('Der Kremlherrscher drohte dem Westen.', 'de', '1995-05-01');
    assert.equal(linkEntities(before.doc, null).length, 0);
  });

  test('countries have German and English names under one key', () => {
    const de = prepare('Russland und Nordkorea vertiefen ihre Zusammenarbeit.', 'de', null);
    const en = prepare('Russia and North Korea deepen their cooperation.', 'en', null);
    assert.equal(entity(de.doc, null, 'Nordkorea').e.key, entity(en.doc, null, 'North Korea').e.key);
    assert.equal(entity(de.doc, null, 'Russland').e.key, entity(en.doc, null, 'Russia').e.key);
  });
});

describe('entities: linking the tagger’s mentions', () => {
  test('a surname joins the full name before it', () => {
    const text = 'Die Sprecherin Lina Marquardt widersprach. Marquardt sagte, die Zahlen seien falsch. Marquardts Büro schwieg.';
    const { doc, labels } = prepare(text, 'de', null, { 'Lina Marquardt': 'PER', Marquardt: 'PER', Marquardts: 'PER' });
    const { e, texts } = entity(doc, labels, 'Marquardt');
    assert.equal(e.name, 'Lina Marquardt');
    assert.deepEqual(texts, ['Lina Marquardt', 'Marquardt', 'Marquardts']);
  });

  test('two people with the same surname stay apart', () => {
    const text = 'Jonas Brenner traf Ida Brenner. Jonas Brenner lachte, Ida Brenner nicht.';
    const { doc, labels } = prepare(text, 'de', null, { 'Jonas Brenner': 'PER', 'Ida Brenner': 'PER' });
    const a = entity(doc, labels, 'Jonas Brenner').e;
    const b = entity(doc, labels, 'Ida Brenner').e;
    assert.notEqual(a.id, b.id);
    assert.notEqual(a.key, b.key);
  });

  test('a surname before its full name joins it too', () => {
    const text = 'Kessler widersprach. Der Minister Paul Kessler blieb dabei.';
    const { doc, labels } = prepare(text, 'de', null, { Kessler: 'PER', 'Paul Kessler': 'PER' });
    assert.deepEqual(entity(doc, labels, 'Kessler').texts, ['Kessler', 'Paul Kessler']);
  });

  test('a tagged span without a letter is no entity', () => {
    const { doc, labels } = prepare('Der Ausfall beträgt 2 Mrd. € und 5 $.', 'de', null, { '€': 'MISC', '$': 'MISC' });
    assert.deepEqual(linkEntities(doc, labels), []);
  });

  test('an unknown organisation gets a key from its name', () => {
    const { doc, labels } = prepare('Die Quelmtaler Wasserwerke AG meldete Verluste.', 'de', null, { 'Quelmtaler Wasserwerke AG': 'ORG' });
    const { e } = entity(doc, labels, 'Quelmtaler Wasserwerke AG');
    assert.equal(e.type, 'ORG');
    assert.equal(e.key, 'quelmtaler-wasserwerke-ag');
  });
});

describe('entities: the built-in tagger in the default pipeline', () => {
  test('German names no lexicon lists are found by the tagger', () => {
    const text = 'Die Landrätin Hildegard Sommerfeld sagte am Montag in Regensburg, die Brücke werde gesperrt. Sommerfeld verwies auf ein Gutachten.';
    const doc = analyze({ text, lang: 'de' });
    const es = doc.get('entities').items;
    const per = es.find((e) => e.type === 'PER' && e.name.includes('Sommerfeld'));
    assert.ok(per, `no person Sommerfeld: ${JSON.stringify(es.map((e) => [e.name, e.type]))}`);
    assert.equal(per.mentions.length, 2);
  });

  test('the labeler gives one label per token for German and English and stays out of other languages', () => {
    const de = analyze({ text: 'Der Verein tagte in Kassel. Niemand widersprach.', lang: 'de' });
    const labels = nerLabeler(de);
    assert.ok(labels);
    assert.equal(labels.length, de.get('tokens').items.length);
    const en = analyze({ text: "The club met in Kassel's town hall. Nobody objected.", lang: 'en' });
    const enLabels = nerLabeler(en);
    assert.ok(enLabels);
    assert.equal(enLabels.length, en.get('tokens').items.length);
    assert.equal(nerLabeler(analyze({ text: 'Le club s’est réuni à Kassel.', lang: 'und' })), null);
  });
});

describe('entities: tagger output next to known names', () => {
  test('a known person run together with another name by the tagger stays apart', () => {
    const text = 'Wichtig ist, dass Putin Ortrud hilft.';
    const { doc, labels } = prepare(text, 'de', '2024-10-18', { 'Putin Ortrud': 'PER' });
    const es = linkEntities(doc, labels);
    assert.deepEqual(es.map((e) => doc.text.slice(e.start, e.end)), ['Putin', 'Ortrud']);
    assert.equal(es[0]!.key, 'wladimir-putin');
  });

  test('a bare surname echoes a full name found by the tagger, unless it is a common noun', () => {
    const text = 'Der Wirt Anton Pfisterer und der Förster Ernst Koch kamen. Pfisterers Frau grüßte. Koch ist ihr Hobby.';
    const { doc, labels } = prepare(text, 'de', null, { 'Anton Pfisterer': 'PER', 'Ernst Koch': 'PER' });
    assert.deepEqual(entity(doc, labels, 'Anton Pfisterer').texts, ['Anton Pfisterer', 'Pfisterers']);
    assert.deepEqual(entity(doc, labels, 'Ernst Koch').texts, ['Ernst Koch']);
  });
});

describe('entities: known names inside compounds', () => {
  test('a known name before a hyphen and a capitalized part is a mention of it', () => {
    const { doc } = prepare('Nato-Diplomaten und EU-Beamte berieten; der Ost-Teil blieb ruhig.', 'de', null);
    const es = linkEntities(doc, null);
    assert.deepEqual(es.map((e) => [doc.text.slice(e.start, e.end), e.key]), [
      ['Nato', 'nato'],
      ['EU', entity(doc, null, 'EU').e.key],
    ]);
  });

  test('an English compound with a lower-case part is left alone', () => {
    const { doc } = prepare('A US-led coalition met.', 'en', null);
    assert.equal(linkEntities(doc, null).length, 0);
  });
});

describe('entities: organisations defined by an acronym', () => {
  test('the name before a bracketed acronym of its initials is one organisation, and so is the acronym later', () => {
    const text = 'Das Institut für Wald und Wasser (IWW) warnt vor Dürre. Die IWW-Daten zeigen es, sagt das IWW.';
    const { doc } = prepare(text, 'de', null);
    const { e, texts } = entity(doc, null, 'Institut für Wald und Wasser');
    assert.equal(e.type, 'ORG');
    assert.deepEqual(texts, ['Institut für Wald und Wasser', 'IWW', 'IWW']);
  });

  test('a lower-case letter of the acronym may stand for a linking word', () => {
    const { doc } = prepare('Die Landesanstalt für Umwelt (LfU) misst täglich.', 'de', null);
    assert.equal(entity(doc, null, 'Landesanstalt für Umwelt').e.type, 'ORG');
  });

  test('no organisation without an organisation head word, nor when the initials differ', () => {
    for (const text of ['Künstliche Intelligenz (KI) ist überall.', 'Die Stiftung Natur (XY) lädt ein.']) {
      const { doc } = prepare(text, 'de', null);
      assert.deepEqual(linkEntities(doc, null), [], text);
    }
  });
});

describe('entities: a known acronym lends its entity to the spelled-out name', () => {
  test('"World Health Organization (WHO)" is the known WHO', () => {
    const { doc } = prepare('Experts of the World Health Organization (WHO) met in Lyon.', 'en', null);
    const who = entity(doc, null, 'WHO');
    assert.deepEqual(who.texts, ['World Health Organization', 'WHO']);
    assert.equal(linkEntities(doc, null).filter((e) => e.type === 'ORG').length, 1);
  });
});

describe('entities: role phrases in apposition', () => {
  const persons = (text: string) => {
    const a = toAnalysis(analyze({ text, lang: 'de' }));
    return a.entities.filter((e) => e.type === 'PER').map((e) => ({ name: e.name, mentions: e.mentions.map((m) => m.text) }));
  };

  test('a role phrase before or after a name, set off by commas, is a mention of that person', () => {
    const before = persons('Kurz darauf legte die Ministerin für Verkehr, Helga Brunnmeier, nach.');
    assert.deepEqual(before.find((p) => p.name === 'Helga Brunnmeier')?.mentions, ['die Ministerin für Verkehr', 'Helga Brunnmeier']);
    const after = persons('Jonas Feldkamp, der Sprecher des Landratsamts, sagte, man prüfe die Zahlen.');
    assert.deepEqual(after.find((p) => p.name === 'Jonas Feldkamp')?.mentions, ['Jonas Feldkamp', 'der Sprecher des Landratsamts']);
  });

  test('a clause before the comma is no apposition, nor is a name that goes on into its own clause', () => {
    for (const text of ['Der Minister sagte, Helga Brunnmeier habe recht.', 'Er lobte den Bürgermeister, Helga Brunnmeier widersprach.']) {
      const p = persons(text).find((x) => x.name === 'Helga Brunnmeier');
      assert.deepEqual(p?.mentions, ['Helga Brunnmeier'], text);
    }
  });
});

describe('entities: English title phrases before a name', () => {
  const mentionsOf = (text: string, marks: Record<string, string>, name: string, lang = 'en') => {
    const { doc, labels } = prepare(text, lang, null, marks);
    const e = linkEntities(doc, labels).find((x) => x.name === name);
    return e?.mentions.map((m) => text.slice(m.start, m.end));
  };

  test('the title phrase right before a name is a mention of the person; the organisation in it keeps its own', () => {
    const text = 'White House spokesman Tobias Wendell called it a mistake. Wendell left.';
    const marks = { 'White House': 'ORG', 'Tobias Wendell': 'PER', Wendell: 'PER' };
    assert.deepEqual(mentionsOf(text, marks, 'Tobias Wendell'), ['White House spokesman', 'Tobias Wendell', 'Wendell']);
    const { doc, labels } = prepare(text, 'en', null, marks);
    const org = linkEntities(doc, labels).find((x) => x.type === 'ORG');
    assert.deepEqual(org?.mentions.map((m) => text.slice(m.start, m.end)), ['White House']);
    assert.deepEqual(
      mentionsOf("Norway's deputy foreign minister Tobias Wendell flew home.", { Norway: 'LOC', 'Tobias Wendell': 'PER' }, 'Tobias Wendell'),
      ["Norway's deputy foreign minister", 'Tobias Wendell'],
    );
    assert.deepEqual(mentionsOf('Yesterday the club coach Tobias Wendell resigned.', { 'Tobias Wendell': 'PER' }, 'Tobias Wendell'), ['the club coach', 'Tobias Wendell']);
  });

  test('no title without a role right before the name; a sentence-initial preposition, a day or another person stays outside', () => {
    assert.deepEqual(mentionsOf('He told reporters Tobias Wendell had left.', { 'Tobias Wendell': 'PER' }, 'Tobias Wendell'), ['Tobias Wendell']);
    assert.deepEqual(mentionsOf('On Monday President Tobias Wendell left.', { 'Tobias Wendell': 'PER' }, 'Tobias Wendell'), ['President', 'Tobias Wendell']);
    assert.deepEqual(
      mentionsOf('Anna Berg spokesman Tobias Wendell said no.', { 'Anna Berg': 'PER', 'Tobias Wendell': 'PER' }, 'Tobias Wendell'),
      ['spokesman', 'Tobias Wendell'],
    );
    // German keeps its commas: a capitalized noun before a name is no English title phrase.
    const de = 'Regierungssprecher Tobias Wendell widersprach.';
    assert.deepEqual(mentionsOf(de, { 'Tobias Wendell': 'PER' }, 'Tobias Wendell', 'de'), ['Tobias Wendell']);
  });
});
