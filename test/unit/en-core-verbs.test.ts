/**
 * English core verbs of saying in context (src/extract/attribution/en-cues.ts trailerOnly, en-coordinated-say.ts):
 * what stands around "said", "told", "added" — a medium phrase whose noun is itself a cue word, a second act of
 * the same subject before a quotation. Every sentence is written for this test (invented people and places).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en core verbs 1. a medium or occasion after a closing cue whose noun is a cue word', [
  {
    text: 'The ferry will stop in May, the mayor said on a radio show.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'The ferry will stop in May' }],
  },
  {
    text: 'The ferry will stop in May, the mayor said Wednesday on a radio show.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said Wednesday', content: 'The ferry will stop in May' }],
  },
  {
    text: 'The ferry will stop in May, Ms. Okafor told reporters during a conference call.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'told', content: 'The ferry will stop in May' }],
  },
  {
    // Negative: a cue word that is no phrase's last word opens a clause of its own; the statement is not closed.
    text: 'The ferry will stop in May, the mayor said on a radio show claims were false.',
    claims: [],
  },
]);

family('en core verbs 2. a second act of the subject introduces the quotation', [
  {
    text: 'Ms. Okafor praised the crew and said, "They saved the harbour."',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'praised', content: 'the crew' },
      { kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'They saved the harbour.' },
    ],
  },
  {
    text: 'The captain left the bridge, saying: "We are done here."',
    claims: [{ kind: 'direct', source: 'The captain', cue: 'saying', content: 'We are done here.' }],
  },
  {
    // Negative: a verb after "that" has a subject of its own and is no second act of the first.
    text: 'He said that his brother told them, "Go home."',
    claims: [{ kind: 'direct', source: 'He', cue: 'said', content: 'Go home.' }],
  },
  {
    // Negative: an infinitive of saying is no act ("to say").
    text: 'Ms. Okafor wanted to say, "Thank you."',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'wanted', content: 'Thank you.' }],
  },
]);

family('en core verbs 3. a year closing the subject before a verb, a comma and its clause', [
  {
    text: 'Another study from 2011 noted, the average age of voters was 48.',
    claims: [{ kind: 'indirect', source: 'Another study from 2011', cue: 'noted', content: 'the average age of voters was 48' }],
  },
  {
    // Negative: after a count, a participle is an adjective or no act of saying.
    text: 'Of the delegates, 400 pledged, the rest wavered.',
    claims: [],
  },
]);

family('en core verbs 4. a verb of saying that opens its sentence', [
  {
    text: 'Said Mary Jones, who grew up in the town, "We were all so proud of him."',
    claims: [{ kind: 'direct', source: 'Mary Jones, who grew up in the town', cue: 'Said', content: 'We were all so proud of him.' }],
  },
  {
    text: 'Said Mary Jones, a teacher, "We were all so proud of him."',
    claims: [{ kind: 'direct', source: 'Mary Jones, a teacher', cue: 'Said', content: 'We were all so proud of him.' }],
  },
  {
    // Negative: a reduced passive of a raising verb opening the sentence describes its subject.
    text: 'Said to be rich, he bought a boat.',
    claims: [],
  },
]);

family('en core verbs 5. a quotation mark inside a listener\'s infinitive', [
  {
    text: 'He asked them to "carefully consider" their options.',
    claims: [{ kind: 'mixed', source: 'He', cue: 'asked', content: 'them to "carefully consider" their options' }],
  },
  {
    // Negative: a capitalized quoted word after "to" is a title or name, no infinitive.
    text: 'He asked them to "Consider" it.',
    claims: [],
  },
]);

family('en core verbs 6. a final cue with a time or medium after it is read before the verbs of its statement', [
  {
    text: 'The governor backed the bill, he said Wednesday.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said Wednesday', content: 'The governor backed the bill' }],
  },
  {
    text: 'The governor backed the bill, he said in a statement.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said in a statement', content: 'The governor backed the bill' }],
  },
  {
    // Negative: an object after a verb that is no verb of saying leaves the statement's verb its own claim.
    text: 'The governor backed the bill, he praised it.',
    claims: [
      { kind: 'reported', source: 'The governor', cue: 'backed', content: 'the bill' },
      { kind: 'reported', source: 'he', cue: 'praised', content: 'it' },
    ],
  },
]);
