/**
 * German attribution: "hervorgehen" with a relative clause about the text (de-hervor.ts),
 * confessing verbs in the perfect and after a modal, refusals to comment, and other German frames.
 * Every sentence is written for this test (invented people, places and numbers); each case lists all the claims a
 * careful reader sees in it, with negative cases where a rule must not fire. Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('"hervorgehen": a relative clause about the text, adverbs and times, a preposed dass-clause', [
  {
    text: 'Die Gebühr in Selbach steigt. Das geht aus einem Bericht des Kreises hervor, der am Montag veröffentlicht wurde.',
    claims: [{ kind: 'indirect', source: 'einem Bericht des Kreises', cue: 'geht hervor', content: ['Die Gebühr in Selbach steigt', 'Das'] }],
  },
  {
    text: 'Die Gebühr in Selbach steigt. Das geht aus der Vorlage hervor, die der Kreis am Montag beschloss.',
    claims: [{ kind: 'indirect', source: 'der Vorlage', cue: 'geht hervor', content: ['Die Gebühr in Selbach steigt', 'Das'] }],
  },
  {
    text: 'Die Gebühr in Selbach steigt. Das geht aus dem Papier hervor, den der Kreis vorlegte.',
    claims: [{ kind: 'indirect', source: 'dem Papier', cue: 'geht hervor', content: ['Die Gebühr in Selbach steigt', 'Das'] }],
  },
  {
    text: 'Die Gebühr in Selbach steigt. Dies ging am Montag aus einer Vorlage hervor.',
    claims: [{ kind: 'indirect', source: 'einer Vorlage', cue: 'ging hervor', content: ['Die Gebühr in Selbach steigt', 'Dies'] }],
  },
  {
    text: 'Aus dem Bericht, der am Montag erschien, geht hervor, dass die Gebühr steigt.',
    claims: [{ kind: 'indirect', source: 'dem Bericht', cue: 'geht hervor', content: 'dass die Gebühr steigt' }],
  },
  {
    text: 'Aus einem Papier, das der Redaktion vorliegt, geht hervor, dass zwei Schulen schließen.',
    claims: [{ kind: 'indirect', source: 'einem Papier', cue: 'geht hervor', content: 'dass zwei Schulen schließen' }],
  },
  {
    text: 'Aus der Vorlage geht zudem hervor, dass die Halle teurer wird.',
    claims: [{ kind: 'indirect', source: 'der Vorlage', cue: 'geht hervor', content: 'dass die Halle teurer wird' }],
  },
  {
    text: 'Wie aus einem Schreiben hervorgeht, das der Kreis verschickte, soll die Halle schließen.',
    claims: [{ kind: 'indirect', source: 'einem Schreiben', cue: 'Wie hervorgeht', content: 'soll die Halle schließen' }],
  },
  {
    text: 'Dass die Halle schließt, geht aus dem Bericht hervor.',
    claims: [{ kind: 'indirect', source: 'dem Bericht', cue: 'geht hervor', content: 'Dass die Halle schließt' }],
  },
  {
    // Negative: a negated "hervorgehen" says nothing.
    text: 'Aus den Unterlagen geht nicht hervor, wer die Halle gebaut hat.',
    claims: [],
  },
  {
    // Negative: "hervorgehen" as "emerge from" without a statement.
    text: 'Die Partei ging als Siegerin aus der Wahl hervor.',
    claims: [],
  },
]);

family('confessing verbs at the end of the clause: perfect, modal, verb-final clause (de-confess.ts)', [
  {
    text: 'Der Verband hat Fehler eingeräumt.',
    claims: [{ kind: 'reported', source: 'Der Verband', cue: 'hat eingeräumt', content: 'Fehler', stance: 'confirm' }],
  },
  {
    text: 'Die Kreisverwaltung hat Versäumnisse zugegeben.',
    claims: [{ kind: 'reported', source: 'Die Kreisverwaltung', cue: 'hat zugegeben', content: 'Versäumnisse' }],
  },
  {
    text: 'Der Bürgermeister hatte am Montag schwere Fehler eingestanden.',
    claims: [{ kind: 'reported', source: 'Der Bürgermeister', cue: 'hatte eingestanden', content: 'schwere Fehler' }],
  },
  {
    text: 'Inzwischen hat die Reederei Mängel eingeräumt.',
    claims: [{ kind: 'reported', source: 'die Reederei', cue: 'hat eingeräumt', content: 'Mängel' }],
  },
  {
    text: 'Die Stadt musste Fehler bei der Planung einräumen.',
    claims: [{ kind: 'reported', source: 'Die Stadt', cue: 'musste einräumen', content: 'Fehler bei der Planung' }],
  },
  {
    text: 'Nachdem die Reederei Mängel eingeräumt hatte, fiel die Aktie.',
    claims: [{ kind: 'reported', source: 'die Reederei', cue: 'eingeräumt hatte', content: 'Mängel' }],
  },
  {
    // The clause after the verb is the content, as before.
    text: 'Der Verband hat eingeräumt, dass die Zahlen falsch waren.',
    claims: [{ kind: 'indirect', source: 'Der Verband', cue: 'hat eingeräumt', content: 'dass die Zahlen falsch waren' }],
  },
  {
    // Negative: granting a right to someone (a dative object) is no confession.
    text: 'Die Gemeinde hat dem Verein ein Vorkaufsrecht eingeräumt.',
    claims: [],
  },
  {
    // Negative: a refusal.
    text: 'Die Reederei wollte keine Fehler einräumen.',
    claims: [],
  },
  {
    // Negative: other verbs in the perfect are not read (no confession, and too often no claim).
    text: 'Die Polizei hat den Täter gefasst.',
    claims: [],
  },
]);

family('a relative clause after a reported cue belongs to its object, not the topic alone', [
  {
    text: 'Die Grünen haben die Pläne des Kreises kritisiert, die am Montag vorgestellt wurden.',
    claims: [{ kind: 'reported', source: 'Die Grünen', cue: 'haben kritisiert', content: ['die Pläne des Kreises', 'die am Montag vorgestellt wurden'] }],
  },
]);

family('refusals to comment are no claims', [
  { text: 'Der Landrat wollte dazu nichts sagen.', claims: [] },
  { text: 'Dazu wollte sich niemand äußern.', claims: [] },
  { text: 'Ein Sprecher der Reederei wollte nicht bestätigen, dass der Kapitän entlassen wurde.', claims: [] },
  { text: 'Die Feuerwehr konnte nicht sagen, wie viele Menschen verletzt wurden.', claims: [] },
  { text: 'Die Staatsanwaltschaft wollte sich zu den Ermittlungen nicht äußern.', claims: [] },
  {
    // The negation inside the content is no refusal.
    text: 'Ein Sprecher sagte, man könne dazu nichts sagen.',
    claims: [{ kind: 'indirect', source: 'Ein Sprecher', cue: 'sagte', content: 'man könne dazu nichts sagen' }],
  },
  {
    // A modal without a negation: the statement is made.
    text: 'Die Feuerwehr konnte bestätigen, dass zwei Menschen verletzt wurden.',
    claims: [{ kind: 'indirect', source: 'Die Feuerwehr', cue: 'bestätigen', content: 'dass zwei Menschen verletzt wurden' }],
  },
]);

family('the topic of a reported cue starts at its object, not at an adverb or place before it', [
  {
    text: 'Die Brauerei gab am Montag in Selbach ihren Rückzug aus dem Markt bekannt.',
    claims: [{ kind: 'reported', source: 'Die Brauerei', cue: 'gab bekannt', content: 'ihren Rückzug aus dem Markt' }],
  },
  {
    text: 'Die Brauerei gab gestern überraschend ihren Rückzug bekannt.',
    claims: [{ kind: 'reported', source: 'Die Brauerei', cue: 'gab bekannt', content: 'ihren Rückzug' }],
  },
  {
    text: 'Der Elternverband forderte erneut mehr Geld für die Schulen.',
    claims: [{ kind: 'reported', source: 'Der Elternverband', cue: 'forderte', content: 'mehr Geld für die Schulen' }],
  },
  {
    // The one asked stays in the topic: "von" names whom it is asked of.
    text: 'Der Elternverband forderte von der Stadt mehr Geld.',
    claims: [{ kind: 'reported', source: 'Der Elternverband', cue: 'forderte', content: 'von der Stadt mehr Geld' }],
  },
]);

family('"nach" with a noun derived from a cue verb, before a reported clause (de-statement.ts)', [
  {
    text: 'Nach der Ankündigung der Ministerin soll die Gebühr steigen.',
    claims: [{ kind: 'indirect', source: 'der Ministerin', cue: 'Nach', content: 'soll die Gebühr steigen' }],
  },
  {
    text: 'Nach Äußerungen des Trainers sei die Mannschaft müde.',
    claims: [{ kind: 'indirect', source: 'des Trainers', cue: 'Nach', content: 'sei die Mannschaft müde' }],
  },
  {
    // Negative: the event, not what was said (no reported clause after it).
    text: 'Nach der Ankündigung der Ministerin stiegen die Kurse.',
    claims: [],
  },
]);

family('phrase cues: a time inside the source phrase, "aus" and "in" attributes', [
  {
    text: 'Laut einer am Mittwoch veröffentlichten Studie sind zwei Drittel der Brücken in Selbach marode.',
    claims: [{ kind: 'indirect', source: 'einer am Mittwoch veröffentlichten Studie', cue: 'Laut', content: 'sind zwei Drittel der Brücken in Selbach marode' }],
  },
  {
    text: 'Nach einer gestern vorgelegten Studie ist jede dritte Brücke marode.',
    claims: [{ kind: 'indirect', source: 'einer gestern vorgelegten Studie', cue: 'Nach', content: 'ist jede dritte Brücke marode' }],
  },
  {
    text: 'Nach Angaben aus Kiel wurden zwei Fischer gerettet.',
    claims: [{ kind: 'indirect', source: 'Kiel', cue: 'Nach Angaben', content: 'wurden zwei Fischer gerettet' }],
  },
  {
    text: 'Zwei Fischer wurden dem Seenotdienst in Husum zufolge gerettet.',
    claims: [{ kind: 'indirect', source: 'dem Seenotdienst in Husum', cue: 'zufolge', content: ['Zwei Fischer wurden', 'gerettet'] }],
  },
  {
    // Negative: a time after the phrase is when, not part of the speaker.
    text: 'Laut Polizei wurden am Montag zwei Fischer gerettet.',
    claims: [{ kind: 'indirect', source: 'Polizei', cue: 'Laut', content: 'wurden am Montag zwei Fischer gerettet' }],
  },
]);

family('passives of reported cues: "Als X wurde Y genannt", an agent opening the sentence (de-passive.ts)', [
  {
    text: 'Als Grund wurde die mangelnde Wartung der Pumpen genannt.',
    claims: [{ kind: 'reported', source: null, cue: 'Als wurde genannt', content: ['Grund', 'die mangelnde Wartung der Pumpen'] }],
  },
  {
    // The speaker of the sentence before says it.
    text: 'Der Hafenmeister sagte, das Becken bleibe gesperrt. Als Ursache wurde ein Leck im Rumpf angegeben.',
    claims: [
      { kind: 'indirect', source: 'Der Hafenmeister', cue: 'sagte', content: 'das Becken bleibe gesperrt' },
      { kind: 'reported', source: 'Der Hafenmeister', cue: 'Als wurde angegeben', content: ['Ursache', 'ein Leck im Rumpf'] },
    ],
  },
  {
    text: 'Von den Anwohnern wurde der Neubau als Zumutung kritisiert.',
    claims: [{ kind: 'reported', source: 'den Anwohnern', cue: 'wurde als kritisiert', content: 'der Neubau' }],
  },
  {
    // A clause after the participle is the statement, as before.
    text: 'Von den Ermittlern wird angenommen, dass der Brand gelegt wurde.',
    claims: [{ kind: 'indirect', source: 'den Ermittlern', cue: 'wird angenommen', content: 'dass der Brand gelegt wurde' }],
  },
  {
    // Negative: "als" of a comparison with no cue verb.
    text: 'Als Favorit gilt der Verein aus Kiel.',
    claims: [],
  },
  {
    // Negative: no cue verb.
    text: 'Als Ersatz wurde ein Bus eingesetzt.',
    claims: [],
  },
]);

family('a content in a clause opened by a conjunction ends before the main clause', [
  {
    text: 'Nachdem der Bürgermeister erklärt hatte, die Halle sei baufällig, verließ er den Saal.',
    claims: [{ kind: 'indirect', source: 'der Bürgermeister', cue: 'erklärt hatte', content: 'die Halle sei baufällig' }],
  },
  {
    // A relative clause inside the content stays in it.
    text: 'Weil der Sprecher sagte, dass die Halle, die 1970 gebaut wurde, baufällig sei, wurde sie gesperrt.',
    claims: [{ kind: 'indirect', source: 'der Sprecher', cue: 'sagte', content: 'dass die Halle, die 1970 gebaut wurde, baufällig sei' }],
  },
]);

family('a web address as the source ("Laut ndr.de")', [
  {
    text: 'Laut weser-kurier.de bleibt die Fähre bis Freitag im Hafen.',
    claims: [{ kind: 'indirect', source: 'weser-kurier.de', cue: 'Laut', content: 'bleibt die Fähre bis Freitag im Hafen' }],
  },
  {
    text: 'Laut kieler.de will der Bürgermeister zurücktreten.',
    claims: [{ kind: 'indirect', source: 'kieler.de', cue: 'Laut', content: 'will der Bürgermeister zurücktreten' }],
  },
  {
    text: 'Wie kieler.de berichtet, will der Bürgermeister zurücktreten.',
    claims: [{ kind: 'indirect', source: 'kieler.de', cue: 'Wie berichtet', content: 'will der Bürgermeister zurücktreten' }],
  },
]);
