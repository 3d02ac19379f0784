/**
 * German attribution, round 7: source spans (src/extract/attribution/de-sources.ts). Every sentence is written
 * for this test (invented people, places and numbers); each case lists all the claims a careful reader sees,
 * with negative cases where a rule must not fire. Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('source spans: the place or occasion of speaking is no part of the speaker', [
  {
    text: '„Wir bauen die Brücke neu“, sagte Bürgermeisterin Lena Hartwig in einer Rede.',
    claims: [{ kind: 'direct', source: 'Bürgermeisterin Lena Hartwig', cue: 'sagte', content: 'Wir bauen die Brücke neu' }],
  },
  {
    text: '„Das Werk bleibt offen“, sagte Konrad Elbers in Hannover.',
    claims: [{ kind: 'direct', source: 'Konrad Elbers', cue: 'sagte', content: 'Das Werk bleibt offen' }],
  },
  {
    text: '„Die Zahlen sind gut“, sagte der Landrat in seiner wöchentlichen Ansprache.',
    claims: [{ kind: 'direct', source: 'der Landrat', cue: 'sagte', content: 'Die Zahlen sind gut' }],
  },
  {
    // Negative: the seat of an institution belongs to it.
    text: '„Die Zahl der Anträge steigt“, sagte ein Sprecher des Landesamtes in Kassel.',
    claims: [{ kind: 'direct', source: 'ein Sprecher des Landesamtes in Kassel', cue: 'sagte', content: 'Die Zahl der Anträge steigt' }],
  },
  {
    // Negative: a role phrase with the place of its office is no name ("im Rathaus" stays).
    text: '„Wir prüfen das“, sagte der Sprecher des Bauamts im Rathaus.',
    claims: [{ kind: 'direct', source: 'der Sprecher des Bauamts im Rathaus', cue: 'sagte', content: 'Wir prüfen das' }],
  },
]);

family('source spans: appositions with "für"', [
  {
    text: '„Die Kurse sind voll“, so Ida Brenner, die Leiterin der Fachstelle für Jugendarbeit.',
    claims: [{ kind: 'direct', source: 'Ida Brenner, die Leiterin der Fachstelle für Jugendarbeit', cue: 'so', content: 'Die Kurse sind voll' }],
  },
]);

family('source spans: a name and its apposition before the verb, the closing comma left out', [
  {
    text: 'Rolf Anders, Sprecher des Wasserverbands sagte, die Leitung sei repariert.',
    claims: [{ kind: 'indirect', source: 'Rolf Anders, Sprecher des Wasserverbands', cue: 'sagte', content: 'die Leitung sei repariert' }],
  },
  {
    text: 'Die Leiterin des Tierheims, Frauke Semmler hat erklärt, es gebe keine freien Plätze mehr.',
    claims: [{ kind: 'indirect', source: 'Die Leiterin des Tierheims, Frauke Semmler', cue: 'hat erklärt', content: 'es gebe keine freien Plätze mehr' }],
  },
  {
    text: 'In einem Interview sagte Jon Berg, Gründer der Band: „Wir spielen weiter.“',
    claims: [{ kind: 'direct', source: 'Jon Berg, Gründer der Band', cue: 'sagte', content: 'Wir spielen weiter.' }],
  },
  {
    // Negative: a relative pronoun after a comma is its own clause's subject, not an apposition.
    text: 'Die Gäste trafen Ortsvorsteher Arne Kolb, der sagte, die Brücke werde im Herbst saniert.',
    claims: [{ kind: 'indirect', source: 'der', cue: 'sagte', content: 'die Brücke werde im Herbst saniert' }],
  },
  {
    // Negative: what stands before the comma is a clause, not a noun phrase.
    text: 'Die Stadt plant neu, der Kämmerer sagte, das Geld reiche nicht.',
    claims: [{ kind: 'indirect', source: 'der Kämmerer', cue: 'sagte', content: 'das Geld reiche nicht' }],
  },
]);

family('source spans: adjectives of names and particles of foreign names', [
  {
    text: '„Die Preise steigen“, sagte ein Sprecher der Nordischen Union.',
    claims: [{ kind: 'direct', source: 'ein Sprecher der Nordischen Union', cue: 'sagte', content: 'Die Preise steigen' }],
  },
  {
    text: 'Nach Angaben der Westfälischen Rundschau sei die Halle geschlossen.',
    claims: [{ kind: 'indirect', source: 'der Westfälischen Rundschau', cue: 'Nach Angaben', content: 'sei die Halle geschlossen' }],
  },
  {
    text: '„Das Projekt ist beendet“, sagte der Direktor Pieter van Houten.',
    claims: [{ kind: 'direct', source: 'der Direktor Pieter van Houten', cue: 'sagte', content: 'Das Projekt ist beendet' }],
  },
  {
    text: '„Die Förderung steigt“, sagte der Ölminister Karim al-Nasser.',
    claims: [{ kind: 'direct', source: 'der Ölminister Karim al-Nasser', cue: 'sagte', content: 'Die Förderung steigt' }],
  },
  {
    // Negative: a noun after the speaker's noun is no part of the name ("teilte der Minister Journalisten mit").
    text: 'Die Schule bleibe zu, teilte der Minister Journalisten mit.',
    claims: [{ kind: 'indirect', source: 'der Minister', cue: 'teilte mit', content: 'Die Schule bleibe zu' }],
  },
]);

family('source after the cue: an accusative or dative phrase is an object, not the speaker', [
  {
    // Negative: "dem Radiosender" is whom it was said to.
    text: 'Die Mieten seien zu hoch, sagte dem Radiosender ein Sprecher des Mietervereins.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher des Mietervereins', cue: 'sagte', content: 'Die Mieten seien zu hoch' }],
    todo: 'the subject after a dative object is not looked for yet (the object is rejected, no claim is made)',
  },
  {
    text: 'Die Mieten seien zu hoch, sagte ein Sprecher des Mietervereins dem Radiosender.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher des Mietervereins', cue: 'sagte', content: 'Die Mieten seien zu hoch' }],
  },
]);

family('a subject with appositions before the verb is no preposed statement', [
  {
    text: 'Lars Berger, Manager des Sportvereins, bezeichnete die Entscheidung als richtig.',
    claims: [{ kind: 'reported', source: 'Lars Berger, Manager des Sportvereins', cue: 'bezeichnete als', content: ['die Entscheidung', 'richtig'] }],
  },
  {
    // Negative: a clause before the comma is the statement ("C, sagte X").
    text: 'Die Entscheidung sei richtig, sagte Lars Berger.',
    claims: [{ kind: 'indirect', source: 'Lars Berger', cue: 'sagte', content: 'Die Entscheidung sei richtig' }],
  },
  {
    // Negative: a noun phrase without apposition opens a statement that the cue interrupts.
    text: 'Die Entscheidung, fügte Lars Berger hinzu, sei lange überfällig gewesen.',
    claims: [{ kind: 'indirect', source: 'Lars Berger', cue: 'fügte hinzu', content: ['Die Entscheidung', 'sei lange überfällig gewesen'] }],
  },
]);

family('a field opened by a preposition holds no subject', [
  {
    text: 'Gegenüber dem Stadtanzeiger berichtete Jana Wolff, dass die Halle geschlossen werde.',
    claims: [{ kind: 'indirect', source: 'Jana Wolff', cue: 'berichtete', content: 'dass die Halle geschlossen werde' }],
  },
]);

family('source spans: the indeclinable adjective of a place before a noun (de-sources.ts placeAdjective)', [
  {
    text: 'Gestern haben die Selbacher Verkehrsbetriebe abgestritten, dass es Probleme gebe.',
    claims: [{ kind: 'indirect', source: 'die Selbacher Verkehrsbetriebe', cue: 'haben abgestritten', content: 'dass es Probleme gebe' }],
  },
  {
    text: 'Gestern hat die Wiener Polizei bestätigt, dass die Brücke gesperrt sei.',
    claims: [{ kind: 'indirect', source: 'die Wiener Polizei', cue: 'hat bestätigt', content: 'dass die Brücke gesperrt sei' }],
  },
  {
    text: 'Am Montag hat die Kölner Stadtverwaltung erklärt, die Brücke sei sicher.',
    claims: [{ kind: 'indirect', source: 'die Kölner Stadtverwaltung', cue: 'hat erklärt', content: 'die Brücke sei sicher' }],
  },
  {
    // Negative: a noun in -er that names no place ends the phrase before a further noun.
    text: 'Am Montag hat der Minister Zahlen genannt, die Brücke sei sicher.',
    claims: [{ kind: 'indirect', source: 'der Minister', cue: 'hat genannt', content: 'die Brücke sei sicher' }],
  },
]);
