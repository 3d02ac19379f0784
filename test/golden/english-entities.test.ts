/**
 * English entities: two short articles written for this project (no third-party text), each with a German
 * version. Every person, place and organisation a careful reader marks in the English article must be an entity
 * of its type with the expected key, and where the German version names the same thing, its entity has the same
 * key: one key per person, place and organisation in both languages.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';

interface Case {
  name: string;
  en: string;
  de: string;
  /** type, key, an English mention, and whether the German version names it too. */
  entities: { type: 'PER' | 'ORG' | 'LOC'; key: string; mention: string; inGerman: boolean }[];
}

const CASES: Case[] = [
  {
    name: 'North Korean troops at the front',
    en: `Kyiv rejects talks as North Korean troops reach the front

KYIV — Ukrainian President Volodymyr Zelensky said on Tuesday that North Korea had sent at least 3,000 more soldiers to Russia's Kursk region. South Korea's National Intelligence Service told lawmakers in Seoul that the troops arrived by ship from the port of Wonsan.

White House spokesman John Kirby called the deployment "a dangerous escalation". Kirby said the Pentagon was watching closely. The commander of Ukraine's armed forces, Oleksandr Syrskyi, warned that the attack near Pokrovsk was growing. Syrskyi added that his troops had lost ground.

The Kremlin denied the reports. Zelensky will meet NATO Secretary General Mark Rutte in Brussels next week.
`,
    de: `Kiew lehnt Gespräche ab, nordkoreanische Truppen erreichen die Front

KIEW — Der ukrainische Präsident Wolodymyr Selenskyj sagte am Dienstag, Nordkorea habe mindestens 3000 weitere Soldaten in die russische Region Kursk geschickt. Der Geheimdienst Südkoreas teilte Abgeordneten in Seoul mit, die Truppen seien per Schiff aus dem Hafen Wonsan gekommen.

Der Sprecher des Weißen Hauses, John Kirby, nannte den Einsatz "eine gefährliche Eskalation". Kirby sagte, das Pentagon beobachte die Lage genau. Der Oberbefehlshaber der ukrainischen Streitkräfte, Oleksandr Syrskyj, warnte, der Angriff bei Pokrowsk nehme zu. Syrskyj fügte hinzu, seine Truppen hätten Boden verloren.

Der Kreml wies die Berichte zurück. Selenskyj trifft nächste Woche Nato-Generalsekretär Mark Rutte in Brüssel.
`,
    entities: [
      { type: 'LOC', key: 'kiew', mention: 'Kyiv', inGerman: true },
      { type: 'LOC', key: 'kiew', mention: 'KYIV', inGerman: true },
      { type: 'PER', key: 'wolodymyr-selenskyj', mention: 'Volodymyr Zelensky', inGerman: true },
      { type: 'PER', key: 'wolodymyr-selenskyj', mention: 'Zelensky', inGerman: true },
      { type: 'LOC', key: 'nordkorea', mention: 'North Korea', inGerman: true },
      { type: 'LOC', key: 'russland', mention: "Russia's", inGerman: false },
      { type: 'LOC', key: 'kursk', mention: 'Kursk', inGerman: true },
      { type: 'ORG', key: 'suedkorea-intelligence', mention: "South Korea's National Intelligence Service", inGerman: true },
      { type: 'LOC', key: 'seoul', mention: 'Seoul', inGerman: true },
      { type: 'LOC', key: 'wonsan', mention: 'Wonsan', inGerman: true },
      { type: 'ORG', key: 'weisses-haus', mention: 'White House', inGerman: true },
      { type: 'PER', key: 'john-kirby', mention: 'John Kirby', inGerman: true },
      { type: 'PER', key: 'john-kirby', mention: 'Kirby', inGerman: true },
      { type: 'ORG', key: 'pentagon', mention: 'Pentagon', inGerman: true },
      { type: 'PER', key: 'oleksandr-syrskyj', mention: 'Oleksandr Syrskyi', inGerman: true },
      { type: 'PER', key: 'oleksandr-syrskyj', mention: 'Syrskyi', inGerman: true },
      { type: 'LOC', key: 'pokrowsk', mention: 'Pokrovsk', inGerman: true },
      { type: 'ORG', key: 'kreml', mention: 'Kremlin', inGerman: true },
      { type: 'ORG', key: 'nato', mention: 'NATO', inGerman: true },
      { type: 'PER', key: 'mark-rutte', mention: 'Mark Rutte', inGerman: true },
      { type: 'LOC', key: 'bruessel', mention: 'Brussels', inGerman: true },
    ],
  },
  {
    // Names no table knows: the tagger must find them, and a bare surname joins the full name.
    name: 'a flood in an invented town',
    en: `Flood defences fail in Wexbury

Heavy rain broke through the river wall in Wexbury on Sunday night, forcing 400 residents from their homes. Mayor Helen Okafor said the town had asked the Environment Agency for pumps. Okafor told reporters that the Red Cross had opened a shelter in the town hall.

The county's chief engineer, Tomas Brandt, blamed years of underfunding. "We warned the council in 2021," Brandt said. Residents of nearby Millbrook were told to stay alert.
`,
    de: `Hochwasserschutz in Wexbury versagt

Starkregen hat am Sonntagabend die Flussmauer in Wexbury durchbrochen, 400 Bewohner mussten ihre Häuser verlassen. Bürgermeisterin Helen Okafor sagte, die Stadt habe die Umweltbehörde um Pumpen gebeten. Okafor sagte Reportern, das Rote Kreuz habe im Rathaus eine Notunterkunft eingerichtet.

Der Chefingenieur der Grafschaft, Tomas Brandt, machte jahrelange Unterfinanzierung verantwortlich. "Wir haben den Rat 2021 gewarnt", sagte Brandt. Die Bewohner des nahen Millbrook sollten wachsam bleiben.
`,
    entities: [
      { type: 'LOC', key: 'wexbury', mention: 'Wexbury', inGerman: true },
      { type: 'PER', key: 'helen-okafor', mention: 'Helen Okafor', inGerman: true },
      { type: 'PER', key: 'helen-okafor', mention: 'Okafor', inGerman: true },
      { type: 'ORG', key: 'environment-agency', mention: 'Environment Agency', inGerman: false },
      { type: 'ORG', key: 'rotes-kreuz', mention: 'Red Cross', inGerman: true },
      { type: 'PER', key: 'tomas-brandt', mention: 'Tomas Brandt', inGerman: true },
      { type: 'PER', key: 'tomas-brandt', mention: 'Brandt', inGerman: true },
      { type: 'LOC', key: 'millbrook', mention: 'Millbrook', inGerman: true },
    ],
  },
];

