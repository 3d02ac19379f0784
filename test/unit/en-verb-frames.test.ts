/**
 * English verb frames (spec 3, round 13; src/extract/attribution/en-idioms.ts, en-verb-frames.ts, the round-13 block
 * of cue-verbs.tsv): idioms of criticism whose own word follows the verb, adjuncts with commas between a verb of
 * saying and its clause, odd subjects. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en verb frames 1. idioms whose own word follows the verb', [
  {
    text: 'Senator Okafor took aim at the harbour board.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'took aim at', content: 'the harbour board' }],
  },
  {
    text: 'The ferry workers are taking aim at the new tolls.',
    claims: [{ kind: 'reported', source: 'The ferry workers', cue: 'are taking aim at', content: 'the new tolls' }],
  },
  {
    text: 'Mr. Lindqvist railed against the ferry tax.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'railed against', content: 'the ferry tax' }],
  },
  {
    // Negative: the idiom's noun stands right after the verb; "took their aim" is no criticism.
    text: 'The archers took their aim slowly.',
    claims: [],
  },
  {
    // Negative: "rail" as a noun.
    text: 'The rail line to Brackwater reopened on Monday.',
    claims: [],
  },
]);

family('en verb frames 2. an adjunct with commas between the verb and "that"', [
  {
    text: 'Ms. Okafor says at a campaign stop in Brackwater, Ohio, that the tolls will fall.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'says', content: 'the tolls will fall' }],
  },
  {
    text: 'Mr. Lindqvist said on Tuesday, after the vote, that the ferry would keep running.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'the ferry would keep running' }],
  },
  {
    text: 'The mayor told reporters on Monday, at the pier, that the ferry would run.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'told', content: 'the ferry would run' }],
  },
  {
    text: 'Mr. Lindqvist told dock workers at a rally in Brackwater, Ohio, on Saturday that the ferry would run.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'told', content: 'the ferry would run' }],
  },
  {
    text: 'Ms. Okafor said on the radio, where she hosts a weekly show, that the tolls would fall.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the tolls would fall' }],
  },
  {
    // Negative: a place adjunct without a clause after it reports nothing.
    text: 'The mayor arrived at the harbour in Brackwater, Ohio, on Tuesday.',
    claims: [],
  },
]);

family('en verb frames 3. a relative clause in the subject ends before a bare verb of saying', [
  {
    text: 'Voters who backed Ms. Okafor say the tolls are too high.',
    claims: [
      { kind: 'reported', source: 'who', cue: 'backed', content: 'Ms. Okafor' },
      { kind: 'indirect', source: 'Voters who backed Ms. Okafor', cue: 'say', content: 'the tolls are too high' },
    ],
  },
  {
    text: 'Fishermen who supported the ferry tax believe that the harbour will recover.',
    claims: [
      { kind: 'reported', source: 'who', cue: 'supported', content: 'the ferry tax' },
      { kind: 'indirect', source: 'Fishermen who supported the ferry tax', cue: 'believe', content: 'the harbour will recover' },
    ],
  },
]);

family('en verb frames 4. a time after a cue noun is no topic', [
  {
    // Negative: the only thing after "comments on" is a day.
    text: 'The governor made similar comments on Sunday.',
    claims: [],
  },
  {
    text: 'The harbour master made comments on the new tolls.',
    claims: [{ kind: 'reported', source: 'The harbour master', cue: 'made comments on', content: 'the new tolls' }],
  },
  {
    // Negative: "made a mistake on Sunday" is no statement at all.
    text: 'The harbour master made a mistake on Sunday.',
    claims: [],
  },
]);

family('en verb frames 5. a contact relative with a stranded "to" before the verb', [
  {
    text: 'An aide she spoke to said the pier was closed.',
    claims: [{ kind: 'indirect', source: 'An aide she spoke to', cue: 'said', content: 'the pier was closed' }],
  },
  {
    text: 'Two fishermen I talked to told me the tolls were too high.',
    claims: [{ kind: 'indirect', source: 'Two fishermen I talked to', cue: 'told', content: 'the tolls were too high' }],
  },
  {
    // Negative for the rule: an infinitive keeps its "to" ("refused to say"); a cue noun after "pointed to" is its object.
    text: 'Ms. Okafor pointed to reports that the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'pointed to', content: 'reports that the pier was unsafe' }],
  },
]);

family('en verb frames 6. "her" ending a relative clause in the subject is an object pronoun', [
  {
    text: 'Anyone who met her says she was kind.',
    claims: [{ kind: 'indirect', source: 'Anyone who met her', cue: 'says', content: 'she was kind' }],
  },
  {
    text: 'The skipper who hired her said she was the best pilot on the river.',
    claims: [{ kind: 'indirect', source: 'The skipper who hired her', cue: 'said', content: 'she was the best pilot on the river' }],
  },
  {
    // Negative: a participle before her noun ("her alleged ties") is no verb.
    text: 'Critics of her alleged ties to the harbour board were loud.',
    claims: [],
  },
  {
    // Negative: a cue noun after "her" stays a noun.
    text: 'The ferry crew read her report on Monday.',
    claims: [],
  },
]);

family('en verb frames 7. bare forms that are nouns elsewhere speak as infinitives', [
  {
    text: 'Ms. Okafor took to the radio to attack the harbour board.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'took to the radio to attack', content: 'the harbour board' }],
  },
  {
    text: 'The new tolls make it hard for Mr. Lindqvist to attack the ferry board.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'to attack', content: 'the ferry board' }],
  },
  {
    // Negative: the bare form as a noun.
    text: 'The attack on the pier damaged two boats.',
    claims: [],
  },
  {
    // Negative: a noun after a determiner.
    text: 'The push for new tolls failed.',
    claims: [],
  },
]);
