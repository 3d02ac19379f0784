/**
 * English attribution, round 8 (src/extract/attribution/en-verbgroup.ts, hooked from en.ts's tidySpans): the verb
 * group around a cue verb — a light verb's short object up to its preposition, a word bound to the verb
 * ("pleaded guilty"), a floating quantifier with its auxiliaries. Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r8 1. a light verb with its object up to the preposition', [
  {
    text: 'Mayor Lund offered his thoughts on the new ferry timetable.',
    claims: [{ kind: 'reported', source: 'Mayor Lund', cue: 'offered his thoughts on', content: 'the new ferry timetable' }],
  },
  {
    text: 'The harbour board showed no sign of backing down from its plan.',
    claims: [{ kind: 'indirect', source: 'The harbour board', cue: 'showed no sign of', content: 'backing down from its plan' }],
  },
  {
    text: 'Ms. Okafor pleaded guilty to moving the pier funds.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'pleaded guilty to', content: 'moving the pier funds' }],
  },
  {
    // Before "that" the noun ends the cue and the clause is the content.
    text: 'Ms. Okafor expressed confidence that the pier would reopen.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'expressed confidence', content: 'the pier would reopen' }],
  },
  {
    // Negative: the object is what was posted, not a view: its preposition stays with the content.
    text: 'Mr. Varga posted a photo of the flooded pier.',
    claims: [{ kind: 'indirect', source: 'Mr. Varga', cue: 'posted', content: 'a photo of the flooded pier' }],
  },
  {
    // Negative: the infinitive keeps its "to" ("an inclination to act" is no preposition with a topic); the
    // quantified attitude noun joins the cue (en-cue-reach.ts quantifiedObject).
    text: 'The council has shown little inclination to close the pier.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'has shown little inclination', content: 'to close the pier' }],
  },
]);

family('en r8 2. a floating quantifier joins the verb group', [
  {
    text: 'Lund and Okafor have both argued that the pier should close.',
    claims: [{ kind: 'indirect', source: 'Lund and Okafor', cue: 'have both argued', content: 'the pier should close' }],
  },
  {
    text: 'Lund and Okafor both said that the pier should close.',
    claims: [{ kind: 'indirect', source: 'Lund and Okafor', cue: 'both said', content: 'the pier should close' }],
  },
  {
    // Negative: "all of" is a quantified subject, not a floating quantifier.
    text: 'All of the councillors said that the pier should close.',
    claims: [{ kind: 'indirect', source: 'All of the councillors', cue: 'said', content: 'the pier should close' }],
  },
]);

family('en r8 3. naming frames (en-naming.ts): the name someone gave, without a source', [
  {
    text: 'A new film titled "Tides of Lenton" opens on Friday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'titled', content: '"Tides of Lenton"' }],
  },
  {
    text: 'The levy, known as the Pier Fund, pays for the repairs.',
    claims: [{ kind: 'unattributed', source: null, cue: 'known as', content: 'the Pier Fund' }],
  },
  {
    text: 'The old quay is also known as Lund Steps.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is also known as', content: 'Lund Steps' }],
  },
  {
    // Negative: "known as" before a description in lower case names nothing.
    text: 'Mr. Varga is known as a careful builder.',
    claims: [],
  },
]);
