/**
 * English relative clauses of saying inside another claim's content (src/extract/attribution/en-object-relative.ts):
 * after a comma, a relative pronoun that is the object of a verb of saying with a subject of its own is a report of
 * its own (source the subject, content the pronoun and what follows the verb); the outer content ends before the
 * comma. Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en object relative 1. ", which/whom X VERB" splits off the outer content', [
  {
    text: 'Lund said the plan includes a new levy, which Okafor called a tax on fishermen.',
    claims: [
      { kind: 'indirect', source: 'Lund', cue: 'said', content: 'the plan includes a new levy' },
      { kind: 'indirect', source: 'Okafor', cue: 'called', content: ['which', 'a tax on fishermen'] },
    ],
  },
  {
    // The outer content goes on after the relative clause.
    text: 'Lund said the levy, which he thinks will pass, funds the pier.',
    claims: [
      { kind: 'indirect', source: 'Lund', cue: 'said', content: ['the levy', 'funds the pier'] },
      { kind: 'indirect', source: 'he', cue: 'thinks', content: ['which', 'will pass'] },
    ],
  },
  {
    // In brackets; the cue keeps its auxiliary.
    text: 'Mr. Ferro said the pier was sold (which Ms. Brandt has defended).',
    claims: [
      { kind: 'indirect', source: 'Mr. Ferro', cue: 'said', content: 'the pier was sold' },
      { kind: 'indirect', source: 'Ms. Brandt', cue: 'has defended', content: 'which' },
    ],
  },
]);

family('en object relative 2. an apposition\'s head before "that", and "something X denied"', [
  {
    text: 'Lund said the council backs the tolls, claims that the audit report could not confirm.',
    claims: [
      { kind: 'indirect', source: 'Lund', cue: 'said', content: 'the council backs the tolls' },
      { kind: 'indirect', source: 'the audit report', cue: 'could not confirm', content: 'that' },
    ],
  },
  {
    text: 'Lund said the mayor skipped the vote, something that Ferro mocked.',
    claims: [
      { kind: 'indirect', source: 'Lund', cue: 'said', content: 'the mayor skipped the vote' },
      { kind: 'indirect', source: 'Ferro', cue: 'mocked', content: 'that' },
    ],
  },
]);

family('en object relative 3. no subject of its own, no relative clause: the content stays whole', [
  {
    // Negative: a subject relative in the passive.
    text: 'Lund said the levy, which has been criticized by Brandt, will fund the pier.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'the levy, which has been criticized by Brandt, will fund the pier' }],
  },
  {
    // Negative: a contracted auxiliary makes the clause passive ("he's expected").
    text: 'Lund said the pier, which he\'s expected to sell, is old.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'the pier, which he\'s expected to sell, is old' }],
  },
  {
    // Negative: "like that" opens no relative clause; a verb before "that" is no noun ("argues that").
    text: 'Lund said the arguments, like that Ferro advocated for tolls, are weak.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'the arguments, like that Ferro advocated for tolls, are weak' }],
  },
  {
    // Negative: a noun's that-clause with its object is a complement, not a relative clause.
    text: 'Lund said the council backs the tolls, claims that the audit confirmed the figures.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'the council backs the tolls, claims that the audit confirmed the figures' }],
  },
]);

family('en object relative 4. a source that opens with the relative pronoun of its own verb', [
  {
    text: 'The pier was sold to Ferro, whom one aide described as a friend.',
    claims: [{ kind: 'reported', source: 'one aide', cue: 'described', content: ['whom', 'as a friend'] }],
  },
  {
    // "something" with nothing after the verb is what the subject speaks of.
    text: 'The levy passed, something Okafor denied.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'denied', content: 'something' }],
  },
  {
    text: 'The tolls hurt Ferro, whom many fishermen believed was unfairly blamed.',
    claims: [{ kind: 'indirect', source: 'many fishermen', cue: 'believed', content: ['whom', 'was unfairly blamed'] }],
  },
  {
    // Negative: a subject relative pronoun is the subject of its own clause, not a speaker's object.
    text: 'The board chose Ferro, who said the pier was safe.',
    claims: [{ kind: 'indirect', source: 'who', cue: 'said', content: 'the pier was safe' }],
  },
]);
