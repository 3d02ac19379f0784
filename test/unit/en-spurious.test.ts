/**
 * English spurious claims (precision): cue senses that need a complement of their own (src/lang/en/cue-senses.tsv,
 * read by en-filters.ts). Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en spurious 1. "prove" as a copula is no cue; with a clause or a verdict it is', [
  { text: 'The harbour vote proved the most costly of the year.', claims: [] },
  { text: 'Her early start proved to be decisive.', claims: [] },
  { text: 'Their forecasts proved wildly optimistic.', claims: [] },
  {
    text: 'The Okafor audit proved that the ferry money was missing.',
    claims: [{ kind: 'indirect', source: 'The Okafor audit', cue: 'proved', content: 'the ferry money was missing' }],
  },
]);

family('en spurious 2. "choose" with a plain object (a vote) is no cue', [
  { text: 'Among ferry riders, 48 percent chose Okafor.', claims: [] },
  { text: 'Most ferry riders chose the early boat.', claims: [] },
]);

family('en spurious 3. "decide" without a clause or "to" is an event, no cue', [
  { text: 'Many harbour voters who decided late stayed home.', claims: [] },
]);
