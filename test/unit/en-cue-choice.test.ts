/**
 * English cue choice (src/extract/attribution/en-cue-choice.ts): which of several cue words in a clause is the
 * speech act. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

// (Round 21: the participle and its time stay in the source, as PolNeAR marks it.)
family('en cue choice 1. a reduced-relative participle belongs to the source, the finite verb is the cue', [
  {
    text: 'A harbour survey released Tuesday showed Ms. Okafor leading by five points.',
    claims: [{ kind: 'indirect', source: 'A harbour survey released Tuesday', cue: 'showed', content: 'Ms. Okafor leading by five points' }],
  },
  {
    text: 'A council report published on Monday said the ferry lost money for years.',
    claims: [{ kind: 'indirect', source: 'A council report published on Monday', cue: 'said', content: 'the ferry lost money for years' }],
  },
  {
    // Negative: a finite "released" with its object is the act itself, no reduced relative.
    text: 'The port authority released a statement saying the ferry would stay.',
    claims: [{ kind: 'indirect', source: 'The port authority', cue: 'released a statement saying', content: 'the ferry would stay' }],
  },
]);

family('en cue choice 2. "C, X said, adding that C2": two claims, the participle\'s is its own', [
  {
    text: 'The ferry will run all winter, the harbour master said, adding that fares would not rise.',
    claims: [
      { kind: 'indirect', source: 'the harbour master', cue: 'said', content: 'The ferry will run all winter' },
      { kind: 'indirect', source: 'the harbour master', cue: 'adding', content: 'fares would not rise' },
    ],
  },
  {
    text: 'Ms. Okafor plans to visit Brackwater in May, her spokesman said, noting that the date was not fixed.',
    claims: [
      { kind: 'indirect', source: 'her spokesman', cue: 'said', content: 'Ms. Okafor plans to visit Brackwater in May' },
      { kind: 'indirect', source: 'her spokesman', cue: 'noting', content: 'the date was not fixed' },
    ],
  },
  {
    // The participle of a verb of saying that has one ("remarking", "boasting", "vowing", cue-verbs.tsv).
    text: '"Not this year," Ms. Okafor replied, remarking that the ferry was full.',
    claims: [
      { kind: 'direct', source: 'Ms. Okafor', cue: 'replied', content: 'Not this year' },
      { kind: 'indirect', source: 'Ms. Okafor', cue: 'remarking', content: 'the ferry was full' },
    ],
  },
]);

family('en cue choice 3. a participle after a closing quote speaks for the subject before the quote', [
  {
    text: 'Ms. Okafor insisted that she had "won the harbour vote," claiming that turnout was a record.',
    claims: [
      { kind: 'mixed', source: 'Ms. Okafor', cue: 'insisted', content: 'she had "won the harbour vote,"' },
      { kind: 'indirect', source: 'Ms. Okafor', cue: 'claiming', content: 'turnout was a record' },
    ],
  },
  {
    // Negative: a finite verb after the quote keeps its inverted speaker.
    text: '"The ferry is safe," said the harbour master.',
    claims: [{ kind: 'direct', source: 'the harbour master', cue: 'said', content: 'The ferry is safe' }],
  },
]);
