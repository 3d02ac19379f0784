/**
 * Round fourteen, spec 7: a parenthetical speaker whose verb of saying is followed by a time adverb before the
 * closing comma ("The truth, the senator said then, was that …"), and a relative "that" after a speech noun whose
 * own verb takes an object ("a report that it had commissioned": no claim). Every sentence is written for this
 * test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en aside times 1. a time adverb after the verb of a parenthetical speaker', [
  {
    text: 'The truth, the senator said then, was that the ferry plan had failed.',
    claims: [{ kind: 'indirect', source: 'the senator', cue: 'said', content: ['The truth', 'was that the ferry plan had failed'] }],
  },
  {
    text: 'The harbour, the mayor said later, would stay open all winter.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: ['The harbour', 'would stay open all winter'] }],
  },
  {
    text: 'The bridge, Ada Brisk said again, was never safe.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'said', content: ['The bridge', 'was never safe'] }],
  },
  {
    text: 'The problem, the captain said later on Tuesday, is that nobody paid the crew.',
    claims: [{ kind: 'indirect', source: 'the captain', cue: 'said', content: ['The problem', 'is that nobody paid the crew'] }],
  },
  {
    text: 'The vote, two aides said on Monday, was rigged.',
    claims: [{ kind: 'indirect', source: 'two aides', cue: 'said', content: ['The vote', 'was rigged'] }],
  },
  {
    text: 'The answer, the captain said afterward, was no.',
    claims: [{ kind: 'indirect', source: 'the captain', cue: 'said', content: ['The answer', 'was no'] }],
  },
  {
    text: 'The goal, the mayor told reporters later, is to win the vote.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'told', content: ['The goal', 'is to win the vote'] }],
  },
  {
    text: 'The vote, she told the Kelso Herald on Monday, was rigged.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'told', content: ['The vote', 'was rigged'] }],
  },
  // Not a parenthetical speaker: no verb of saying, or a relative clause instead of a speaker.
  { text: 'The ferry, the mayor sold later, was old.', claims: [] },
  { text: 'The crew, the captain paid then, went home.', claims: [] },
  { text: 'The pier, which the mayor sold later, was old.', claims: [] },
]);

family('en aside times 2. a relative "that" after a speech noun: its verb needs an object it lacks', [
  { text: 'A report that the council had commissioned found no fraud.', claims: [] },
  { text: 'The report that it had commissioned was damning.', claims: [] },
  { text: 'The study that Ada Brisk published in 2013 was wrong.', claims: [] },
  { text: 'The memo that two aides drafted, however, was never sent.', claims: [] },
  { text: 'The statement that the harbour board prepared was short.', claims: [] },
  // A complement: the verb has its object, or needs none.
  {
    text: 'Reports that the agency published false figures spread quickly.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Reports', content: 'the agency published false figures' }],
  },
  {
    text: 'The claim that the mayor wrote the memo himself is false.',
    claims: [{ kind: 'unattributed', source: null, cue: 'The claim', content: 'the mayor wrote the memo himself' }],
  },
  {
    text: 'The report that the old bridge had failed was false.',
    claims: [{ kind: 'unattributed', source: null, cue: 'The report', content: 'the old bridge had failed' }],
  },
  {
    text: 'The allegation that officials ignored warnings is serious.',
    claims: [{ kind: 'unattributed', source: null, cue: 'The allegation', content: 'officials ignored warnings' }],
  },
  {
    text: 'The fear that the pier would collapse grew in Kelso.',
    claims: [{ kind: 'unattributed', source: null, cue: 'The fear', content: 'the pier would collapse' }],
  },
]);

family('en aside times 3. a relative "that" after a possessive or light-verb speech noun', [
  { text: "Lund's claim that he made was false.", claims: [] },
  { text: 'The senator made a claim that he later repeated.', claims: [] },
  { text: 'Her statement that she had prepared, however, was short.', claims: [] },
  // A complement: the verb has its object, or its intransitive sense.
  {
    text: "Lund's claim that he opposed the ferry plan is false.",
    claims: [{ kind: 'indirect', source: "Lund's", cue: 'claim', content: 'he opposed the ferry plan' }],
  },
  {
    text: 'Her claim that they had won was false.',
    claims: [{ kind: 'indirect', source: 'Her', cue: 'claim', content: 'they had won' }],
  },
]);
