/**
 * German attribution, round 12 (spec 1): "hervorgehen" with a relative clause about the text (de-hervor.ts),
 * confessing verbs in the perfect and after a modal, refusals to comment, and the other frames of this round.
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
