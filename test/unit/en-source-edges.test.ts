/**
 * Source edges of round 19, spec 7 (src/extract/attribution/en-source-edges.ts, en-adding.ts saidObject,
 * en-quote-across.ts sizeOf). Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r19 source edges 1. the speaker of an infinitive cue ends before the control word that governs it', [
  {
    text: 'Okafor needs to explain the tolls to the harbour board.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'to explain', content: 'the tolls to the harbour board' }],
  },
  {
    text: "She's trying to tell the board that the tolls are fair.",
    claims: [{ kind: 'indirect', source: "She's", cue: 'to tell', content: 'the tolls are fair' }],
  },
  {
    text: 'Harbour pilots tend to favour the new pier.',
    claims: [{ kind: 'reported', source: 'Harbour pilots', cue: 'to favour', content: 'the new pier' }],
  },
  // Negative: a noun before "to" is no control word; the phrase stays as it is.
  {
    text: 'His refusal to condemn the tolls angered Lund.',
    claims: [{ kind: 'reported', source: 'His refusal', cue: 'to condemn', content: 'the tolls angered Lund' }],
  },
]);

family('en r19 source edges 2. "said nothing" / "said little": an object, never an inverted speaker', [
  { text: 'The pier closed early, and Ferro, a pilot, said nothing.', claims: [] },
  {
    text: 'In court in Brackwater on Monday, Ms. Lund, in a grey coat, said little, offering only brief answers to the judge.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'offering', content: 'only brief answers to the judge' }],
  },
  // Negative: "someone" is a person and may be the inverted speaker.
  {
    text: 'The pier is closed, said someone close to the board.',
    claims: [{ kind: 'indirect', source: 'someone close to the board', cue: 'said', content: 'The pier is closed' }],
  },
]);

family('en r19 source edges 3. a listener with its size ("to a crowd of about 500") is frame after a question', [
  {
    text: '“Why now?” Okafor said to a crowd of about 500.',
    claims: [{ kind: 'direct', source: 'Okafor', cue: 'said', content: 'Why now?' }],
  },
  {
    text: '“Who pays?” Lund asked a crowd of 300 pilots.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'asked', content: 'Who pays?' }],
  },
  // Negative: a clause after the listener is the verb's own content.
  {
    text: '“Who pays?” Ferro said to a crowd of 200 that the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'said', content: 'to a crowd of 200 that the pier was safe' }],
  },
]);

family('en r19 source edges 4. a source keeps no stray quotation mark', [
  {
    text: 'Lund “bristled” and said: “No comment.”',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'said', content: 'No comment.' }],
  },
  // Negative: a quotation closed inside the speaker phrase keeps its marks.
  {
    text: 'Ferro, host of the radio show “Harbour Talk,” said the tolls were fair.',
    claims: [{ kind: 'indirect', source: 'Ferro, host of the radio show “Harbour Talk,”', cue: 'said', content: 'the tolls were fair' }],
  },
]);