/** key → type and mention texts of an analysis's entities. */
function entities(text: string, lang: string): Map<string, { type: string; texts: string[] }> {
  const a = toAnalysis(analyze({ text, lang, published: '2024-11-05' }));
  const out = new Map<string, { type: string; texts: string[] }>();
  for (const e of a.entities) out.set(e.key, { type: e.type, texts: e.mentions.map((m) => m.text) });
  return out;
}

describe('golden: English entities and their German keys', () => {
  for (const c of CASES) {
    test(c.name, () => {
      const en = entities(c.en, 'en');
      const de = entities(c.de, 'de');
      const listed = (m: Map<string, { type: string; texts: string[] }>) => JSON.stringify([...m].map(([k, v]) => `${v.type} ${k}: ${v.texts.join(' | ')}`));
      for (const x of c.entities) {
        const e = en.get(x.key);
        assert.ok(e, `English: no entity ${x.key} (${x.mention}); found ${listed(en)}`);
        assert.equal(e.type, x.type, `English: ${x.key}`);
        assert.ok(e.texts.includes(x.mention), `English: "${x.mention}" is no mention of ${x.key}: ${e.texts.join(' | ')}`);
        if (!x.inGerman) continue;
        const g = de.get(x.key);
        assert.ok(g, `German: no entity ${x.key}; found ${listed(de)}`);
        assert.equal(g.type, x.type, `German: ${x.key}`);
      }
    });
  }
});
