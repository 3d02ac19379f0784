/**
 * English predicates of desire, appearance and opinion that take no clause (src/extract/attribution/en-mind.ts,
 * words in src/lang/en/mind-frames.tsv). Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en mind 1. appearance before an adjective or participle: no source, content = subject + complement', [
  {
    text: 'The ferry race appears closer in Norland.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appears', content: ['The ferry race', 'closer in Norland'], certainty: 'possible' }],
  },
  {
    text: 'Mayor Odum sounded confident.',
    claims: [{ kind: 'unattributed', source: null, cue: 'sounded', content: ['Mayor Odum', 'confident'] }],
  },
  {
    // The complement ends with its clause: a comma or a subordinator closes it.
    text: 'The harbour board appeared rather uneasy when the pilots left.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appeared', content: ['The harbour board', 'rather uneasy'] }],
  },
  // Negative: a verb of appearance before a place, a particle or an adverb of manner is no judgement.
  { text: 'Ms. Varga appeared on television in Brell.', claims: [] },
  { text: 'The two mayors appeared together at the fair.', claims: [] },
  // Negative: after an expletive "it", or in a condition.
  { text: 'It sounds pretty good to the ferry crews.', claims: [] },
  { text: 'If this all seems familiar, the council has seen it before.', claims: [] },
]);

family('en mind 2. desire and liking before a noun phrase or an infinitive', [
  {
    text: 'Most dock workers want a pay rise.',
    claims: [{ kind: 'indirect', source: 'Most dock workers', cue: 'want', content: 'a pay rise', stance: 'speculate' }],
  },
  {
    text: 'The Norland council would like to shrink the harbour office.',
    claims: [{ kind: 'reported', source: 'The Norland council', cue: 'would like', content: 'to shrink the harbour office' }],
  },
  {
    text: 'The ferry captain likes the old timetable.',
    claims: [{ kind: 'reported', source: 'The ferry captain', cue: 'likes', content: 'the old timetable' }],
  },
  // Negative: a noun after an article, a bare "like" (a preposition), a first-person "want".
  { text: 'The want ads filled two pages.', claims: [] },
  { text: 'I like it here.', claims: [] },
  { text: 'Towns like Brell need ferries.', claims: [] },
  { text: 'I want a sandwich.', claims: [] },
]);

family('en mind 3. agreement and "in X\'s view"', [
  {
    text: 'The Norland Pilots Guild agrees with Ms. Varga on the tolls.',
    claims: [{ kind: 'reported', source: 'The Norland Pilots Guild', cue: 'agrees with', content: 'Ms. Varga on the tolls' }],
  },
  {
    text: "In Mr. Odum's view, the bridge will never pay for itself.",
    claims: [{ kind: 'indirect', source: "Mr. Odum's", cue: 'view', content: 'the bridge will never pay for itself' }],
  },
  {
    text: "The only fix, in Professor Lindqvist's view, would be a second pier.",
    claims: [{ kind: 'indirect', source: "Professor Lindqvist's", cue: 'view', content: ['The only fix', 'would be a second pier'] }],
  },
  // Negative: "agree" without "with", a view that is a sight, "in mind" without a holder set off by commas.
  { text: 'The view from the pier was wide.', claims: [] },
  { text: 'The council kept the ferries in mind for years.', claims: [] },
]);
