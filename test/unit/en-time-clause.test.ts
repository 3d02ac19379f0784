/**
 * English attribution, round twenty-one (src/extract/attribution/en-acts.ts, adverbialClause, the topicStop hook of
 * en.ts): a reported cue's topic ends before "while"/"when"/"before"/"after"/"since"/"until" that opens a clause with
 * a noun-phrase or name subject and a finite verb, as it did before a pronoun subject. Every sentence is written for
 * this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 time clause 1. a subordinate clause with a noun-phrase subject ends the topic', [
  {
    text: 'Ms. Okafor criticized the levy while the mayor praised it.',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'criticized', content: 'the levy' },
      { kind: 'reported', source: 'the mayor', cue: 'praised', content: 'it' },
    ],
  },
  {
    text: 'Mr. Ferro praised the ferry before the council voted on it.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'praised', content: 'the ferry' }],
  },
  {
    text: 'Ms. Lund condemned the ban when Mayor Ferro signed it.',
    claims: [
      { kind: 'reported', source: 'Ms. Lund', cue: 'condemned', content: 'the ban' },
      { kind: 'reported', source: 'Mayor Ferro', cue: 'signed', content: 'it' },
    ],
  },
]);

family('en r21 time clause 2. negative: the same words as prepositions before a noun phrase end nothing', [
  {
    text: 'Ms. Lund endorsed Okafor after the debate in Portvale.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'endorsed', content: 'Okafor after the debate in Portvale' }],
  },
]);
