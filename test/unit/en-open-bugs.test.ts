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
