import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Document } from '../../src/core/document.js';
import { Pipeline } from '../../src/core/pipeline.js';
import { sentencizer, tokenizer } from '../../src/text/components.js';
import { linkEntities } from '../../src/extract/entities.js';
import { findInstitutions } from '../../src/extract/institutions.js';

function entities(text: string, lang: string) {
  const doc = new Document({ text, lang });
  doc.lang = lang;
  new Pipeline([tokenizer, sentencizer]).run(doc);
  return { doc, es: linkEntities(doc, null) };
}

describe('institutions named by their country', () => {
  test('German genitive after and before the noun give one organisation', () => {
    const { doc, es } = entities('Der Geheimdienst Dänemarks warnte. Später bestätigte Dänemarks Geheimdienst die Angaben.', 'de');
    const org = es.find((e) => e.type === 'ORG');
    assert.ok(org, JSON.stringify(es.map((e) => e.name)));
    assert.equal(org.key, 'daenemark-intelligence');
    assert.deepEqual(org.mentions.map((m) => doc.text.slice(m.start, m.end)), ['Geheimdienst Dänemarks', 'Dänemarks Geheimdienst']);
    assert.equal(es.filter((e) => e.type === 'LOC').length, 0);
  });

  test('English possessive gives the same key as German', () => {
    const de = entities('Das Außenministerium Norwegens widersprach.', 'de').es.find((e) => e.type === 'ORG');
    const en = entities("Norway's foreign ministry disagreed.", 'en').es.find((e) => e.type === 'ORG');
    assert.ok(de && en);
    assert.equal(de.key, en.key);
    assert.equal(en.key, 'norwegen-foreign-ministry');
  });

  test('a country without a genitive is no institution ("die Regierung in Norwegen", "Norwegen Regierung")', () => {
    for (const text of ['Die Regierung in Norwegen schwieg.', 'Die Regierung und Norwegen schwiegen.']) {
      assert.equal(entities(text, 'de').es.filter((e) => e.type === 'ORG').length, 0, text);
    }
  });

  test('adjectives name the country only when asked', () => {
    const doc = new Document({ text: 'Der ukrainische Geheimdienst und South Korean intelligence.', lang: 'de' });
    doc.lang = 'de';
    new Pipeline([tokenizer, sentencizer]).run(doc);
    const tokens = doc.get('tokens').items;
    assert.equal(findInstitutions('de', doc.text, tokens, []).length, 0);
    const found = findInstitutions('de', doc.text, tokens, [], { demonyms: true });
    assert.deepEqual(found.map((f) => [doc.text.slice(f.start, f.end), f.key]), [['ukrainische Geheimdienst', 'ukraine-intelligence']]);
  });
});
