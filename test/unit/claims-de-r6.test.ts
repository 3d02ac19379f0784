/**
 * German attribution, round 6: cues and messages (src/extract/attribution/verbs.ts, de.ts, de-cues.ts). Every
 * sentence is written for this test (invented people, places and numbers); each case lists all the claims a
 * careful reader sees, with negative cases where a rule must not fire. Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('a cue verb that makes no claim leaves its words to the phrase cues', [
  {
    // "gefordert" (here: cost lives) has no content; the attribution is "nach Polizeiangaben".
    text: 'Die Sturmnacht hat nach Polizeiangaben drei Verletzte gefordert.',
    claims: [{ kind: 'indirect', source: 'Polizeiangaben', cue: 'nach', content: ['Die Sturmnacht hat', 'drei Verletzte gefordert'] }],
  },
  {
    text: 'Die Stadt hat nach Angaben der Feuerwehr ihre Warnung zurückgenommen.',
    claims: [{ kind: 'indirect', source: 'der Feuerwehr', cue: 'nach Angaben', content: ['Die Stadt hat', 'ihre Warnung zurückgenommen'] }],
  },
  {
    // Negative: a verb that does make a claim keeps its auxiliary in the cue.
    text: 'Die Polizei hat nach dem Einsatz mitgeteilt, die Straße sei wieder frei.',
    claims: [{ kind: 'indirect', source: 'Die Polizei', cue: 'hat mitgeteilt', content: 'die Straße sei wieder frei' }],
  },
  {
    // Negative: a temporal "nach" attributes nothing.
    text: 'Nach dem Konzert hat die Band ihre Tour beendet.',
    claims: [],
  },
]);

family('cue words beyond the verb: impersonal "es", "mit den Worten", "zeigte sich besorgt"', [
  {
    text: 'Es wird erwartet, dass die Brücke im Mai öffnet.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Es wird erwartet', content: 'dass die Brücke im Mai öffnet' }],
  },
  {
    text: 'Zuvor hatte es geheißen, die Straße werde gesperrt.',
    claims: [{ kind: 'unattributed', source: null, cue: 'hatte es geheißen', content: 'die Straße werde gesperrt' }],
  },
  {
    text: 'Der Trainer lobte die Mannschaft mit den Worten: „Das war eine starke Leistung.“',
    claims: [{ kind: 'direct', source: 'Der Trainer', cue: 'lobte mit den Worten', content: 'Das war eine starke Leistung.' }],
  },
  {
    text: 'Der Stadtrat hatte den Antrag mit der Begründung abgelehnt, dass das Geld fehle.',
    claims: [{ kind: 'indirect', source: 'Der Stadtrat', cue: 'hatte mit der Begründung abgelehnt', content: 'dass das Geld fehle' }],
  },
  {
    text: 'Die Ministerin zeigte sich am Montag besorgt, dass die Preise weiter steigen.',
    claims: [{ kind: 'indirect', source: 'Die Ministerin', cue: 'zeigte sich besorgt', content: 'dass die Preise weiter steigen' }],
  },
  {
    // Negative: "mit" and a noun that names no speech stay out of the cue.
    text: 'Der Bürgermeister sagte mit Blick auf den Haushalt, die Stadt müsse sparen.',
    claims: [{ kind: 'indirect', source: 'Der Bürgermeister', cue: 'sagte', content: 'die Stadt müsse sparen' }],
  },
  {
    // Negative: "zeigen" without "sich" shows something; no claim, no attitude.
    text: 'Der Verein zeigte der Presse den neuen Platz.',
    claims: [],
  },
  {
    // Negative: "es" as the object of an active cue is no part of it.
    text: 'Die Sprecherin hat es gestern bestätigt.',
    claims: [],
  },
]);

family('continuations: which Konjunktiv II carries on a speaker, and a temporal "Danach"', [
  {
    // "könnten" stands in for "können", whose Konjunktiv I looks like the indicative.
    text: 'Die Ministerin sagte, die Lage sei ernst. Die Kosten könnten weiter steigen.',
    claims: [
      { kind: 'indirect', source: 'Die Ministerin', cue: 'sagte', content: 'die Lage sei ernst' },
      { kind: 'indirect', source: 'Die Ministerin', cue: null, content: 'Die Kosten könnten weiter steigen' },
    ],
  },
  {
    // Negative: singular "könnte" (Konjunktiv I "könne") says what is possible; "möchte" is a present.
    text: 'Die Ministerin sagte, die Lage sei ernst. Die Brücke könnte schon im Mai einstürzen.',
    claims: [{ kind: 'indirect', source: 'Die Ministerin', cue: 'sagte', content: 'die Lage sei ernst' }],
  },
  {
    text: 'Die Ministerin sagte, die Lage sei ernst. Die Stadt möchte den Bürgern helfen.',
    claims: [{ kind: 'indirect', source: 'Die Ministerin', cue: 'sagte', content: 'die Lage sei ernst' }],
  },
  {
    text: 'Die Feuerwehr berichtete, der Brand sei gelöscht. Danach habe niemand mehr im Haus gewohnt.',
    claims: [
      { kind: 'indirect', source: 'Die Feuerwehr', cue: 'berichtete', content: 'der Brand sei gelöscht' },
      { kind: 'indirect', source: 'Die Feuerwehr', cue: 'Danach', content: 'habe niemand mehr im Haus gewohnt' },
    ],
  },
  {
    // Negative: "Danach" with an indicative narrates what came next.
    text: 'Die Feuerwehr berichtete, der Brand sei gelöscht. Danach fuhren die Wagen zurück zur Wache.',
    claims: [{ kind: 'indirect', source: 'Die Feuerwehr', cue: 'berichtete', content: 'der Brand sei gelöscht' }],
  },
]);

family('"nach" with a noun of findings: Ergebnis, Analyse, Auswertung, Planungen', [
  {
    text: 'Nach dem vorläufigen Endergebnis erreichte die Liste 45 Prozent der Stimmen.',
    claims: [{ kind: 'indirect', source: 'dem vorläufigen Endergebnis', cue: 'Nach', content: 'erreichte die Liste 45 Prozent der Stimmen' }],
  },
  {
    text: 'Nach einer ersten Analyse entstand das Leck schon beim Start.',
    claims: [{ kind: 'indirect', source: 'einer ersten Analyse', cue: 'Nach', content: 'entstand das Leck schon beim Start' }],
  },
  {
    // Negative: "nach" with an event is a time.
    text: 'Nach dem Spiel gingen alle Fans nach Hause.',
    claims: [],
  },
]);

family('a quotation opening the sentence after a sourced claim carries on that speaker', [
  {
    text: 'Die Ministerin warnte, die Lage sei ernst. „Wir müssen jetzt gemeinsam handeln.“',
    claims: [
      { kind: 'indirect', source: 'Die Ministerin', cue: 'warnte', content: 'die Lage sei ernst' },
      { kind: 'direct', source: 'Die Ministerin', cue: null, content: 'Wir müssen jetzt gemeinsam handeln.' },
    ],
  },
  {
    // Negative: a sentence without a claim stands between speaker and quotation.
    text: 'Die Ministerin warnte, die Lage sei ernst. Am Abend kam der Regen. „Wir müssen jetzt gemeinsam handeln.“',
    claims: [{ kind: 'indirect', source: 'Die Ministerin', cue: 'warnte', content: 'die Lage sei ernst' }],
  },
  {
    // Negative: no speaker before it.
    text: 'Der Chor sang am Abend. „Freude, schöner Götterfunken, Tochter aus Elysium.“',
    claims: [],
  },
]);

family('speech verbs after a quotation: a reflexive before the speaker; verbs of telling and predicting', [
  {
    text: '„Die Entwicklung setzt sich fort“, äußerte sich der Chef der Agentur in Nürnberg.',
    claims: [{ kind: 'direct', source: 'der Chef der Agentur in Nürnberg', cue: 'äußerte sich', content: 'Die Entwicklung setzt sich fort' }],
  },
  {
    text: 'Die Nachbarin erzählte, der Hund habe die ganze Nacht gebellt.',
    claims: [{ kind: 'indirect', source: 'Die Nachbarin', cue: 'erzählte', content: 'der Hund habe die ganze Nacht gebellt' }],
  },
  {
    text: 'Der Verband prophezeit, dass die Preise im Herbst sinken.',
    claims: [{ kind: 'indirect', source: 'Der Verband', cue: 'prophezeit', content: 'dass die Preise im Herbst sinken', stance: 'estimate' }],
  },
  {
    // Negative: a reflexive verb that is no cue after a quotation makes no claim.
    text: '„Die Entwicklung setzt sich fort“, freute sich der Chef der Agentur.',
    claims: [],
  },
]);

family('reported speech acts: "sich aussprechen für", "anregen"', [
  {
    text: 'Dabei sprachen sich die meisten Mitglieder für eine Offenlegung aus.',
    claims: [{ kind: 'reported', source: 'die meisten Mitglieder', cue: 'sprachen sich für aus', content: 'eine Offenlegung' }],
  },
  {
    text: 'Zudem regte ein Sprecher die Einberufung einer Gipfelkonferenz an.',
    claims: [{ kind: 'reported', source: 'ein Sprecher', cue: 'regte an', content: 'die Einberufung einer Gipfelkonferenz' }],
  },
  {
    // Negative: "aussprechen" with an object and no "für"/"gegen" is no report here.
    text: 'Der Richter sprach das Urteil am Montag aus.',
    claims: [],
  },
]);

family('a perfect with "haben" is active: the topic stands before the participle', [
  {
    text: 'Die Retter hatten von einem Wunder gesprochen.',
    claims: [{ kind: 'reported', source: 'Die Retter', cue: 'hatten von gesprochen', content: 'einem Wunder' }],
  },
  {
    text: 'Die Ärzte haben gestern vor einer neuen Welle gewarnt.',
    claims: [{ kind: 'reported', source: 'Die Ärzte', cue: 'haben vor gewarnt', content: 'einer neuen Welle' }],
  },
  {
    // Negative: with "werden" the "von" phrase is the agent of a passive.
    text: 'Der Plan ist vom Rat als überzogen bezeichnet worden.',
    claims: [{ kind: 'reported', source: 'Rat', cue: 'ist als bezeichnet worden', content: 'Der Plan' }],
  },
  {
    // Negative: the clause goes on after the participle; no topic before it.
    text: 'Die Retter haben am Morgen gesprochen und sind dann gegangen.',
    claims: [],
  },
]);

family('nominal cues with a light verb: "ist der Meinung", "vertritt die Auffassung", "kam zu dem Ergebnis"', [
  {
    text: 'Die Ministerin ist der Meinung, dass die Steuer sinken muss.',
    claims: [{ kind: 'indirect', source: 'Die Ministerin', cue: 'ist der Meinung', content: 'dass die Steuer sinken muss' }],
  },
  {
    text: 'Deshalb ist die Regierung der Ansicht, die Lage sei ernst.',
    claims: [{ kind: 'indirect', source: 'die Regierung', cue: 'ist der Ansicht', content: 'die Lage sei ernst' }],
  },
  {
    text: 'Die Forscher kamen zu dem Ergebnis, dass das Eis schneller schmilzt.',
    claims: [{ kind: 'indirect', source: 'Die Forscher', cue: 'kamen zu dem Ergebnis', content: 'dass das Eis schneller schmilzt' }],
  },
  {
    text: 'Der Verband vertritt die Auffassung, der Plan sei überzogen.',
    claims: [{ kind: 'indirect', source: 'Der Verband', cue: 'vertritt die Auffassung', content: 'der Plan sei überzogen' }],
  },
  {
    // Negative: a noun that names no opinion.
    text: 'Das Wetter ist der Grund, dass wir bleiben.',
    claims: [],
  },
  {
    // Negative: no statement follows the noun.
    text: 'Die Ministerin ist der Meinung ihres Vaters gefolgt.',
    claims: [],
  },
]);
