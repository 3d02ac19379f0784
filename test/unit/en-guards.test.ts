/**
 * English attribution, round twenty-one, guards that rejected a verb cue because of something else in its sentence
 * (src/extract/attribution/verbs.ts `beforeEarly`, …). Every sentence is written for this test (invented people
 * and places).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 guards 1. a content that runs into an earlier noun claim ends at the dash before it', [
  {
    text: 'Ms. Ferrow said that the ferry was safe - a point that inspectors have disputed.',
    claims: [
      { kind: 'indirect', source: 'Ms. Ferrow', cue: 'said', content: 'the ferry was safe' },
      { kind: 'reported', source: 'inspectors', cue: 'have disputed', content: 'a point' },
    ],
  },
  {
    text: 'Ms. Ferrow said the ferry was safe — a claim that the mayor later repeated.',
    claims: [
      { kind: 'indirect', source: 'Ms. Ferrow', cue: 'said', content: 'the ferry was safe' },
      { kind: 'reported', source: 'the mayor', cue: 'later repeated', content: 'a claim' },
    ],
  },
  {
    // No claim after the dash: the content runs on as before.
    text: 'Ms. Ferrow said the ferry was safe - a view that is widely shared.',
    claims: [{ kind: 'indirect', source: 'Ms. Ferrow', cue: 'said', content: 'the ferry was safe - a view that is widely shared' }],
  },
]);
