/**
 * A dateline that opens the sentence is no part of a statement before its speaker (en-preposed.ts datelineEnd),
 * and a bare noun before an auxiliary is the subject of a content clause, not a noun compound with the verb of
 * saying before it (en.ts notACue). Every sentence is written for this test; conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en dateline 1. a dateline closed by a dash before "C, X said"', [
  {
    text: 'LINDHOLM (Harbour Wire) - The ferry will run again, Ms. Varga said.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'The ferry will run again' }],
  },
  {
    text: 'LINDHOLM, May 4 — The ferry will run again, said Ms. Varga.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'The ferry will run again' }],
  },
  {
    // Negative: dashes inside the statement are an aside, not a dateline.
    text: 'The ferry - which is older than the pier - will run again, Ms. Varga said.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'The ferry - which is older than the pier - will run again' }],
  },
]);

family('en dateline 2. a headline-style content without an article', [
  {
    text: 'Ms. Varga says plan will fail.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'says', content: 'plan will fail' }],
  },
  {
    // Negative: a noun before a verb of saying stays a noun ("a harbour report shows …").
    text: 'A harbour report shows the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'A harbour report', cue: 'shows', content: 'the pier is unsafe' }],
  },
]);
