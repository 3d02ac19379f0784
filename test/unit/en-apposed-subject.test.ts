/**
 * A subject with an apposition or aside between commas before the cue (src/extract/attribution/en-apposed-subject.ts):
 * "Ms. Varga, a councillor, said the ferry failed." is the subject reading, never the inverted one with "the ferry
 * failed" as the speaker. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en apposed subject 1. a subject with its apposition or aside before the cue', [
  {
    text: 'Ms. Varga, a councillor from Lindholm, said the ferry company lied.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga, a councillor from Lindholm', cue: 'said', content: 'the ferry company lied' }],
  },
  {
    text: 'Mr. Ekdahl, 61, said the harbour board failed.',
    claims: [{ kind: 'indirect', source: 'Mr. Ekdahl, 61', cue: 'said', content: 'the harbour board failed' }],
  },
  {
    // An aside between the commas is no part of the speaker.
    text: 'Ms. Varga, citing the audit, said the harbour board failed.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'the harbour board failed' }],
  },
  {
    text: 'The audit, released on Monday, says the harbour board failed.',
    claims: [{ kind: 'indirect', source: 'The audit', cue: 'says', content: 'the harbour board failed' }],
  },
  {
    // A verb of telling with its listener.
    text: 'Ms. Varga, a councillor, told reporters the ferry company lied.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga, a councillor', cue: 'told', content: 'the ferry company lied' }],
  },
]);

family('en apposed subject 2. negative: a statement before an inverted speaker keeps the inverted reading', [
  {
    text: 'The harbour board failed, says an audit released on Monday.',
    claims: [{ kind: 'indirect', source: 'an audit released on Monday', cue: 'says', content: 'The harbour board failed' }],
  },
  {
    text: 'The ferry will run again, Ms. Varga, a councillor, said.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga, a councillor', cue: 'said', content: 'The ferry will run again' }],
  },
]);

family('en apposed subject 3. an irregular past before "and said" ends the speaker (claim-words.tsv verb)', [
  {
    text: 'Ms. Varga shook her head and said the ferry would not run.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'the ferry would not run' }],
  },
  {
    text: 'Mr. Ekdahl threw up his hands and said the pier was lost.',
    claims: [{ kind: 'indirect', source: 'Mr. Ekdahl', cue: 'said', content: 'the pier was lost' }],
  },
]);
