/**
 * How far an English speaker phrase reaches (src/extract/attribution/en-np.ts, the `npStep` of npForward) after a
 * noun cue received by the subject (src/extract/attribution/en-noun-frames.ts): a plural that is also a cue verb
 * form after a modifier is a noun ("from rival campaigns"), and a group may open with a number after the
 * preposition ("of 41 percent of voters", "from 60 senators"). Sentences written for this test.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en np reach 1. a plural cue form after a modifier is the head of the speaker phrase', [
  {
    text: 'The ad drew criticism from rival campaigns.',
    claims: [{ kind: 'reported', source: 'rival campaigns', cue: 'drew criticism', content: 'The ad' }],
  },
  {
    text: 'The levy drew praise from local reports.',
    claims: [{ kind: 'reported', source: 'local reports', cue: 'drew praise', content: 'The levy' }],
  },
  // Not after an article: "the mayor warns" may be a verb, and no speaker follows "criticism" here.
  { text: 'The ad drew criticism.', claims: [] },
]);

family('en np reach 2. a speaker group that opens with a number after the preposition', [
  {
    text: 'Smith drew the support of 41 percent of voters.',
    claims: [{ kind: 'reported', source: '41 percent of voters', cue: 'drew the support of', content: 'Smith' }],
  },
  {
    text: 'The treaty drew criticism from 60 senators.',
    claims: [{ kind: 'reported', source: '60 senators', cue: 'drew criticism', content: 'The treaty' }],
  },
  // ", according to Y" governs the sentence: the poll speaks, not the share of voters.
  {
    text: 'Lund has support from 48 percent of farmers, according to a survey by the harbour board.',
    claims: [{ kind: 'indirect', source: 'a survey by the harbour board', cue: 'according to', content: 'Lund has support from 48 percent of farmers' }],
  },
]);
