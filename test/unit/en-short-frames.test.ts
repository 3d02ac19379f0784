/**
 * English short contents, adjectival and passive frames (src/extract/attribution/en-verbtail.ts and
 * en-short-frames.ts). Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en short 1. a two-word clause after a verb of saying: subject and finite verb', [
  {
    text: 'Harbour critics say Okafor lied.',
    claims: [{ kind: 'indirect', source: 'Harbour critics', cue: 'say', content: 'Okafor lied' }],
  },
  {
    text: 'The ferry vote was held on Monday. Mr. Lindqvist said it failed.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'it failed' }],
  },
  {
    text: 'Dana Okafor said she would.',
    claims: [{ kind: 'indirect', source: 'Dana Okafor', cue: 'said', content: 'she would' }],
  },
  {
    text: "Mr. Lindqvist said they won't.",
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: "they won't" }],
  },
  {
    // Negative: a pronoun object and an adverb are no clause.
    text: 'Mr. Lindqvist said it again.',
    claims: [],
  },
  {
    // Negative: a listener and a time are no clause.
    text: 'Ms. Okafor told her yesterday.',
    claims: [],
  },
]);
