/**
 * English attribution, round twenty-one (src/extract/attribution/en-filters.ts reducedParticipleVerb, en-spans.ts):
 * a past participle with a time or an agent between its noun and a finite cue verb is a reduced relative clause;
 * the noun may be capitalized ("a poll from Harlow College released …"), and the speaker keeps the participle and
 * its time. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 reduced participle 1. the finite verb is the cue, the participle and its time are the speaker\'s', [
  {
    text: 'A poll from Harlow College released Wednesday found Lund leading by 15 points.',
    claims: [{ kind: 'indirect', source: 'A poll from Harlow College released Wednesday', cue: 'found', content: 'Lund leading by 15 points' }],
  },
  {
    text: 'The report published Tuesday found that wages fell.',
    claims: [{ kind: 'indirect', source: 'The report published Tuesday', cue: 'found', content: 'wages fell' }],
  },
]);

family('en r21 reduced participle 2. negative: a finite past verb after a name stays the cue', [
  {
    text: 'Senator Lund argued Tuesday that wages fell.',
    claims: [{ kind: 'indirect', source: 'Senator Lund', cue: 'argued Tuesday', content: 'wages fell' }],
  },
]);

family('en r21 reduced participle 2. after a name, a past verb with a time and then a new subject is the finite verb', [
  {
    text: 'Okafor posted Tuesday Lund said the pier was closed.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'posted Tuesday', content: 'Lund said the pier was closed' }],
  },
]);
