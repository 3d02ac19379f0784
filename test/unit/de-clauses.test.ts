/**
 * German clause edges (src/extract/attribution/de-clauses.ts): an adverb of time or frequency alone before the
 * finite verb is no speaker, a report inside an "als"/"weil" clause ends before the main clause, and a judging
 * participle followed by its auxiliary in a "nachdem" clause is read as a perfect. Every sentence is written for
 * this test (invented people, places and numbers); conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('an adverb of time or frequency in the field before the verb is no speaker', [
  {
    text: 'Monatelang hatte die Stadtverwaltung bestritten, dass die Brücke marode sei.',
    claims: [{ kind: 'indirect', source: 'die Stadtverwaltung', cue: 'hatte bestritten', content: 'dass die Brücke marode sei' }],
  },
  {
    text: 'Wochenlang hat der Vereinssprecher behauptet, die Kasse sei gut gefüllt.',
    claims: [{ kind: 'indirect', source: 'der Vereinssprecher', cue: 'hat behauptet', content: 'die Kasse sei gut gefüllt' }],
  },
  {
    text: 'Seither hat die Bürgermeisterin betont, der Haushalt sei ausgeglichen.',
    claims: [{ kind: 'indirect', source: 'die Bürgermeisterin', cue: 'hat betont', content: 'der Haushalt sei ausgeglichen' }],
  },
  {
    // Negative: a surname is a speaker even where it ends like "-lang".
    text: 'Lang sagte, der Haushalt sei ausgeglichen.',
    claims: [{ kind: 'indirect', source: 'Lang', cue: 'sagte', content: 'der Haushalt sei ausgeglichen' }],
  },
]);

family('a report inside an "als"/"weil" clause ends before the main clause', [
  {
    text: 'Als der Kämmerer behauptete, die Kasse sei voll, lachten alle.',
    claims: [{ kind: 'indirect', source: 'der Kämmerer', cue: 'behauptete', content: 'die Kasse sei voll' }],
  },
  {
    text: 'Weil die Trainerin sagte, das Spiel falle aus, gingen beide nach Hause.',
    claims: [{ kind: 'indirect', source: 'die Trainerin', cue: 'sagte', content: 'das Spiel falle aus' }],
  },
  {
    // Two words are a reported clause when the verb is in the Konjunktiv.
    text: 'Weil der Trainer sagte, er komme, warteten alle.',
    claims: [{ kind: 'indirect', source: 'der Trainer', cue: 'sagte', content: 'er komme' }],
  },
  {
    text: 'Als der Kämmerer erklärte, die Kasse sei voll, war die Erleichterung groß.',
    claims: [{ kind: 'indirect', source: 'der Kämmerer', cue: 'erklärte', content: 'die Kasse sei voll' }],
  },
  {
    // Negative: a second reported clause in the Konjunktiv goes on with the report.
    text: 'Als der Kämmerer behauptete, die Kasse sei voll, es gebe keine Schulden, lachte niemand.',
    claims: [{ kind: 'indirect', source: 'der Kämmerer', cue: 'behauptete', content: 'die Kasse sei voll, es gebe keine Schulden' }],
  },
  {
    // Negative: without an opening conjunction the clauses after the cue are all the report.
    text: 'Der Kämmerer sagte, die Kasse sei voll, es gebe keine Schulden.',
    claims: [{ kind: 'indirect', source: 'Der Kämmerer', cue: 'sagte', content: 'die Kasse sei voll, es gebe keine Schulden' }],
  },
]);

family('a judging participle with its auxiliary at the end of a "nachdem" clause', [
  {
    text: 'Nachdem die Ministerin den Bericht als lückenhaft bezeichnet hatte, wuchs der Druck.',
    claims: [{ kind: 'reported', source: 'die Ministerin', cue: 'als bezeichnet hatte', content: ['den Bericht', 'lückenhaft'] }],
  },
  {
    text: 'Nachdem der Landrat die Pläne als überzogen kritisiert hat, ruht das Projekt.',
    claims: [{ kind: 'reported', source: 'der Landrat', cue: 'als kritisiert hat', content: ['die Pläne', 'überzogen'] }],
  },
  {
    // Negative: a present tense "bezeichnet" with no auxiliary after it is no perfect.
    text: 'Nachdem der Landrat die Pläne vorgestellt hatte, wuchs der Druck.',
    claims: [],
  },
]);

family('the simple past of a judging or denying verb at the end of a verb-final clause (de-confess.ts)', [
  {
    text: 'Nachdem die Ministerin den Bericht als lückenhaft bezeichnete, wuchs der Druck.',
    claims: [{ kind: 'reported', source: 'die Ministerin', cue: 'als bezeichnete', content: ['den Bericht', 'lückenhaft'] }],
  },
  {
    text: 'Der Druck wuchs, weil der Landrat die Vorwürfe zurückwies.',
    claims: [{ kind: 'reported', source: 'der Landrat', cue: 'zurückwies', content: 'die Vorwürfe', stance: 'deny' }],
  },
  {
    // Negative: a verb with a bare object and no "als" is no judgement.
    text: 'Nachdem der Landrat die Pläne vorstellte, wuchs der Druck.',
    claims: [],
  },
]);

family('a negation in the Vorfeld negates the report, which stays a claim', [
  {
    text: 'Nie hat die Ministerin behauptet, die Kasse sei voll.',
    claims: [{ kind: 'indirect', source: 'die Ministerin', cue: 'hat behauptet', content: 'die Kasse sei voll' }],
  },
  {
    text: 'Niemals hat der Landrat erklärt, dass die Brücke sicher sei.',
    claims: [{ kind: 'indirect', source: 'der Landrat', cue: 'hat erklärt', content: 'dass die Brücke sicher sei' }],
  },
]);
