/**
 * English attitude and verb group, second pass (src/extract/attribution/en-occasion.ts, en-headline.ts,
 * cue-senses.tsv `not-after`, occasion-nouns.txt): the occasion of a statement joins its cue, a headline's
 * speaker before the colon, and "want" as a wish of the speaker or the listener. Every sentence is written for
 * this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en attitude2 1. the occasion or medium after the verb joins the cue', [
  {
    text: '“The ferry will run again,” Ms. Okafor said in an interview with the Harbour Gazette.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said in an interview with the Harbour Gazette', content: 'The ferry will run again' }],
  },
  {
    // (A gathering is no medium: it stays out of the cue, en-occasion.ts `settingPhrase`.)
    text: '“The port stays open,” Mr. Lindqvist said at a news conference.',
    claims: [{ kind: 'direct', source: 'Mr. Lindqvist', cue: 'said', content: 'The port stays open' }],
  },
  {
    text: '“We are not finished,” Ms. Okafor wrote on Facebook.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'wrote on Facebook', content: 'We are not finished' }],
  },
  {
    text: '“We are not finished,” Ms. Okafor said Tuesday.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said Tuesday', content: 'We are not finished' }],
  },
  {
    // Negative: a place is no occasion.
    text: '“We are not finished,” Ms. Okafor said in Brackwater.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'We are not finished' }],
  },
]);

family('en attitude2 2. a headline speaker before the colon', [
  {
    text: 'Ms. Okafor: The ferry tax hurts every family in Brackwater.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: ':', content: 'The ferry tax hurts every family in Brackwater' }],
  },
  {
    // The verb inside the line spoke for the wrong speaker: the colon's claim takes its place.
    text: 'Harbour Gazette: Okafor thinks the ferry tax will fall.',
    claims: [{ kind: 'indirect', source: 'Harbour Gazette', cue: ':', content: 'Okafor thinks the ferry tax will fall' }],
  },
  {
    // Negative: a question after the colon is no statement.
    text: 'Q: Do you think the tax will fall?',
    claims: [{ kind: 'indirect', source: 'you', cue: 'think', content: 'the tax will fall' }],
  },
]);

family('en attitude2 3. "want": a wish of the speaker or the listener, or advice, is no reported attitude', [
  {
    text: 'The fishermen want a new pier built before the winter.',
    claims: [{ kind: 'indirect', source: 'The fishermen', cue: 'want', content: 'a new pier built before the winter' }],
  },
  { text: 'We want to rebuild the pier before the winter storms come.', claims: [] },
  { text: 'You really want to change the harbour for good.', claims: [] },
  { text: 'Mr. Lindqvist may want to check his figures again.', claims: [] },
]);
