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
