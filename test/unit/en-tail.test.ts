/**
 * English attribution, round twenty-one, the tail of missed predicates (src/lang/en/cue-verbs.tsv and cue-nouns.tsv
 * rows marked "r21 tail", en-aspect.ts for verbs of avoiding, en-verbshapes.ts for a passive "questioned"). Every
 * sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 tail 1. verbs of reacting, lecturing and crying out at a speaker', [
  {
    text: 'Ms. Okafor reacted to the levy.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'reacted to', content: 'the levy' }],
  },
  {
    // An adverb between the verb and its preposition leaves the preposition in the content for now.
    text: 'Ms. Okafor reacted angrily to the levy.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'reacted angrily to', content: 'the levy' }],
    todo: 'cue "reacted", content "angrily to the levy" (indirect)',
  },
  {
    text: 'Mr. Ferro lectured the council about the ferry.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'lectured', content: 'the council about the ferry' }],
  },
  {
    text: 'Mr. Ferro preached restraint.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'preached', content: 'restraint' }],
  },
  {
    text: 'The crowd booed Ms. Lund.',
    claims: [{ kind: 'reported', source: 'The crowd', cue: 'booed', content: 'Ms. Lund' }],
  },
  {
    text: 'Two students heckled Mr. Ferro.',
    claims: [{ kind: 'reported', source: 'Two students', cue: 'heckled', content: 'Mr. Ferro' }],
  },
]);

family('en r21 tail 2. negative: reacting without its preposition, a distance, a map looked at', [
  { text: 'Ms. Okafor reacted on Tuesday.', claims: [] },
  { text: 'The harbour is some distance from the town.', claims: [] },
  { text: 'Ms. Lund looked at the map.', claims: [] },
  { text: 'Ms. Lund avoided the storm.', claims: [] },
]);

family('en r21 tail 3. a verb of avoiding heads the participle of a cue verb, as an aspect verb does', [
  {
    text: 'Ms. Lund has avoided directly criticizing the levy.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'has avoided directly criticizing', content: 'the levy' }],
  },
]);

family('en r21 tail 4. distancing oneself, attention and credit', [
  {
    text: 'Ms. Okafor paid little attention to the ferry.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'paid little attention to', content: 'the ferry' }],
  },
  {
    text: 'Ms. Lund took credit for the new pier.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'took credit for', content: 'the new pier' }],
  },
  {
    // PolNeAR marks "distanced himself from" as the cue; the reflexive and the preposition stay in the content for now.
    text: 'Mr. Ferro distanced himself from the levy.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'distanced himself from', content: 'the levy' }],
    todo: 'cue "distanced", content "himself from the levy" (indirect)',
  },
]);

family('en r21 tail 5. negative: attention and credit without a speaker or their preposition', [
  { text: 'The ferry drew the attention of tourists.', claims: [] },
  { text: 'The tax credit for families expired.', claims: [] },
]);

family('en r21 tail 6. verbs of deliberation and seeking', [
  {
    text: 'Mr. Ferro is mulling a run for mayor.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'is mulling', content: 'a run for mayor' }],
  },
  {
    text: 'Ms. Lund grappled with the question of tolls.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'grappled with', content: 'the question of tolls' }],
  },
  {
    text: 'Young voters are looking for a fighter.',
    claims: [{ kind: 'reported', source: 'Young voters', cue: 'are looking for', content: 'a fighter' }],
  },
]);

family('en r21 tail 7. a passive "questioned" puts a question like "asked"; the active keeps its speaker', [
  {
    text: 'Mr. Ferro was questioned about the levy.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was questioned about', content: 'the levy' }],
  },
  {
    text: 'Ms. Lund questioned whether the levy was fair.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'questioned', content: 'whether the levy was fair' }],
  },
]);

family('en r21 tail 8. a bare form that is a noun elsewhere is a cue as an infinitive or after a modal or "do"', [
  {
    text: 'Mr. Ferro did not challenge the count.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro', cue: 'did not challenge', content: 'the count' }],
  },
  { text: 'There was no comment on the levy.', claims: [] },
  { text: 'The challenge is clear.', claims: [] },
]);
