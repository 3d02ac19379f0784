/**
 * A cue word right after an article or a possessive (adverbs, `own`, `only` between) is a modifier or a noun, no
 * verb of saying (src/extract/attribution/en-modifier-forms.ts). Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en modifier forms 1. after a determiner a cue form modifies or names', [
  { text: 'The party drew up its own recommended list of delegates.', claims: [] },
  { text: 'Lund made a politically charged visit to the harbour.', claims: [] },
  { text: 'The newly released figures covered the ferry tolls.', claims: [] },
  { text: 'It was the only question the harbour board left open.', claims: [] },
  { text: 'It was a newly released email that the board had kept.', claims: [] },
]);

family('en modifier forms 2. a subject before the cue still speaks', [
  {
    text: 'The mayor recommended that the ferry run at night.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'recommended', content: 'the ferry run at night' }],
  },
  {
    text: 'His aides quietly suggested that Lund would stay.',
    claims: [{ kind: 'indirect', source: 'His aides', cue: 'quietly suggested', content: 'Lund would stay' }],
  },
  {
    text: 'Okafor has only said that the fares will rise.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'has only said', content: 'the fares will rise' }],
  },
  // (A past form after a participle used as a noun is a verb: "the accused said".)
  {
    text: 'The accused said he was at the ferry.',
    claims: [{ kind: 'indirect', source: 'The accused', cue: 'said', content: 'he was at the ferry' }],
  },
]);

family('en modifier forms 3. a plural before "have" is its subject (en-filters.ts nounForm)', [
  { text: 'Questions and answers have been edited for length.', claims: [] },
  {
    text: 'Lund says the ferries have stopped.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'says', content: 'the ferries have stopped' }],
  },
]);
