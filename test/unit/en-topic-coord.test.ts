/**
 * English attribution, round twenty, spec 5 (src/extract/attribution/en-topic-coord.ts, the topicStop hook of en.ts):
 * a reported cue's topic ends before a second predicate of the speaker after "and"/"but". Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r20 topic coordination 1. a past verb with its own object after "and" is the speaker\'s next act', [
  {
    text: 'Ms. Okafor criticized the levy and boycotted the vote.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'criticized', content: 'the levy' }],
  },
  {
    text: 'Mr. Ferro called her "a fraud" and boycotted the debate.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'called', content: 'her "a fraud"' }],
  },
  {
    // An adverb between: the second verb, itself a cue, keeps its own claim.
    text: 'Mr. Ferro denied the charges and even questioned the count.',
    claims: [
      { kind: 'reported', source: 'Mr. Ferro', cue: 'denied', content: 'the charges' },
      { kind: 'reported', source: 'Mr. Ferro', cue: 'even questioned', content: 'the count' },
    ],
  },
]);

family('en r20 topic coordination 2. a finite auxiliary after "and"/"but" opens the speaker\'s next predicate', [
  {
    text: 'Ms. Lund disagreed with the plan and is asking for a review.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'disagreed with', content: 'the plan' }],
  },
  {
    text: 'Ms. Lund criticized the budget but has not resigned.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'criticized', content: 'the budget' }],
  },
]);

family('en r20 topic coordination 3. negative: coordinated noun phrases and clauses inside the topic stay', [
  {
    // An -ed word before a common noun is an adjective of a second noun phrase.
    text: 'Ms. Okafor criticized the levy and increased fees.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'criticized', content: 'the levy and increased fees' }],
  },
  {
    // A relative clause in the topic: the second verb may be the clause's.
    text: 'Mr. Brandt praised the crews who stayed and helped the town.',
    claims: [{ kind: 'reported', source: 'Mr. Brandt', cue: 'praised', content: 'the crews who stayed and helped the town' }],
  },
  {
    text: 'Mr. Ferro praised the pier and the ferry.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'praised', content: 'the pier and the ferry' }],
  },
]);
