/**
 * English attribution, round twenty-one (src/extract/attribution/en-relative-sibling.ts, read by en-nested.ts): a
 * report in a non-restrictive relative clause inside an outer content is a claim of its own, and the outer content
 * ends before the clause's comma. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts. Part 3 and 4: a report in a clause of time after "after"/"when" (timeClauseCut).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 relative sibling 1. ", who/which" + a verb of report after the outer content opens a claim of its own', [
  {
    text: 'Ms. Okafor praised Judge Lindqvist, who insisted that the ruling would stand.',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'praised', content: 'Judge Lindqvist' },
      { kind: 'indirect', source: 'who', cue: 'insisted', content: 'the ruling would stand' },
    ],
  },
]);

family('en r21 relative sibling 2. negative: a restrictive clause (no comma) stays in the outer content', [
  {
    text: 'Ms. Okafor praised the judges who insisted that the ruling would stand.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'praised', content: 'the judges who insisted that the ruling would stand' }],
  },
  {
    // A relative clause with no verb of report is part of the content.
    text: 'Mr. Brandt praised Ms. Okafor, who runs the clinic in Harlow.',
    claims: [{ kind: 'reported', source: 'Mr. Brandt', cue: 'praised', content: 'Ms. Okafor, who runs the clinic in Harlow' }],
  },
]);

family('en r21 time clause sibling 3. "after"/"when" + a subject + a verb of report opens a claim of its own', [
  {
    text: 'She pledged to close the centers, after he introduced a bill to end them.',
    claims: [
      { kind: 'indirect', source: 'She', cue: 'pledged', content: 'to close the centers' },
      { kind: 'reported', source: 'he', cue: 'introduced', content: 'a bill to end them' },
    ],
  },
]);

family('en r21 time clause sibling 4. negative: a clause of time with no verb of report stays in the content', [
  {
    text: 'Mr. Ferro said the budget was cut after the meeting ended.',
    claims: [{ kind: 'indirect', source: 'Mr. Ferro', cue: 'said', content: 'the budget was cut after the meeting ended' }],
  },
  {
    // A reported topic ends before the clause (r21-retry, en-acts.ts), but the clause makes no claim of its own.
    text: 'Mr. Ferro criticized the budget after the meeting ended.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'criticized', content: 'the budget' }],
  },
]);
