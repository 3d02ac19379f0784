/**
 * English attribution, round 20 (spec 7: matched pairs whose cue differs from the gold's): a second act of the same
 * speaker after "and" gets a claim of its own instead of running on in the first one's content or topic
 * (src/extract/attribution/en-gerunds.ts contentGoesOn, en-split.ts coordinatedVerbAct, en.ts bareSecondAct).
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r20 second acts 1. a comma before "and" ends the content before a verb of attitude', [
  {
    text: 'On Monday, Lund said he was “not ready” to back the toll, and suggested that Okafor should wait.',
    claims: [
      { kind: 'mixed', source: 'Lund', cue: 'said', content: 'he was “not ready” to back the toll' },
      { kind: 'indirect', source: 'Lund', cue: 'suggested', content: 'Okafor should wait' },
    ],
  },
  {
    // Negative: without the comma the pronoun's own attitude verb goes on the content.
    text: 'Lund said he was tired and thought that the toll was wrong.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'he was tired and thought that the toll was wrong' }],
  },
]);

family('en r20 second acts 2. "and", an adverb or auxiliary, then a cue verb ends a reported topic', [
  {
    text: 'Okafor criticized the toll and even questioned the mayor’s motives.',
    claims: [
      { kind: 'reported', source: 'Okafor', cue: 'criticized', content: 'the toll' },
      { kind: 'reported', source: 'Okafor', cue: 'even questioned', content: 'the mayor’s motives' },
    ],
  },
  {
    // Negative: a noun after "and" stays in the topic.
    text: 'Okafor praised the crews and boats.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'praised', content: 'the crews and boats' }],
  },
]);

family('en r20 second acts 3. a bare present cue with its own "that" after a bare present cue', [
  {
    text: 'Some harbour officials fear that the toll will fail and warn that the ferry may close.',
    claims: [
      { kind: 'indirect', source: 'Some harbour officials', cue: 'fear', content: 'the toll will fail' },
      { kind: 'indirect', source: 'Some harbour officials', cue: 'warn', content: 'the ferry may close' },
    ],
  },
  {
    // Negative: after a modal in the content the bare verb goes on the content's verb.
    text: 'They say we should wait and see that the toll works.',
    claims: [{ kind: 'indirect', source: 'They', cue: 'say', content: 'we should wait and see that the toll works' }],
  },
  {
    // Negative: no "that" after the second verb.
    text: 'Some harbour officials fear that the toll will fail and hope for a vote.',
    claims: [{ kind: 'indirect', source: 'Some harbour officials', cue: 'fear', content: 'the toll will fail and hope for a vote' }],
  },
]);
