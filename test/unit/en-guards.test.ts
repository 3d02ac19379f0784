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

family('en r21 guards 2. a relative pronoun is the speaker past a manner adverb or a negated auxiliary', [
  {
    text: 'The mayor met Moll, who strongly supports Lund.',
    claims: [{ kind: 'reported', source: 'who', cue: 'strongly supports', content: 'Lund' }],
  },
  {
    text: 'Varga, who has openly opposed new taxes, spoke first.',
    claims: [{ kind: 'reported', source: 'who', cue: 'has openly opposed', content: 'new taxes' }],
  },
  {
    text: "The mayor met Moll, who didn't endorse Lund.",
    claims: [{ kind: 'reported', source: 'who', cue: "didn't endorse", content: 'Lund' }],
  },
  {
    // No cue in the relative clause: no claim.
    text: 'The mayor met Moll, who only recently arrived in town.',
    claims: [],
  },
]);

family('en r21 guards 3. a relative pronoun is the speaker of a progressive, not of a passive', [
  {
    text: 'Moll, who was criticizing the plan, left.',
    claims: [{ kind: 'reported', source: 'who', cue: 'was criticizing', content: 'the plan' }],
  },
  {
    text: 'The mayor met Moll, who is now supporting Lund.',
    claims: [{ kind: 'reported', source: 'who', cue: 'is now supporting', content: 'Lund' }],
  },
  {
    // A passive: the relative pronoun is whom it was done to, no speaker.
    text: 'Moll, who was criticized for the plan, left.',
    claims: [],
  },
  {
    text: 'The mayor met Moll, who was sitting in the front row.',
    claims: [],
  },
]);

family('en r21 guards 4. a question word alone at the sentence end is a content of one word', [
  {
    text: 'Moll said the tax would fall, but Lund did not say why.',
    claims: [
      { kind: 'indirect', source: 'Moll', cue: 'said', content: 'the tax would fall' },
      { kind: 'indirect', source: 'Lund', cue: 'did not say', content: 'why' },
    ],
  },
  {
    text: 'Lund did not say when.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'did not say', content: 'when' }],
  },
  {
    // Not before the rest of its question: the question is the content.
    text: 'Lund would not say when the vote would be held.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'would not say', content: 'when the vote would be held' }],
  },
]);
