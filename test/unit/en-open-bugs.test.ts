/**
 * Open bugs of round 17 (notes to spec 2 of round 18), one family per construction: a contracted subject pronoun
 * before an adjective or copular frame (en-short-frames.ts linkStart/contractedLink, en-copular.ts), a speaker
 * whose apposition holds a relative clause after a quotation (en-preposed.ts), a time word opening the apposition
 * of an inverted speaker, a duration adjunct before a topic, and a participle aside between a speaker and its
 * verb. Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en open bugs 1. a subject pronoun contracted with "be" before an attitude adjective', [
  {
    // PolNeAR opens the cue with the contracted pronoun, which is also the source.
    text: 'He’s not so sure the ferry plan will work.',
    claims: [{ kind: 'indirect', source: 'He’s', cue: 'He’s not so sure', content: 'the ferry plan will work' }],
  },
  {
    text: "I'm more vocal about harbour fees than my rivals.",
    claims: [{ kind: 'reported', source: "I'm", cue: "I'm more vocal about", content: 'harbour fees than my rivals' }],
  },
  {
    text: "They're confident the toll will be lifted.",
    claims: [{ kind: 'indirect', source: "They're", cue: "They're confident", content: 'the toll will be lifted' }],
  },
  // "it's", "that's" and "there's" are no speakers, and an adjective without its clause is no claim.
  { text: "It's clear the ferry plan worked.", claims: [] },
  { text: "That's sure to anger the harbour board.", claims: [] },
  { text: "She's glad.", claims: [] },
]);

family('en open bugs 2. a speaker whose apposition holds a relative clause, after a quotation', [
  {
    text: '“We will win the harbour vote,” Ada Brisk, a councillor who has served two terms, said.',
    claims: [{ kind: 'direct', source: 'Ada Brisk, a councillor who has served two terms', cue: 'said', content: 'We will win the harbour vote' }],
  },
  {
    text: '“We will win the harbour vote,” Ada Brisk, a councillor, said.',
    claims: [{ kind: 'direct', source: 'Ada Brisk, a councillor', cue: 'said', content: 'We will win the harbour vote' }],
  },
]);

family('en open bugs 3. a time word opening the apposition of an inverted speaker', [
  {
    text: 'The ferry plan failed, said Tom Varga, then the head of the harbour board.',
    claims: [{ kind: 'indirect', source: 'Tom Varga, then the head of the harbour board', cue: 'said', content: 'The ferry plan failed' }],
  },
  {
    text: 'The ferry plan failed, said Tom Varga, now a senator.',
    claims: [{ kind: 'indirect', source: 'Tom Varga, now a senator', cue: 'said', content: 'The ferry plan failed' }],
  },
]);

family('en open bugs 4. a duration adjunct before the topic of a verb of speaking', [
  {
    text: 'Mayor Lund spoke for about five minutes about the ferry.',
    claims: [{ kind: 'reported', source: 'Mayor Lund', cue: 'spoke about', content: 'the ferry' }],
  },
  {
    text: 'Mayor Lund spoke about the ferry.',
    claims: [{ kind: 'reported', source: 'Mayor Lund', cue: 'spoke about', content: 'the ferry' }],
  },
  { text: 'Mayor Lund spoke for about five minutes.', claims: [] },
]);

family('en open bugs 5. a quotation closing the aside or apposition between a speaker and its verb', [
  {
    // The inverted reading ("said the delegates") fails where the noun phrase has an auxiliary of its own.
    text: 'Ms. Okafor, citing “broad support,” said the councillors would back the toll.',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'citing', content: '“broad support,”' },
      { kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the councillors would back the toll' },
    ],
  },
  {
    text: 'Ada Brisk, host of “The Harbour Hour,” is not sure the toll will pass.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk, host of “The Harbour Hour,”', cue: 'is not sure', content: 'the toll will pass' }],
  },
  {
    // Still inverted: no auxiliary after the speaker.
    text: '“The toll is dead,” said the mayor.',
    claims: [{ kind: 'direct', source: 'the mayor', cue: 'said', content: 'The toll is dead' }],
  },
]);
