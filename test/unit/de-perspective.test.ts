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
    // Negative: eyes again; a view needs a copula or an auxiliary in its clause.
    text: 'In ihren Augen standen Tränen.',
    claims: [],
  },
  {
    text: 'Die Reform hat in seinen Augen versagt.',
    claims: [{ kind: 'indirect', source: 'seinen', cue: 'in seinen Augen', content: ['Die Reform hat', 'versagt'] }],
  },
  {
    // Negative: a question asks for a view.
    text: 'Wie gefährlich ist Ihrer Meinung nach die neue Brücke?',
    claims: [],
  },
  {
    // Inside a verb's content the phrase makes no claim of its own.
    text: 'Der Bürgermeister sagte, aus seiner Sicht sei der Plan gescheitert.',
    claims: [{ kind: 'indirect', source: 'Der Bürgermeister', cue: 'sagte', content: 'aus seiner Sicht sei der Plan gescheitert' }],
  },
]);

family('perfect of a judging verb: an object with an "als" predicate, or a verb of denying', [
  {
    text: 'Der Minister hat die Zahl als übertrieben bezeichnet.',
    claims: [{ kind: 'reported', source: 'Der Minister', cue: 'hat als bezeichnet', content: ['die Zahl', 'übertrieben'] }],
  },
  {
    text: 'Sie hatte den Plan als Fehler kritisiert.',
    claims: [{ kind: 'reported', source: 'Sie', cue: 'hatte als kritisiert', content: ['den Plan', 'Fehler'] }],
  },
  {
    text: 'Die Opposition hat das neue Gesetz als verfassungswidrig verurteilt.',
    claims: [{ kind: 'reported', source: 'Die Opposition', cue: 'hat als verurteilt', content: ['das neue Gesetz', 'verfassungswidrig'] }],
  },
  {
    // A second verb after "und" ends the judging verb's clause (main took "eine Abstimmung" for its topic).
    text: 'Die Partei hat den Vorschlag als unsozial bezeichnet und eine Abstimmung gefordert.',
    claims: [{ kind: 'reported', source: 'Die Partei', cue: 'hat als bezeichnet', content: ['den Vorschlag', 'unsozial'] }],
  },
  {
    text: 'Er hat die Vorwürfe zurückgewiesen.',
    claims: [{ kind: 'reported', source: 'Er', cue: 'hat zurückgewiesen', content: 'die Vorwürfe', stance: 'deny' }],
  },
  {
    text: 'Der Sprecher der Stadtwerke hat die Berichte dementiert.',
    claims: [{ kind: 'reported', source: 'Der Sprecher der Stadtwerke', cue: 'hat dementiert', content: 'die Berichte', stance: 'deny' }],
  },
]);

family('perfect of a judging verb: no claim', [
  {
    // Negative: "als" names a use, and "nutzen" is no cue.
    text: 'Er hat das Haus als Lager genutzt.',
    claims: [],
  },
  {
    // Negative: a decision, not a denial.
    text: 'Der Rat hat den Antrag der Fraktion abgelehnt.',
    claims: [],
  },
  {
    // Negative: an official classification.
    text: 'Das Amt hat die Gruppe als extremistisch eingestuft.',
    claims: [],
  },
  {
    // Negative: a negated denial is none.
    text: 'Er hat die Vorwürfe nicht zurückgewiesen.',
    claims: [],
  },
  {
    // A bare object of another verb in the perfect stays no claim (measured: too often no statement).
    text: 'Die Ministerin hat den Plan am Montag begrüßt.',
    claims: [],
  },
  {
    // A content after the cue is the verb's own: the object before it is no second claim.
    text: 'Der Verband hat die Kritik zurückgewiesen, die Zahlen seien korrekt.',
    claims: [{ kind: 'indirect', source: 'Der Verband', cue: 'hat zurückgewiesen', content: 'die Zahlen seien korrekt', stance: 'deny' }],
  },
]);
