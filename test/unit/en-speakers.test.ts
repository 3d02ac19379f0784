/**
 * Speaker recognition leftovers (round seventeen, spec 5): a nickname in quotation marks inside a name
 * (en-comment.ts nicknameQuote), a participle aside between a quoted speaker and the cue (en-preposed.ts
 * quoteSpeakerApposition), a clause or an occasion participle after an inverted speaker (en-inverted.ts
 * clauseAfterInverted, participleClause), a bare plural noun opening an adjective's clause (en-short-frames.ts
 * barePluralSubject) and a reduced passive "said to be" in an apposition (en-senses.ts reducedRaising). Every
 * sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en speakers 1. a nickname in quotation marks is part of the name', [
  {
    text: 'Marcia "Cia" Price said the vote was close.',
    claims: [{ kind: 'indirect', source: 'Marcia "Cia" Price', cue: 'said', content: 'the vote was close' }],
  },
  {
    text: 'Marcia “Cia” Price said the vote was close.',
    claims: [{ kind: 'indirect', source: 'Marcia “Cia” Price', cue: 'said', content: 'the vote was close' }],
  },
  {
    text: '"The vote was close," said Marcia "Cia" Price.',
    claims: [{ kind: 'direct', source: 'Marcia "Cia" Price', cue: 'said', content: 'The vote was close' }],
  },
  {
    // Negative: a quoted word after an article is a scare quote, no nickname between two names.
    text: 'The "moderates" said the vote was close.',
    claims: [{ kind: 'indirect', source: 'The "moderates"', cue: 'said', content: 'the vote was close' }],
  },
]);

family('en speakers 2. a participle aside between a quoted speaker and the cue', [
  {
    text: '"We will win," Smith, using a term Jones has used, said.',
    claims: [{ kind: 'direct', source: 'Smith', cue: 'said', content: 'We will win' }],
  },
  {
    text: '"We will win," Smith, pausing for a moment, said.',
    claims: [{ kind: 'direct', source: 'Smith', cue: 'said', content: 'We will win' }],
  },
  {
    // Negative: an apposition opened by an article stays with the speaker.
    text: '"We will win," Smith, a farmer from Elmbrook, said.',
    claims: [{ kind: 'direct', source: 'Smith, a farmer from Elmbrook', cue: 'said', content: 'We will win' }],
  },
]);

family('en speakers 3. trailers after an inverted speaker', [
  {
    text: 'It is over, said Smith, speaking on condition of anonymity.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'said', content: 'It is over' }],
  },
  {
    text: 'It is over, said Smith, then left the hall.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'said', content: 'It is over' }],
  },
  {
    text: 'It is over, said Smith, and the mayor left.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'said', content: 'It is over' }],
  },
  {
    text: '"It is over," said Smith, then left the hall.',
    claims: [{ kind: 'direct', source: 'Smith', cue: 'said', content: 'It is over' }],
  },
  {
    // Negative: "then" before a noun phrase names a former office, part of the speaker.
    text: '"It is over," said Jones, then the head of the harbour board.',
    claims: [{ kind: 'direct', source: 'Jones, then the head of the harbour board', cue: 'said', content: 'It is over' }],
  },
  {
    // Negative: a participle of saying with its clause is a claim of its own.
    text: 'It is over, said Smith, adding that the vote was close.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'adding', content: 'the vote was close' }],
  },
]);

family('en speakers 4. a bare plural noun opens the clause of a cue adjective', [
  {
    text: 'He is confident voters will say no.',
    claims: [{ kind: 'indirect', source: 'He', cue: 'is confident', content: 'voters will say no' }],
  },
  {
    text: 'She was worried prices would rise.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'was worried', content: 'prices would rise' }],
  },
  {
    text: 'He was sure voters had left.',
    claims: [{ kind: 'indirect', source: 'He', cue: 'was sure', content: 'voters had left' }],
  },
  // Negative: without a verb after it the plural is the adjective's noun.
  { text: 'They are confident voters.', claims: [] },
]);

family('en speakers 5. a reduced passive "said to be" in an apposition is no speech act', [
  { text: 'The bridge, said to be the oldest in town, would close.', claims: [] },
  { text: 'The bridge, thought to have been built by monks, would close.', claims: [] },
  {
    // With its auxiliary it stays a source-less hedge.
    text: 'The bridge is said to be the oldest in town.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is said', content: ['The bridge', 'to be the oldest in town'] }],
  },
  {
    // Negative: an active "said to" after its subject still speaks.
    text: 'The mayor said to be ready by noon.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'to be ready by noon' }],
  },
]);
