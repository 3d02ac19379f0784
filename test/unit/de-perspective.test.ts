/**
 * German attribution (round 15, spec 6): perspective phrases with a possessive (src/extract/attribution/de-perspective.ts:
 * "Aus seiner Sicht …", "Nach ihrer Einschätzung …", "Seiner Ansicht nach …", "Meines Erachtens …", "In seinen Augen …")
 * and the perfect of judging verbs with an object (src/extract/attribution/de-perfect.ts: "hat die Zahl als übertrieben
 * bezeichnet", "hat die Vorwürfe zurückgewiesen"). Every sentence is written for this test (invented people, places and
 * numbers); each case lists all the claims a careful reader sees, with negative cases where a rule must not fire.
 * Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('perspective phrase with a possessive: the possessive speaks, the clause is the content', [
  {
    text: 'Aus seiner Sicht ist die Lage in Haldenau ernst.',
    claims: [{ kind: 'indirect', source: 'seiner', cue: 'Aus seiner Sicht', content: 'ist die Lage in Haldenau ernst' }],
  },
  {
    text: 'Anna Berger bleibt skeptisch. Ihrer Meinung nach fehlt der Klinik ein Plan.',
    claims: [{ kind: 'indirect', source: 'Ihrer', name: 'Anna Berger', cue: 'Ihrer Meinung nach', content: 'fehlt der Klinik ein Plan' }],
  },
  {
    text: 'Nach seiner Einschätzung werden im Winter 300 Betten fehlen.',
    claims: [{ kind: 'indirect', source: 'seiner', cue: 'Nach seiner Einschätzung', content: 'werden im Winter 300 Betten fehlen', stance: 'estimate' }],
  },
  {
    text: 'Der Umbau ist aus ihrer Sicht zu teuer.',
    claims: [{ kind: 'indirect', source: 'ihrer', cue: 'aus ihrer Sicht', content: ['Der Umbau ist', 'zu teuer'] }],
  },
  {
    text: 'Meines Erachtens ist der Vertrag mit der Stadt nichtig.',
    claims: [{ kind: 'indirect', source: 'Meines', cue: 'Meines Erachtens', content: 'ist der Vertrag mit der Stadt nichtig' }],
  },
  {
    text: 'In seinen Augen war die Wahl in Lorsbach ein Fehler.',
    claims: [{ kind: 'indirect', source: 'seinen', cue: 'In seinen Augen', content: 'war die Wahl in Lorsbach ein Fehler' }],
  },
]);

family('perspective phrase: no possessive, no view, or inside another claim', [
  {
    // Negative: a reason, not a view.
    text: 'Aus Sicherheitsgründen wurde die Brücke am Montag gesperrt.',
    claims: [],
  },
  {
    // Negative: a compound noun after the possessive is no view.
    text: 'Aus seiner Sicht-Achse kam am Abend kein Licht.',
    claims: [],
  },
  {
    // Negative: an adjective in place of the possessive ("aus technischer Sicht") names no one.
    text: 'Aus technischer Sicht ist die Anlage in Ordnung.',
    claims: [],
  },
  {
    // Negative: eyes that see, not a view ("in seinen Augen" needs the possessive right before the noun).
    text: 'In den Augen stand ihm das Wasser.',
    claims: [],
  },
  {
    // Inside a verb's content the phrase makes no claim of its own.
    text: 'Der Bürgermeister sagte, aus seiner Sicht sei der Plan gescheitert.',
    claims: [{ kind: 'indirect', source: 'Der Bürgermeister', cue: 'sagte', content: 'aus seiner Sicht sei der Plan gescheitert' }],
  },
]);
