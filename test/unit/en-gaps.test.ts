/**
 * Gaps in the English cue lexicon and small frame bugs (round 16, spec 7): verbs of manner of speaking bound to a
 * quotation next to them (src/extract/attribution/en-quote-only.ts, frames `quote|near` in src/lang/en/cue-verbs.tsv).
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en gaps 1. verbs of manner of speaking next to a quotation', [
  {
    text: '“Get off my pier,” the harbour master barked.',
    claims: [{ kind: 'direct', source: 'the harbour master', cue: 'barked', content: 'Get off my pier' }],
  },
  {
    text: '“We finally won the ferry vote,” Ada Brisk beamed.',
    claims: [{ kind: 'direct', source: 'Ada Brisk', cue: 'beamed', content: 'We finally won the ferry vote' }],
  },
  {
    text: '“The ferry will run until midnight,” the timetable states.',
    claims: [{ kind: 'direct', source: 'the timetable', cue: 'states', content: 'The ferry will run until midnight' }],
  },
  {
    text: 'Mayor Lund sighed: “Nobody reads the harbour reports.”',
    claims: [{ kind: 'direct', source: 'Mayor Lund', cue: 'sighed', content: 'Nobody reads the harbour reports.' }],
  },
  {
    // Away from a quotation the verb is none.
    text: 'Ada Brisk beamed at the crowd on the pier.',
    claims: [],
  },
  {
    // "laughed" before "and said" is no cue: the quotation belongs to "said".
    text: 'The ferry captain laughed and said, “Nobody pays for the view.”',
    claims: [{ kind: 'direct', source: 'The ferry captain', cue: 'said', content: 'Nobody pays for the view.' }],
  },
  {
    // The noun "states" is no verb that ends a source.
    text: 'Voters in four states going to the polls said they want a new ferry.',
    claims: [{ kind: 'indirect', source: 'Voters in four states going to the polls', cue: 'said', content: 'they want a new ferry' }],
  },
  {
    // A participle after the quotation is no speaker: "giving states" is no cue.
    text: 'Lund said the plan can be “a fair deal,” giving states more room to spend.',
    claims: [{ kind: 'mixed', source: 'Lund', cue: 'said', content: 'the plan can be “a fair deal,” giving states more room to spend' }],
  },
]);

family('en gaps 2. degree words between the linking verb and a cue adjective', [
  {
    text: 'The harbour master is far less sure where the ferry money went.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'is far less sure', content: 'where the ferry money went' }],
  },
  {
    text: 'Ada Brisk is not entirely convinced the ferry will run in winter.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'is not entirely convinced', content: 'the ferry will run in winter' }],
  },
  {
    // Without a clause the adjective reports nothing.
    text: 'The harbour master is so sure of himself.',
    claims: [],
  },
]);

family('en gaps 3. a prepositional aside between the speaker and the cue after a quotation', [
  {
    text: '“This is a waste of money,” Ms. Okafor, after a long pause, said of the ferry plan.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said of', content: 'This is a waste of money' }],
  },
  {
    text: '“The pier will stay open,” Lund, in a short statement, said.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'said', content: 'The pier will stay open' }],
  },
]);
