/**
 * English verb cues, the long tail (src/lang/en/cue-verbs.tsv, src/extract/attribution/en-verbtail.ts, hooked
 * from en.ts and en-preposed.ts): more reporting and judging verbs and their particles, a one-word statement
 * ("said no"), a participle after a singular noun with its article ("a group backing X"), the speaker of a
 * participle after a quotation that carries on, a listener asked to do something after a preposed phrase.
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en verb tail 1. reporting and judging verbs, particles', [
  {
    text: 'Ms. Varga lamented that the ferry had stopped running.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'lamented', content: 'the ferry had stopped running' }],
  },
  {
    text: 'Mr. Okafor disavowed the harbour plan.',
    claims: [{ kind: 'reported', source: 'Mr. Okafor', cue: 'disavowed', content: 'the harbour plan', stance: 'deny' }],
  },
  {
    text: 'The mayor of Lenton called out the ferry company for its fares.',
    claims: [{ kind: 'reported', source: 'The mayor of Lenton', cue: 'called out', content: 'the ferry company for its fares' }],
  },
  {
    // Negative: a verb that is no cue without its particle ("weighed in") is not read at all.
    text: 'The new harbour wall weighed two thousand tonnes.',
    claims: [],
  },
]);

family('en verb tail 2. a one-word statement', [
  {
    text: 'Asked whether the pier would close, the harbour master said no.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Asked', content: 'whether the pier would close' },
      { kind: 'indirect', source: 'the harbour master', cue: 'said', content: 'no' },
    ],
  },
  {
    text: 'Most of the fishermen said so.',
    claims: [{ kind: 'indirect', source: 'Most of the fishermen', cue: 'said', content: 'so' }],
  },
  {
    // Negative: a time after the verb is when it was said.
    text: 'The harbour master said Tuesday.',
    claims: [],
  },
  {
    // Negative: a listener alone is no statement.
    text: 'The harbour master told her.',
    claims: [],
  },
]);

family('en verb tail 3. a participle after a singular noun and its article', [
  {
    text: 'Donors gave money to a group backing Ms. Varga.',
    claims: [{ kind: 'reported', source: 'a group', cue: 'backing', content: 'Ms. Varga' }],
  },
  {
    // Negative: a verb before the participle ("kept saying"): the speaker is the subject (the aspect verb joins
    // the cue since round 17, en-aspect.ts).
    text: 'The mayor kept saying the pier was safe.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'kept saying', content: 'the pier was safe' }],
  },
]);

family('en verb tail 4. a participle after a quotation that carries on', [
  {
    text: '“The pier is safe,” Ms. Varga said, referring to the new harbour wall. “It will hold for decades.”',
    claims: [
      { kind: 'direct', source: 'Ms. Varga', cue: 'said', content: ['The pier is safe', 'It will hold for decades.'] },
      { kind: 'indirect', source: 'Ms. Varga', cue: 'referring to', content: 'the new harbour wall' },
    ],
  },
]);

family('en verb tail 5. a listener asked to do something, after a preposed phrase', [
  {
    text: 'In a letter to the council, the mayor asked the ferry company to cut its fares.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'asked', content: 'the ferry company to cut its fares' }],
  },
  {
    // Negative: a listener alone after "C, he told reporters" keeps the statement before it.
    text: 'The harbour will close next year, he told reporters.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'told', content: 'The harbour will close next year' }],
  },
]);

family('en verb tail 6. a list of the speaker’s acts after a statement', [
  {
    text: 'Ms. Varga suggested the ferry was too slow, called the timetable “a joke” and left the meeting.',
    claims: [
      { kind: 'indirect', source: 'Ms. Varga', cue: 'suggested', content: 'the ferry was too slow' },
      { kind: 'reported', source: 'Ms. Varga', cue: 'called', content: 'the timetable “a joke” and left the meeting' },
    ],
  },
  {
    // Negative: a participle in a passive ("…, called by critics …") does not close the statement.
    text: 'Mr. Okafor said the harbour plan, called by critics a waste of money, would go ahead.',
    claims: [{ kind: 'indirect', source: 'Mr. Okafor', cue: 'said', content: 'the harbour plan, called by critics a waste of money, would go ahead' }],
  },
]);

family('en verb tail 7. a verb with an object after its statement, and a time', [
  {
    text: 'The ferry will stop in May, the council announced on Tuesday.',
    claims: [{ kind: 'indirect', source: 'the council', cue: 'announced', content: 'The ferry will stop in May' }],
  },
  {
    // Negative: an object after the verb is its topic, and the clause before it no statement of it.
    text: 'The ferry will stop, and the council confirmed the plan.',
    claims: [{ kind: 'reported', source: 'the council', cue: 'confirmed', content: 'the plan', stance: 'confirm' }],
  },
]);

family('en verb tail 8. a participle after "by", "after", "without"', [
  {
    text: 'The mayor surprised the council by saying that the ferry would stop in May.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'saying', content: 'the ferry would stop in May' }],
  },
  {
    // Negative: a participle after "of" is a noun's complement, no act of the subject.
    text: 'The mayor spoke of the cost of saying goodbye to the old ferry.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'spoke of', content: 'the cost of saying goodbye to the old ferry' }],
  },
]);

family('en verb tail 9. a statement before its speaker, closed by a semicolon or dash', [
  {
    text: 'The ferry needs more passengers, harbour officials say; in 2012, it carried twice as many.',
    claims: [{ kind: 'indirect', source: 'harbour officials', cue: 'say', content: 'The ferry needs more passengers' }],
  },
]);
