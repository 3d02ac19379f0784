/**
 * English attribution, round twenty-one (src/extract/attribution/en-concessive-sibling.ts, read by en-nested.ts): a
 * report in a concessive clause (", although/though/while/whereas" + a subject) or in an absolute clause (", with" +
 * a subject + a participle of saying) inside an outer content is a claim of its own, and the outer content ends
 * before the clause's comma. Part 5 and 6: a closing ", N familiar with X said" is read before the verbs of its
 * statement (verbs.ts cueOrder, finalCueSpeaker in en.ts). Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 concessive sibling 1. ", although/while" + a subject + a verb of report opens a claim of its own', [
  {
    text: 'Mr. Haldane said the bridge was unsafe, although he supports the repairs.',
    claims: [
      { kind: 'indirect', source: 'Mr. Haldane', cue: 'said', content: 'the bridge was unsafe' },
      { kind: 'reported', source: 'he', cue: 'supports', content: 'the repairs' },
    ],
  },
  {
    text: 'Ms. Varga said the school would close, while parents argue that it is needed.',
    claims: [
      { kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'the school would close' },
      { kind: 'indirect', source: 'parents', cue: 'argue', content: 'it is needed' },
    ],
  },
]);

family('en r21 concessive sibling 1b. ", even as" + a subject + a verb of report', [
  {
    text: 'The council said the budget was balanced, even as the mayor warned that it relied on loans.',
    claims: [
      { kind: 'indirect', source: 'The council', cue: 'said', content: 'the budget was balanced' },
      { kind: 'indirect', source: 'the mayor', cue: 'warned', content: 'it relied on loans' },
    ],
  },
]);

family('en r21 concessive sibling 2. negative: no verb of report in the clause, or the clause opens the content', [
  {
    text: 'Mr. Haldane said the bridge was unsafe, although it opened in May.',
    claims: [{ kind: 'indirect', source: 'Mr. Haldane', cue: 'said', content: 'the bridge was unsafe, although it opened in May' }],
  },
  {
    text: 'Mr. Haldane said that while he supports the repairs, the bridge is unsafe.',
    claims: [{ kind: 'indirect', source: 'Mr. Haldane', cue: 'said', content: 'while he supports the repairs, the bridge is unsafe' }],
  },
]);

family('en r21 absolute sibling 3. ", with" + a subject + a participle of saying opens a claim of its own', [
  {
    text: 'Ms. Varga called the budget reckless, with her deputies noting that it cut the clinics.',
    claims: [
      { kind: 'reported', source: 'Ms. Varga', cue: 'called', content: 'the budget reckless' },
      { kind: 'indirect', source: 'her deputies', cue: 'noting', content: 'it cut the clinics' },
    ],
  },
]);

family('en r21 absolute sibling 4. negative: a participle of attitude gives a share, no report', [
  {
    text: 'A survey found Ms. Varga ahead, with 40 percent backing her.',
    claims: [{ kind: 'indirect', source: 'A survey', cue: 'found', content: 'Ms. Varga ahead, with 40 percent backing her' }],
  },
]);

family('en r21 closing speaker 5. ", N familiar with X said" closes a statement that holds a "said" of its own', [
  {
    text: 'The owners said the mill would close, two people familiar with the plans said.',
    claims: [{ kind: 'indirect', source: 'two people familiar with the plans', cue: 'said', content: 'The owners said the mill would close' }],
  },
  {
    text: 'The owners said the mill would close, two officials briefed on the plans said.',
    claims: [{ kind: 'indirect', source: 'two officials briefed on the plans', cue: 'said', content: 'The owners said the mill would close' }],
  },
]);

family('en r21 closing speaker 6. negative: a closing phrase with no verb leaves the first "said" to govern', [
  {
    text: 'The owners said the mill would close, two weeks after the flood.',
    claims: [{ kind: 'indirect', source: 'The owners', cue: 'said', content: 'the mill would close, two weeks after the flood' }],
  },
]);
