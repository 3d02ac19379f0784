/**
 * German attribution, round 5: the spans of sources and cues (src/extract/attribution/de.ts). Every sentence is
 * written for this test (invented people, places and numbers); each case lists all the claims a careful reader
 * sees, with negative cases where a rule must not fire. Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('cue words around the verb: auxiliaries after it, correlates and reflexives before it', [
  {
    text: 'Die Lage blieb ruhig, nachdem Polizeisprecher Jan Brandt betont hatte, die Straße sei wieder frei.',
    claims: [{ kind: 'indirect', source: 'Polizeisprecher Jan Brandt', cue: 'betont hatte', content: 'die Straße sei wieder frei' }],
  },
  {
    text: 'Die Stadtwerke haben dazu aufgefordert, am Wochenende Wasser zu sparen.',
    claims: [{ kind: 'indirect', source: 'Die Stadtwerke', cue: 'haben dazu aufgefordert', content: 'am Wochenende Wasser zu sparen' }],
  },
  {
    text: 'Die Planer waren davon ausgegangen, dass die Halle bis Mai fertig wird.',
    claims: [{ kind: 'indirect', source: 'Die Planer', cue: 'waren davon ausgegangen', content: 'dass die Halle bis Mai fertig wird' }],
  },
  {
    // Negative: "damit" points to the reason, it is no part of the cue.
    text: 'Der Verein hatte die Absage damit begründet, dass der Platz unter Wasser stehe.',
    claims: [{ kind: 'indirect', source: 'Der Verein', cue: 'hatte begründet', content: 'dass der Platz unter Wasser stehe' }],
    todo: 'the engine takes "die Absage damit" for the topic of a report',
  },
]);

family('source spans: relative pronouns, clause adverbs, attributes, names in lower case', [
  {
    text: 'Die Gäste trafen Ortsvorsteher Arne Kolb, der sagte, die Brücke werde im Herbst saniert.',
    claims: [{ kind: 'indirect', source: 'der', cue: 'sagte', content: 'die Brücke werde im Herbst saniert' }],
  },
  {
    // Negative: a relative pronoun with a subject of its own after it is not the speaker.
    text: 'Das ist die Zahl, die er gestern nannte.',
    claims: [],
  },
  {
    text: 'Zuvor hatte Anwalt Nils Herwig immer wieder erklärt, sein Mandant sei unschuldig.',
    claims: [{ kind: 'indirect', source: 'Anwalt Nils Herwig', cue: 'hatte erklärt', content: 'sein Mandant sei unschuldig' }],
  },
  {
    text: 'Trotzdem würden laut Major Ida Franke von der Küstenwache gute Fortschritte gemacht.',
    claims: [{ kind: 'indirect', source: 'Major Ida Franke von der Küstenwache', cue: 'laut', content: ['Trotzdem würden', 'gute Fortschritte gemacht'] }],
  },
  {
    text: 'Am Samstag starben behördlichen Angaben nach zwei Wanderer.',
    claims: [{ kind: 'indirect', source: 'behördlichen Angaben', cue: 'nach', content: ['Am Samstag starben', 'zwei Wanderer'] }],
  },
  {
    text: 'Laut ndr-Bericht stehen in Lübeck 40 Busse still.',
    claims: [{ kind: 'indirect', source: 'ndr-Bericht', cue: 'Laut', content: 'stehen in Lübeck 40 Busse still' }],
  },
  {
    // Negative: a lower-case word that is no name does not start a source.
    text: 'Laut schreiend liefen die Kinder über den Hof.',
    claims: [],
  },
]);

family('agentless passives: a claim of nobody named, never the subject as speaker', [
  {
    text: 'Am Montag wurde berichtet, dass die Fähre nach Amrum ausfällt.',
    claims: [{ kind: 'unattributed', source: null, cue: 'wurde berichtet', content: 'dass die Fähre nach Amrum ausfällt' }],
  },
  {
    text: 'Dem Kassierer wird vorgeworfen, an dem Betrug beteiligt gewesen zu sein.',
    claims: [{ kind: 'unattributed', source: null, cue: 'wird vorgeworfen', content: 'an dem Betrug beteiligt gewesen zu sein' }],
  },
  {
    // With "von X" the agent speaks.
    text: 'Die Brücke wurde vom Bauamt als sicher bezeichnet.',
    claims: [{ kind: 'reported', source: 'Bauamt', cue: 'wurde als bezeichnet', content: 'Die Brücke' }],
  },
  {
    // Negative: the subject of a passive is whom it concerns, not a speaker.
    text: 'Der Kassierer Udo Lenz wurde zu zwei Jahren Haft verurteilt.',
    claims: [],
  },
  {
    // Negative: a cause with "durch" is no speaker.
    text: 'Der Verdacht wurde durch eine Blutprobe bestätigt.',
    claims: [],
  },
]);

family('"nach" + a noun for a document or finding', [
  {
    text: 'Nach einem Entwurf des Senats sollen die Schulen mehr Geld erhalten.',
    claims: [{ kind: 'indirect', source: 'des Senats', cue: 'Nach', content: 'sollen die Schulen mehr Geld erhalten' }],
  },
  {
    // Negative: "nach" of time.
    text: 'Nach dem Konzert ging die Band essen.',
    claims: [],
  },
]);

family('the text or place that says it: "In dem Bericht heißt es", "wird in einer Mitteilung gefordert"', [
  {
    text: 'In dem Jahresbericht des Umweltamts heißt es, die Luft sei sauberer geworden.',
    claims: [{ kind: 'indirect', source: 'dem Jahresbericht des Umweltamts', cue: 'heißt es', content: 'die Luft sei sauberer geworden' }],
  },
  {
    text: 'Aus Brüssel hieß es, der Plan sei nicht abgestimmt.',
    claims: [{ kind: 'indirect', source: 'Brüssel', cue: 'hieß es', content: 'der Plan sei nicht abgestimmt' }],
  },
  {
    text: 'So wird in einer Mitteilung des Vereins gefordert, dass die Halle offen bleibe.',
    claims: [{ kind: 'indirect', source: 'einer Mitteilung des Vereins', cue: 'wird gefordert', content: 'dass die Halle offen bleibe' }],
  },
  {
    // Negative: an occasion says nothing; the claim stays without a source.
    text: 'Schon bei der Eröffnung hieß es, dass die Halle zu klein sei.',
    claims: [{ kind: 'unattributed', source: null, cue: 'hieß es', content: 'dass die Halle zu klein sei' }],
  },
]);

family('"X zufolge": the phrase before the postposition, not the verb before it', [
  {
    text: 'Am Sonntag starben amtlichen Angaben zufolge drei Bergsteiger.',
    claims: [{ kind: 'indirect', source: 'amtlichen Angaben', cue: 'zufolge', content: ['Am Sonntag starben', 'drei Bergsteiger'] }],
  },
  {
    text: 'Den vorliegenden Angaben des Instituts von Kiel zufolge steigt der Meeresspiegel.',
    claims: [{ kind: 'indirect', source: 'Den vorliegenden Angaben des Instituts von Kiel', cue: 'zufolge', content: 'steigt der Meeresspiegel' }],
  },
  {
    // An extended attribute (preposition, noun, inflected participle) belongs to the source.
    text: 'Einer am Dienstag vorgestellten Studie zufolge wächst der Wald langsamer.',
    claims: [{ kind: 'indirect', source: 'Einer am Dienstag vorgestellten Studie', cue: 'zufolge', content: 'wächst der Wald langsamer' }],
  },
  {
    text: 'Einem vom Verband geschriebenen Brief zufolge fehlen im Land 300 Lehrer.',
    claims: [{ kind: 'indirect', source: 'Einem vom Verband geschriebenen Brief', cue: 'zufolge', content: 'fehlen im Land 300 Lehrer' }],
  },
]);

family('appositions closed by the comma before the verb', [
  {
    text: 'Frank Borg, Vorsitzender des Vereins der Imker für das Münsterland, sagte, die Ernte sei gut.',
    claims: [{ kind: 'indirect', source: 'Frank Borg, Vorsitzender des Vereins der Imker für das Münsterland', cue: 'sagte', content: 'die Ernte sei gut' }],
  },
  {
    // Negative: a relative clause ends with its verb and is no part of the speaker.
    text: 'Der Bürgermeister, der am Morgen kam, sagte, alles sei gut.',
    claims: [{ kind: 'indirect', source: 'Der Bürgermeister', cue: 'sagte', content: 'alles sei gut' }],
  },
]);

family('the field before the verb: fronted objects and adverbs are no speaker', [
  {
    text: 'Abschließend sagte Kämmerer Olaf Timm, der Haushalt sei gedeckt.',
    claims: [{ kind: 'indirect', source: 'Kämmerer Olaf Timm', cue: 'sagte', content: 'der Haushalt sei gedeckt' }],
  },
  {
    text: 'Unterdessen haben zwei Stadträte angekündigt, sie würden klagen.',
    claims: [{ kind: 'indirect', source: 'zwei Stadträte', cue: 'haben angekündigt', content: 'sie würden klagen' }],
  },
  {
    text: 'Den Bericht hat er gestern bestätigt.',
    claims: [{ kind: 'reported', source: 'er', cue: 'hat bestätigt', content: 'Den Bericht' }],
    todo: 'a fronted object as the topic is not found yet: no claim',
  },
]);
