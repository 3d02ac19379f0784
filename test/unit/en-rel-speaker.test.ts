/**
 * English speakers inside relative clauses and after clause openers (src/extract/attribution/en-relspeaker.ts):
 * a subject pronoun ends the speaker phrase and is all of it ("the names he said …", "Though she said …",
 * "whom he described as …"). Every sentence is written for this test (invented people and places).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en rel-speaker 1. a subject pronoun after a subordinator or a relative is the whole speaker', [
  {
    text: 'Though she said the budget was sound.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: 'the budget was sound' }],
  },
  {
    text: 'The ferry operator, whom he described as reckless, lost the contract.',
    claims: [{ kind: 'reported', source: 'he', cue: 'described', content: 'as reckless' }],
  },
  {
    text: 'Maybe they think the harbour is too small.',
    claims: [{ kind: 'indirect', source: 'they', cue: 'think', content: 'the harbour is too small' }],
  },
]);

family('en rel-speaker 2. negative: an object pronoun or a phrase without a pronoun stays whole', [
  {
    text: 'Some of them said the tax would pass.',
    claims: [{ kind: 'indirect', source: 'Some of them', cue: 'said', content: 'the tax would pass' }],
  },
  {
    text: 'The harbour master said the tax would pass.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'said', content: 'the tax would pass' }],
  },
]);

family('en rel-speaker 3. stance verbs with their particle or preposition', [
  { text: 'Mara Linde is pushing for a new ferry contract.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'is pushing for', content: 'a new ferry contract' }] },
  { text: 'Mara Linde slammed the harbour plan.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'slammed', content: 'the harbour plan' }] },
  { text: 'Mara Linde brushed off the survey.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'brushed off', content: 'the survey' }] },
  { text: 'Mara Linde doubled down on her remarks.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'doubled down on', content: 'her remarks' }] },
  { text: 'Mara Linde walked back her remarks.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'walked back', content: 'her remarks' }], todo: 'not a cue: PolNeAR train precision of "walk" as a cue was below the average ("walked back to the car", "stood by the door")' },
  { text: 'Mara Linde stood by her remarks.', claims: [{ kind: 'reported', source: 'Mara Linde', cue: 'stood by', content: 'her remarks' }], todo: 'not a cue: PolNeAR train precision of "stand" as a cue was below the average ("walked back to the car", "stood by the door")' },
]);

family('en rel-speaker 4. negative: the same verbs without their particle or preposition', [
  { text: 'Mara Linde brushed her coat.', claims: [] },
  { text: 'Mara Linde pushed the cart.', claims: [] },
  { text: 'Ferry fares doubled in May.', claims: [] },
]);

family('en rel-speaker 5. a passive agent opening with a number', [
  { text: 'The ferry levy is supported by 60 percent of islanders.', claims: [{ kind: 'reported', source: '60 percent of islanders', cue: 'is supported', content: 'The ferry levy' }] },
  { text: 'The ferry levy was opposed by 40% of islanders.', claims: [{ kind: 'reported', source: '40% of islanders', cue: 'was opposed', content: 'The ferry levy' }] },
  { text: 'The ferry pier was finished by 1990.', claims: [] },
]);

family('en rel-speaker 6. coordinated poll fractions: "a third say" is a verb after a part of a group', [
  {
    text: 'Six in 10 islanders say the pier is safe, and a third say it is not.',
    claims: [
      { kind: 'indirect', source: 'Six in 10 islanders', cue: 'say', content: 'the pier is safe' },
      { kind: 'indirect', source: 'a third', cue: 'say', content: 'it is not' },
    ],
  },
  { text: 'A majority say the pier is safe.', claims: [{ kind: 'indirect', source: 'A majority', cue: 'say', content: 'the pier is safe' }] },
  // Negative: a bare form in an indefinite noun phrase stays a noun.
  { text: 'The mayor had a say in the matter.', claims: [] },
]);

family('en rel-speaker 7. a contact relative: the modified noun is the content\'s subject', [
  {
    text: 'The names he said would be released were kept secret.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: ['names', 'would be released'] }],
  },
  {
    // Negative: a full clause after the cue keeps its own subject.
    text: 'The day he said the pier was safe, it fell.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'the pier was safe, it fell' }],
  },
]);
