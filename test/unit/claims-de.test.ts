/**
 * German attribution (src/extract/attribution/, rules in de.ts), one describe per rule family. Every sentence here is written
 * for this test (invented people, places and numbers). Each case lists all the claims a careful reader sees
 * in it — no more, no fewer — with kind, source, cue and content as exact text, and where it matters the
 * stance, certainty, source chain and the quantities and times inside the content. Where the extractor does
 * not meet the expectation yet, the case is marked `todo` with what we output instead; the expectation stays.
 *
 * Conventions (those of quellenlage.analysis/1 and of the rules): a discontinuous cue is written as its parts
 * joined by one space ("teilte mit"); a discontinuous content as the list of its parts. A direct quote's
 * content is the quoted words without the marks (a full stop inside the marks belongs to it); an indirect
 * content has no final punctuation and keeps its "dass" (as the SpkAtt annotation does). A claim's cue
 * includes the auxiliary of a passive and the "als" of "bezeichnen … als", as the rules' header describes.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

// ---------------------------------------------------------------- 1. direct quotes

family('1. direct quotes', [
  {
    text: '„Wir haben die Lage im Griff“, sagte Bürgermeisterin Petra Lindqvist.',
    claims: [{ kind: 'direct', source: 'Bürgermeisterin Petra Lindqvist', cue: 'sagte', content: 'Wir haben die Lage im Griff', stance: 'assert', certainty: null }],
  },
  {
    text: 'Der Feuerwehrchef Tobias Rehm sagte am Montag: „Der Pegel ist um 40 Zentimeter gestiegen.“',
    claims: [
      {
        kind: 'direct',
        source: 'Der Feuerwehrchef Tobias Rehm',
        cue: 'sagte',
        content: 'Der Pegel ist um 40 Zentimeter gestiegen.',
        quantities: ['40 Zentimeter'],
        // "am Montag" is when it was said, outside the quotation.
        times: [],
      },
    ],
  },
  {
    text: '„Die Brücke bleibt bis Juni gesperrt“, so Baustadträtin Ilse Marquardt.',
    claims: [{ kind: 'direct', source: 'Baustadträtin Ilse Marquardt', cue: 'so', content: 'Die Brücke bleibt bis Juni gesperrt', times: ['bis Juni'] }],
  },
  {
    text: '„Wir rechnen mit 300 Gästen“, sagte Veranstalter Holger Brinkmann, „aber es können auch mehr werden.“',
    claims: [
      {
        kind: 'direct',
        source: 'Veranstalter Holger Brinkmann',
        cue: 'sagte',
        content: ['Wir rechnen mit 300 Gästen', 'aber es können auch mehr werden.'],
        quantities: ['300 Gästen'],
      },
    ],
  },
  {
    text: '„Der Schaden ist enorm. Wir brauchen Hilfe vom Land“, sagte Landrat Emil Santos.',
    claims: [{ kind: 'direct', source: 'Landrat Emil Santos', cue: 'sagte', content: 'Der Schaden ist enorm. Wir brauchen Hilfe vom Land' }],
  },
  {
    // A whole sentence in quotation marks right after a quoted speaker: the same speaker, no cue.
    text: '„Wir sind vorbereitet“, sagte Kapitänin Mara Olsen. „Das Schiff läuft am Freitag wie geplant aus.“',
    claims: [
      { kind: 'direct', source: 'Kapitänin Mara Olsen', cue: 'sagte', content: 'Wir sind vorbereitet' },
      { kind: 'direct', source: 'Kapitänin Mara Olsen', cue: null, content: 'Das Schiff läuft am Freitag wie geplant aus.', times: ['am Freitag'] },
    ],
  },
  {
    text: '»Die Mieten steigen weiter«, sagte die Ökonomin Clara Weidner.',
    claims: [{ kind: 'direct', source: 'die Ökonomin Clara Weidner', cue: 'sagte', content: 'Die Mieten steigen weiter' }],
  },
  {
    text: '„Wir verhandeln weiter", sagte Gewerkschaftschef Malte Hesse.',
    claims: [{ kind: 'direct', source: 'Gewerkschaftschef Malte Hesse', cue: 'sagte', content: 'Wir verhandeln weiter' }],
  },
  {
    text: '„Das Land steckt in einer tiefen Rezession“, beschreibt der Ökonom Viktor Lange die Lage.',
    claims: [{ kind: 'direct', source: 'der Ökonom Viktor Lange', cue: 'beschreibt', content: 'Das Land steckt in einer tiefen Rezession' }],
  },
  {
    // A title in quotation marks is part of the speaker, not a quotation.
    text: 'Die „Nordstädter Rundschau“ berichtet, dass die Fähre nach Kellum ausfällt.',
    claims: [{ kind: 'indirect', source: 'Die „Nordstädter Rundschau“', cue: 'berichtet', content: 'dass die Fähre nach Kellum ausfällt' }],
  },
  {
    // Scare quotes with no speech act: no claim.
    text: 'Der Bundestag berät heute über ein sogenanntes „Sicherheitspaket“.',
    claims: [],
  },
  {
    // Scare quotes inside a claim's topic: a reported claim, not a direct one.
    text: 'Die Opposition kritisierte das sogenannte „Sicherheitspaket“.',
    claims: [{ kind: 'reported', source: 'Die Opposition', cue: 'kritisierte', content: 'das sogenannte „Sicherheitspaket“' }],
  },
]);

// ---------------------------------------------------------------- 2. indirect speech

family('2. indirect speech', [
  {
    text: 'Der Minister sagte, dass die Steuern nicht steigen würden.',
    claims: [{ kind: 'indirect', source: 'Der Minister', cue: 'sagte', content: 'dass die Steuern nicht steigen würden', stance: 'assert', certainty: null }],
  },
  {
    text: 'Die Staatsanwältin Vera Kuhn erklärte, der Angeklagte habe die Tat gestanden.',
    claims: [{ kind: 'indirect', source: 'Die Staatsanwältin Vera Kuhn', cue: 'erklärte', content: 'der Angeklagte habe die Tat gestanden' }],
  },
  {
    text: 'Die Schule bleibt bis Mittwoch geschlossen, sagte der Rektor.',
    claims: [{ kind: 'indirect', source: 'der Rektor', cue: 'sagte', content: 'Die Schule bleibt bis Mittwoch geschlossen', times: ['bis Mittwoch'] }],
  },
  {
    text: 'Die Ernte fällt schlechter aus, fügt Landwirt Jens Ohlsen hinzu, die Preise würden daher steigen.',
    claims: [{ kind: 'indirect', source: 'Landwirt Jens Ohlsen', cue: 'fügt hinzu', content: ['Die Ernte fällt schlechter aus', 'die Preise würden daher steigen'] }],
  },
  {
    // "als erwartet" is a comparison, not a speech act.
    text: 'Die Ernte fällt schlechter aus als erwartet, fügt Landwirt Jens Ohlsen hinzu, die Preise würden daher steigen.',
    claims: [
      {
        kind: 'indirect',
        source: 'Landwirt Jens Ohlsen',
        cue: 'fügt hinzu',
        content: ['Die Ernte fällt schlechter aus als erwartet', 'die Preise würden daher steigen'],
        stance: 'assert',
      },
    ],
  },
  {
    text: 'Die Stadtverwaltung teilte mit, dass im Neubaugebiet 120 Wohnungen entstehen sollen.',
    claims: [{ kind: 'indirect', source: 'Die Stadtverwaltung', cue: 'teilte mit', content: 'dass im Neubaugebiet 120 Wohnungen entstehen sollen', quantities: ['120 Wohnungen'] }],
  },
  {
    text: 'Laut dem Wetterdienst wird es am Wochenende bis zu 35 Grad heiß.',
    claims: [
      {
        kind: 'indirect',
        source: 'dem Wetterdienst',
        cue: 'Laut',
        content: 'wird es am Wochenende bis zu 35 Grad heiß',
        quantities: ['bis zu 35 Grad'],
        times: ['am Wochenende'],
      },
    ],
  },
  {
    text: 'Der Fahrer war laut Polizei betrunken.',
    claims: [{ kind: 'indirect', source: 'Polizei', cue: 'laut', content: ['Der Fahrer war', 'betrunken'] }],
  },
  {
    text: 'Dem Verband zufolge haben 40 Prozent der Betriebe Personalmangel.',
    claims: [{ kind: 'indirect', source: 'Dem Verband', cue: 'zufolge', content: 'haben 40 Prozent der Betriebe Personalmangel', quantities: ['40 Prozent'] }],
  },
  {
    text: 'Nach Angaben der Bahn fallen am Dienstag 200 Züge aus.',
    claims: [
      { kind: 'indirect', source: 'der Bahn', cue: 'Nach Angaben', content: 'fallen am Dienstag 200 Züge aus', quantities: ['200 Züge'], times: ['am Dienstag'] },
    ],
  },
  {
    // The speaker is inside the compound; the compound is the source as written.
    text: 'Nach Polizeiangaben wurden drei Menschen leicht verletzt.',
    claims: [{ kind: 'indirect', source: 'Polizeiangaben', cue: 'Nach', content: 'wurden drei Menschen leicht verletzt', quantities: ['drei Menschen'] }],
  },
  {
    // Further statement nouns after "nach": the genitive after the noun is the speaker.
    text: 'Nach einer Stellungnahme der Reederei lief das Schiff wegen eines Ruderschadens auf Grund.',
    claims: [{ kind: 'indirect', source: 'der Reederei', cue: 'Nach', content: 'lief das Schiff wegen eines Ruderschadens auf Grund' }],
  },
  {
    text: 'Nach Schilderungen der Anwohner brach das Feuer im Dachstuhl aus.',
    claims: [{ kind: 'indirect', source: 'der Anwohner', cue: 'Nach', content: 'brach das Feuer im Dachstuhl aus' }],
  },
  {
    // Negative: "nach" before a noun that is no statement is a time or a direction.
    text: 'Nach dem Spiel fuhren die Fans mit dem Zug nach Hause.',
    claims: [],
  },
  {
    text: 'Wie die Polizei mitteilte, wurde der Fahrer leicht verletzt.',
    claims: [{ kind: 'indirect', source: 'die Polizei', cue: 'Wie mitteilte', content: 'wurde der Fahrer leicht verletzt' }],
  },
  {
    // An adverb after "wie" is not part of the speaker.
    text: 'Wie schon die Feuerwehr berichtete, brannte die Halle vollständig aus.',
    claims: [{ kind: 'indirect', source: 'die Feuerwehr', cue: 'Wie berichtete', content: 'brannte die Halle vollständig aus' }],
  },
  {
    // A genitive adverbial before the verb is no subject; the subject follows the verb.
    text: 'Des Weiteren verwies der Kämmerer darauf, dass die Rücklagen aufgebraucht seien.',
    claims: [{ kind: 'indirect', source: 'der Kämmerer', cue: 'verwies darauf', content: 'dass die Rücklagen aufgebraucht seien' }],
  },
  {
    text: 'Wie die Feuerwehr berichtete, brannte die Halle vollständig aus.',
    claims: [{ kind: 'indirect', source: 'die Feuerwehr', cue: 'Wie berichtete', content: 'brannte die Halle vollständig aus' }],
  },
  {
    text: 'Das Museum bleibt vorerst geschlossen, so ein Sprecher der Stadt.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher der Stadt', cue: 'so', content: 'Das Museum bleibt vorerst geschlossen' }],
  },
  {
    text: 'Der Kreisbrandmeister Uwe Falk sagte, das Feuer sei gegen Mitternacht ausgebrochen. Demnach wurden zwei Scheunen zerstört.',
    claims: [
      { kind: 'indirect', source: 'Der Kreisbrandmeister Uwe Falk', cue: 'sagte', content: 'das Feuer sei gegen Mitternacht ausgebrochen' },
      { kind: 'indirect', source: 'Der Kreisbrandmeister Uwe Falk', cue: 'Demnach', content: 'wurden zwei Scheunen zerstört', quantities: ['zwei Scheunen'] },
    ],
  },
  {
    text: 'Die Zeitung verbreitete eine Meldung, wonach der Hafen verkauft werden soll.',
    claims: [{ kind: 'indirect', source: 'Die Zeitung', cue: 'wonach', content: 'der Hafen verkauft werden soll' }],
  },
]);

// ---------------------------------------------------------------- 3. continuation

family('3. continuation', [
  {
    text: 'Die Sprecherin Anke Berg sagte, die Gespräche seien gescheitert. Beide Seiten hätten sich nicht einigen können.',
    claims: [
      { kind: 'indirect', source: 'Die Sprecherin Anke Berg', cue: 'sagte', content: 'die Gespräche seien gescheitert' },
      { kind: 'indirect', source: 'Die Sprecherin Anke Berg', cue: null, content: 'Beide Seiten hätten sich nicht einigen können' },
    ],
  },
  {
    // Two Konjunktiv sentences in a row carry on the speaker as one claim.
    text: 'Der Trainer Lars Noack erklärte, die Mannschaft sei müde. Sie habe drei Spiele in einer Woche absolviert. Die Pause komme daher zur rechten Zeit.',
    claims: [
      { kind: 'indirect', source: 'Der Trainer Lars Noack', cue: 'erklärte', content: 'die Mannschaft sei müde' },
      {
        kind: 'indirect',
        source: 'Der Trainer Lars Noack',
        cue: null,
        content: 'Sie habe drei Spiele in einer Woche absolviert. Die Pause komme daher zur rechten Zeit',
        quantities: ['drei Spiele'],
        times: ['in einer Woche'],
      },
    ],
  },
]);

family('3b. continuation with reportative "sollen"', [
  {
    // Right after a sourced statement, a sentence with "soll/sollen" goes on with what the speaker said is planned.
    text: 'Der Landrat Jonas Pfeil kündigte an, die Fähre werde im Herbst ersetzt. Auch sollen zwei neue Anleger gebaut werden.',
    claims: [
      { kind: 'indirect', source: 'Der Landrat Jonas Pfeil', cue: 'kündigte an', content: 'die Fähre werde im Herbst ersetzt' },
      { kind: 'indirect', source: 'Der Landrat Jonas Pfeil', cue: null, content: 'Auch sollen zwei neue Anleger gebaut werden', quantities: ['zwei neue Anleger'] },
    ],
  },
  {
    // Negative: without a statement right before, a plan with "soll" is nobody's claim.
    text: 'Die Fähre fährt seit 1990. Im Winter ruht der Betrieb. Im Herbst soll ein neuer Anleger gebaut werden.',
    claims: [],
  },
  {
    // Negative: the statement is two sentences back, with an unattributed sentence between.
    text: 'Der Landrat Jonas Pfeil sagte, die Fähre werde ersetzt. Die Fähre fährt seit 1990. Im Herbst soll ein neuer Anleger gebaut werden.',
    claims: [{ kind: 'indirect', source: 'Der Landrat Jonas Pfeil', cue: 'sagte', content: 'die Fähre werde ersetzt' }],
  },
]);

family('4b. cue verbs that say nothing where they stand', [
  {
    // Negative: "nennen" and "entscheiden" with "sich" name or choose; "wie erwartet" compares.
    text: 'Das Bündnis nennt sich seit dem Frühjahr Neue Mitte. Der Pilot entschied sich für eine Landung in Kassel. Der Sturm hat sich wie erwartet zu einem Orkan entwickelt.',
    claims: [],
  },
  {
    // Without "sich" the same verb reports: the topic is what was named.
    text: 'Die Stadt nannte die Zahl der Opfer nicht.',
    claims: [{ kind: 'reported', source: 'Die Stadt', cue: 'nannte nicht', content: 'die Zahl der Opfer' }],
  },
]);

// ---------------------------------------------------------------- 4. reported

family('4. reported', [
  {
    text: 'Der Konzern bestreitet die Vorwürfe.',
    claims: [{ kind: 'reported', source: 'Der Konzern', cue: 'bestreitet', content: 'die Vorwürfe', stance: 'deny' }],
  },
  {
    text: 'Der Bürgermeister spricht von „Lügen“.',
    claims: [{ kind: 'reported', source: 'Der Bürgermeister', cue: 'spricht von', content: '„Lügen“', stance: 'deny' }],
  },
  {
    text: 'Die Ärztekammer warnte vor einer Eskalation der Lage.',
    claims: [{ kind: 'reported', source: 'Die Ärztekammer', cue: 'warnte vor', content: 'einer Eskalation der Lage', stance: 'warn' }],
  },
  {
    text: 'Der Plan wurde von der Opposition als überzogen bezeichnet.',
    claims: [{ kind: 'reported', source: 'der Opposition', cue: 'wurde als bezeichnet', content: 'Der Plan', stance: 'assert' }],
  },
]);

// ---------------------------------------------------------------- 5. unattributed

family('5. unattributed', [
  {
    text: 'Es heißt, der Trainer werde den Verein im Sommer verlassen.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Es heißt', content: 'der Trainer werde den Verein im Sommer verlassen', times: ['im Sommer'] }],
  },
  {
    text: 'Die Rede ist von mehr als 500 Entlassungen.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Die Rede ist', content: 'von mehr als 500 Entlassungen', quantities: ['mehr als 500 Entlassungen'] }],
  },
  {
    text: 'Als gesichert gilt, dass der Brand durch einen Blitz ausgelöst wurde.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Als gesichert gilt', content: 'dass der Brand durch einen Blitz ausgelöst wurde', certainty: 'certain' }],
  },
  {
    text: 'Es gab Hinweise, dass der Täter ortskundig war.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Es gab Hinweise', content: 'dass der Täter ortskundig war', certainty: 'possible' }],
  },
  {
    text: 'Berichten zufolge wurde der Vertrag bereits unterzeichnet.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Berichten zufolge', content: 'wurde der Vertrag bereits unterzeichnet' }],
  },
]);

// ---------------------------------------------------------------- 6. sources

family('6. sources', [
  {
    text: 'Paul Adler sagte, der Haushalt sei ausgeglichen. Er sagte außerdem, dass die Gebühren sinken würden.',
    claims: [
      { kind: 'indirect', source: 'Paul Adler', cue: 'sagte', content: 'der Haushalt sei ausgeglichen' },
      { kind: 'indirect', source: 'Er', name: 'Paul Adler', cue: 'sagte', content: 'dass die Gebühren sinken würden' },
    ],
  },
  {
    text: 'Paul Adler sagte, der Haushalt sei ausgeglichen. „Wir haben gut gewirtschaftet“, sagte er.',
    claims: [
      { kind: 'indirect', source: 'Paul Adler', cue: 'sagte', content: 'der Haushalt sei ausgeglichen' },
      { kind: 'direct', source: 'er', name: 'Paul Adler', cue: 'sagte', content: 'Wir haben gut gewirtschaftet' },
    ],
  },
  {
    text: 'Der Sprecher der Polizei, Jan Vogt, sagte, der Verdächtige sei gefasst worden.',
    claims: [{ kind: 'indirect', source: 'Der Sprecher der Polizei, Jan Vogt', cue: 'sagte', content: 'der Verdächtige sei gefasst worden' }],
  },
  {
    text: 'Anwohner berichteten, sie hätten einen lauten Knall gehört.',
    claims: [{ kind: 'indirect', source: 'Anwohner', cue: 'berichteten', content: 'sie hätten einen lauten Knall gehört' }],
  },
  {
    text: 'Senator Frank Albers sagte, er prüfe alle Optionen. Am Abend verbreitete sein Büro eine Erklärung, wonach er zurücktreten werde.',
    claims: [
      { kind: 'indirect', source: 'Senator Frank Albers', cue: 'sagte', content: 'er prüfe alle Optionen' },
      { kind: 'indirect', source: 'sein Büro', name: 'Senator Frank Albers', cue: 'wonach', content: 'er zurücktreten werde' },
    ],
  },
  {
    text: 'Senator Frank Albers sagte, er prüfe alle Optionen. Am Abend ließ sein Büro mitteilen, der Senator werde zurücktreten.',
    claims: [
      { kind: 'indirect', source: 'Senator Frank Albers', cue: 'sagte', content: 'er prüfe alle Optionen' },
      { kind: 'indirect', source: 'sein Büro', name: 'Senator Frank Albers', cue: 'ließ mitteilen', content: 'der Senator werde zurücktreten' },
    ],
  },
]);

// ---------------------------------------------------------------- 7. via

family('7. via', [
  {
    text: 'Die Zeitung berichtete gestützt auf interne Unterlagen, dass das Projekt 3 Millionen Euro mehr kostet.',
    claims: [
      {
        kind: 'indirect',
        source: 'Die Zeitung',
        cue: 'berichtete',
        content: 'dass das Projekt 3 Millionen Euro mehr kostet',
        via: [{ text: 'interne Unterlagen', relation: 'based_on' }],
        quantities: ['3 Millionen Euro'],
      },
    ],
  },
  {
    text: 'Der Sender meldete unter Berufung auf Regierungskreise, der Gipfel werde verschoben.',
    claims: [
      { kind: 'indirect', source: 'Der Sender', cue: 'meldete', content: 'der Gipfel werde verschoben', via: [{ text: 'Regierungskreise', relation: 'based_on' }] },
    ],
  },
  {
    text: 'Der Innenminister erklärte laut Agenturberichten, die Grenze bleibe offen.',
    claims: [
      { kind: 'indirect', source: 'Der Innenminister', cue: 'erklärte', content: 'die Grenze bleibe offen', via: [{ text: 'Agenturberichten', relation: 'channel' }] },
    ],
  },
]);

// ---------------------------------------------------------------- 8. stance and certainty

family('8. stance and certainty', [
  {
    text: 'Experten schätzen, dass der Schaden bei rund 2 Millionen Euro liegt.',
    claims: [
      {
        kind: 'indirect',
        source: 'Experten',
        cue: 'schätzen',
        content: 'dass der Schaden bei rund 2 Millionen Euro liegt',
        stance: 'estimate',
        certainty: null,
        quantities: ['rund 2 Millionen Euro'],
      },
    ],
  },
  {
    text: 'Das Ministerium dementierte den Bericht.',
    claims: [{ kind: 'reported', source: 'Das Ministerium', cue: 'dementierte', content: 'den Bericht', stance: 'deny' }],
  },
  {
    text: 'Der Verein wies die Kritik zurück.',
    claims: [{ kind: 'reported', source: 'Der Verein', cue: 'wies zurück', content: 'die Kritik', stance: 'deny' }],
  },
  {
    text: 'Der Verein wies die Kritik zurück, die Vorwürfe seien haltlos.',
    claims: [{ kind: 'indirect', source: 'Der Verein', cue: 'wies zurück', content: 'die Vorwürfe seien haltlos', stance: 'deny' }],
  },
  {
    text: 'Die Reederei bestätigte, dass zwei Schiffe beschädigt wurden.',
    claims: [{ kind: 'indirect', source: 'Die Reederei', cue: 'bestätigte', content: 'dass zwei Schiffe beschädigt wurden', stance: 'confirm', quantities: ['zwei Schiffe'] }],
  },
  {
    text: 'Beobachter spekulieren über einen baldigen Rücktritt des Trainers.',
    claims: [
      { kind: 'reported', source: 'Beobachter', cue: 'spekulieren über', content: 'einen baldigen Rücktritt des Trainers', stance: 'speculate', certainty: 'possible' },
    ],
  },
  {
    text: 'Die Polizei sagte, der Täter sei offenbar über den Zaun geflohen.',
    claims: [{ kind: 'indirect', source: 'Die Polizei', cue: 'sagte', content: 'der Täter sei offenbar über den Zaun geflohen', stance: 'assert', certainty: 'probable' }],
  },
  {
    text: 'Der Gutachter erklärte, die Brücke sei möglicherweise einsturzgefährdet.',
    claims: [{ kind: 'indirect', source: 'Der Gutachter', cue: 'erklärte', content: 'die Brücke sei möglicherweise einsturzgefährdet', certainty: 'possible' }],
  },
  {
    // "bestätigen" inside the condition is no stance of the speaker.
    text: 'Der Betriebsrat sagte, wenn sich die Zahlen bestätigen, würden 80 Stellen gestrichen.',
    claims: [
      {
        kind: 'indirect',
        source: 'Der Betriebsrat',
        cue: 'sagte',
        content: 'wenn sich die Zahlen bestätigen, würden 80 Stellen gestrichen',
        stance: 'assert',
        certainty: 'conditional',
        quantities: ['80 Stellen'],
      },
    ],
  },
  {
    // Indirect speech with a quoted fragment.
    text: 'Der Minister sagte, die Reform sei „alternativlos“.',
    claims: [{ kind: 'mixed', source: 'Der Minister', cue: 'sagte', content: 'die Reform sei „alternativlos“' }],
  },
]);

describe('source entities', () => {
  test('a source phrase with a person in apposition points at the person, not the place', () => {
    const text = 'Die Bürgermeisterin von Ostrabrück, Margarete Wendtland, sagte am Freitag, die Brücke sei sicher.';
    const a = toAnalysis(analyze({ text, lang: 'de', published: '2025-05-02' }));
    const claim = a.claims.find((c) => c.source?.text.includes('Wendtland'));
    assert.ok(claim, JSON.stringify(a.claims.map((c) => c.source?.text)));
    const entity = a.entities.find((e) => e.id === claim.source!.entity);
    assert.ok(entity, `source entity ${claim.source!.entity} not in ${JSON.stringify(a.entities.map((e) => e.name))}`);
    assert.equal(entity.type, 'PER');
    assert.match(entity.name, /Wendtland/);
  });
});

// ---------------------------------------------------------------- 9. round two: nominal reports, questions, hedges

family('9. nominal reports (the content is a noun phrase)', [
  {
    text: 'Die Landrätin bezeichnete den Wasserstand als ernste Gefahr für Ostrabrück.',
    claims: [{ kind: 'reported', source: 'Die Landrätin', cue: 'bezeichnete als', content: ['den Wasserstand', 'ernste Gefahr für Ostrabrück'] }],
  },
  {
    // The negation belongs to the cue, and a confirmation that is not given is no confirmation.
    text: 'Das Bauamt bestätigte die neue Schätzung nicht.',
    claims: [{ kind: 'reported', source: 'Das Bauamt', cue: 'bestätigte nicht', content: 'die neue Schätzung', stance: 'assert' }],
  },
  {
    text: 'Der Kämmerer sprach von haltlosen Vorwürfen.',
    claims: [{ kind: 'reported', source: 'Der Kämmerer', cue: 'sprach von', content: 'haltlosen Vorwürfen' }],
  },
  {
    // Negative: "bezeichnet" as an adjective-like participle without a speaker is no claim.
    text: 'Der als Lindenhof bezeichnete Platz liegt am Fluss.',
    claims: [],
  },
]);

family('10. indirect questions and colons', [
  {
    text: 'Die Abgeordnete fragte, ob das Amt weiterhin bestreite, dass Fördergeld fehle.',
    claims: [{ kind: 'indirect', source: 'Die Abgeordnete', cue: 'fragte', content: 'ob das Amt weiterhin bestreite, dass Fördergeld fehle' }],
  },
  {
    text: 'Der Sprecher sagte: Die Lage am Deich sei ernst.',
    claims: [{ kind: 'indirect', source: 'Der Sprecher', cue: 'sagte', content: 'Die Lage am Deich sei ernst' }],
  },
]);

family('11. hedges without a source', [
  {
    text: 'Der Einbrecher soll das Geld im Keller versteckt haben.',
    claims: [{ kind: 'unattributed', source: null, cue: 'soll', content: 'Der Einbrecher soll das Geld im Keller versteckt haben', certainty: 'possible' }],
  },
  {
    text: 'Angeblich wurden zwölf Fenster beschädigt.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Angeblich', content: 'Angeblich wurden zwölf Fenster beschädigt', certainty: 'possible' }],
  },
  {
    // Negative: "soll … gebaut werden" is a plan, not hearsay; "mutmaßliche" as an adjective is no hedge cue.
    text: 'Die neue Brücke soll im Mai gebaut werden. Der mutmaßliche Dieb wurde am Bahnhof gesehen.',
    claims: [],
  },
]);
