/**
 * English nominal attributions without a named speaker (src/extract/attribution/en-nominal.ts, lexicon
 * src/lang/en/cue-nominal.tsv): a stance noun that opens its sentence with its topic, a noun received with its
 * reason, "a self-described X". Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en nominal 1. a stance noun opening its sentence', [
  {
    text: 'Support for the ferry has been strongest among young voters in Lenton.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Support for', content: 'the ferry' }],
  },
  {
    text: 'Opposition to the harbour deal is growing.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Opposition to', content: 'the harbour deal' }],
  },
  {
    // The topic ends before an irregular past of the closed verb class.
    text: "Calls for the mayor's resignation grew on Monday.",
    claims: [{ kind: 'unattributed', source: null, cue: 'Calls for', content: "the mayor's resignation" }],
  },
  {
    text: 'Growing opposition to the new fares has slowed the ferry company.',
    claims: [{ kind: 'unattributed', source: null, cue: 'opposition to', content: 'the new fares' }],
  },
  {
    // Negative: "support" without its preposition names beams, no stance.
    text: 'The support beams of the old pier were replaced.',
    claims: [],
  },
  {
    // Negative: not at the opening of its sentence, and no speaker: the noun names a stance without stating it.
    text: 'The harbour board studied the support for the ferry.',
    claims: [],
  },
]);

family('en nominal 2. a noun received with its reason', [
  {
    text: 'Mayor Okafor has faced criticism for her handling of the flood.',
    claims: [{ kind: 'unattributed', source: null, cue: 'criticism for', content: 'her handling of the flood' }],
  },
  {
    text: 'The ferry company faced a backlash over the new fares.',
    claims: [{ kind: 'unattributed', source: null, cue: 'backlash over', content: 'the new fares' }],
  },
  {
    // Negative: after "have" the subject gives the praise (a stance of Ms. Varga the verb rules may read).
    text: 'Ms. Varga had no such praise for the new timetable.',
    claims: [],
  },
  {
    // Negative: no reason and no speaker.
    text: 'The new timetable drew sharp criticism.',
    claims: [],
  },
]);

family('en nominal 3. self-described', [
  {
    text: 'Tom Reyes, a self-described socialist, won the race in Lenton.',
    claims: [{ kind: 'unattributed', source: null, cue: 'self-described', content: 'socialist' }],
  },
  {
    text: 'Ms. Varga is a self-styled champion of the fishermen.',
    claims: [{ kind: 'unattributed', source: null, cue: 'self-styled', content: 'champion of the fishermen' }],
  },
  {
    // Negative: after "the" the phrase only refers to someone.
    text: 'The self-described socialist won the race.',
    claims: [],
  },
  {
    // Negative: "a self-described X" as the object of a preposition refers too (only the verb's own claim).
    text: 'The board voted against a self-described socialist from Lenton.',
    claims: [{ kind: 'reported', source: 'The board', cue: 'voted against', content: 'a self-described socialist from Lenton' }],
  },
]);
