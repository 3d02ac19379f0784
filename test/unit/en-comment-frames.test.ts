/**
 * Small frames of comment and refusal (src/extract/attribution/en-comment.ts, spec-6 block of
 * src/lang/en/cue-verbs.tsv): "declined to comment on", "has not commented on", scare quotes in the speaker,
 * "wondered aloud", a noun after a negated verb. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en comment frames 1. a refusal takes an objectless verb of comment into its cue', [
  {
    text: 'Councillor Ada Brisk declined to comment on whether the ferry would run.',
    claims: [{ kind: 'reported', source: 'Councillor Ada Brisk', cue: 'declined to comment on', content: 'whether the ferry would run' }],
  },
  {
    text: 'The harbour board has refused to elaborate on the delay.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'has refused to elaborate on', content: 'the delay' }],
  },
  {
    // A transitive infinitive stays the content: what is refused is to say or do it.
    text: 'Mr. Okafor declined to say whether he would run.',
    claims: [{ kind: 'reported', source: 'Mr. Okafor', cue: 'declined', content: 'to say whether he would run' }],
  },
  {
    text: 'Mr. Okafor refused to sign the ferry deal.',
    claims: [{ kind: 'reported', source: 'Mr. Okafor', cue: 'refused', content: 'to sign the ferry deal' }],
  },
  {
    // Nothing left for a content: the claim stays as it was.
    text: 'The mayor declined to comment.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'declined', content: 'to comment' }],
  },
  {
    // Only an adjunct after the infinitive: no topic of the comment, the claim stays as it was (round 19).
    text: 'The mayor declined to comment for this story.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'declined', content: 'to comment for this story' }],
  },
]);

family('en comment frames 2. "comment" takes its topic after "on"', [
  {
    text: 'The harbour board has not commented on the closure.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'has not commented on', content: 'the closure' }],
  },
  {
    text: 'Senator Okafor spoke on Tuesday while commenting on the ferry strike.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'commenting on', content: 'the ferry strike' }],
  },
  {
    text: 'Ms. Lund commented that the fares were too high.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'commented', content: 'the fares were too high' }],
  },
  // The noun is no cue.
  { text: 'The comments on the ferry blog were rude.', claims: [] },
]);

family('en comment frames 3. scare quotes end the speaker', [
  {
    text: 'The so-called "experts" said the bridge would collapse.',
    claims: [{ kind: 'indirect', source: 'The so-called "experts"', cue: 'said', content: 'the bridge would collapse' }],
  },
  {
    text: 'Ada Brisk and the “moderates” argued that the fare was fair.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk and the “moderates”', cue: 'argued', content: 'the fare was fair' }],
  },
  {
    // A quotation with its own sentence is the content, not part of the speaker.
    text: '“The bridge is safe,” the engineer said.',
    claims: [{ kind: 'direct', source: 'the engineer', cue: 'said', content: 'The bridge is safe' }],
  },
]);

family('en comment frames 4. "aloud" and a noun after a negated verb', [
  {
    text: 'Mr. Okafor wondered aloud whether the ferry would survive.',
    claims: [{ kind: 'indirect', source: 'Mr. Okafor', cue: 'wondered aloud', content: 'whether the ferry would survive' }],
  },
  // "calls" is the object of "return", no verb of saying with "not return" as its speaker.
  { text: 'The mayor did not return calls seeking comment.', claims: [] },
  {
    // An adverb after the negation: the verb after it is still the cue.
    text: 'The mayor did not immediately respond to requests for comment.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'did not immediately respond to', content: 'requests for comment' }],
  },
  {
    // A subject after "Not" is none of this.
    text: 'Not everyone finds the plan compelling.',
    claims: [{ kind: 'indirect', source: 'Not everyone', cue: 'finds', content: 'the plan compelling' }],
  },
]);

family('en comment frames 5. phrasal verbs of taking a side, with their particle right after the verb', [
  {
    text: 'Mr. Okafor stood by comments he had made about the ferry.',
    claims: [{ kind: 'reported', source: 'Mr. Okafor', cue: 'stood by', content: 'comments he had made about the ferry' }],
  },
  {
    text: 'The general stumped for Ada Brisk in Lakeport.',
    claims: [{ kind: 'reported', source: 'The general', cue: 'stumped for', content: 'Ada Brisk in Lakeport' }],
  },
  // The particle apart from the verb: no cue.
  { text: 'He went home after the debate.', claims: [] },
  { text: 'She stood in line by the door.', claims: [] },
]);
