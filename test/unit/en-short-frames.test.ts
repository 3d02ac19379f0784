/**
 * English short contents, adjectival and passive frames (src/extract/attribution/en-verbtail.ts and
 * en-short-frames.ts). Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en short 1. a two-word clause after a verb of saying: subject and finite verb', [
  {
    text: 'Harbour critics say Okafor lied.',
    claims: [{ kind: 'indirect', source: 'Harbour critics', cue: 'say', content: 'Okafor lied' }],
  },
  {
    text: 'The ferry vote was held on Monday. Mr. Lindqvist said it failed.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'it failed' }],
  },
  {
    text: 'Dana Okafor said she would.',
    claims: [{ kind: 'indirect', source: 'Dana Okafor', cue: 'said', content: 'she would' }],
  },
  {
    text: "Mr. Lindqvist said they won't.",
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: "they won't" }],
  },
  {
    text: 'Ms. Okafor told reporters she would.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'told', content: 'she would' }],
  },
  {
    // Negative: a pronoun object and an adverb are no clause.
    text: 'Mr. Lindqvist said it again.',
    claims: [],
  },
  {
    // Negative: a listener and a time are no clause.
    text: 'Ms. Okafor told her yesterday.',
    claims: [],
  },
]);

family('en short 2. adjectives of certainty, hope and fear with a clause: the subject speaks', [
  {
    text: 'Ms. Okafor is confident the ferry plan will work.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'is confident', content: 'the ferry plan will work' }],
  },
  {
    text: 'Mr. Lindqvist is worried that the harbour tax will fail.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'is worried', content: 'the harbour tax will fail' }],
  },
  {
    text: 'The mayor of Brackwater was adamant that the bridge would reopen.',
    claims: [{ kind: 'indirect', source: 'The mayor of Brackwater', cue: 'was adamant', content: 'the bridge would reopen' }],
  },
  {
    text: 'Ms. Okafor made it clear that the ferry would keep running.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'made it clear', content: 'the ferry would keep running' }],
  },
  {
    text: 'Ms. Okafor made it clear to the fishermen on Monday that the pier would stay open.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'made it clear', content: 'the pier would stay open' }],
  },
  {
    text: 'The harbour workers made it clear they did not trust the board.',
    claims: [{ kind: 'indirect', source: 'The harbour workers', cue: 'made it clear', content: 'they did not trust the board' }],
  },
  {
    // Negative: "make sure" sees to something, it says nothing.
    text: 'The harbour board will make sure the ferry runs on time.',
    claims: [],
  },
  {
    // Negative: "made it clear" with nothing said.
    text: 'Mr. Lindqvist made it clear.',
    claims: [],
  },
  {
    text: 'It is clear to Mr. Lindqvist that the harbour board lied.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'is clear to', content: 'the harbour board lied' }],
  },
  {
    text: 'Mr. Lindqvist is worried about the harbour accounts.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'is worried about', content: 'the harbour accounts' }],
  },
  {
    // Negative: a preposition or an infinitive after the adjective is no statement.
    text: 'Mr. Lindqvist is afraid of the harbour dogs.',
    claims: [],
  },
  {
    // Negative: "it is clear" with nobody it is clear to has no speaker.
    text: 'It is clear that the ferry plan failed.',
    claims: [],
  },
]);

family('en short 3. passives of blame: the preposition\'s phrase is what is blamed, "by" is no cue', [
  {
    text: 'Mr. Lindqvist has been accused of hiding the harbour accounts.',
    claims: [{ kind: 'unattributed', source: null, cue: 'has been accused', content: ['Mr. Lindqvist', 'of hiding the harbour accounts'] }],
  },
  {
    text: 'Ms. Okafor was criticized by the fishermen for closing the pier.',
    claims: [{ kind: 'reported', source: 'the fishermen', cue: 'was criticized', content: ['Ms. Okafor', 'for closing the pier'] }],
  },
  {
    text: 'The ferry plan was rejected by the harbour board.',
    claims: [{ kind: 'reported', source: 'the harbour board', cue: 'was rejected', content: 'The ferry plan' }],
  },
]);

family('en short 4. a colon clause before a quotation, and "is quoted as saying"', [
  {
    text: 'Ms. Okafor had a message for the fishermen: "We will keep the pier open."',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'had a message for the fishermen:', content: 'We will keep the pier open.' }],
  },
  {
    text: 'Mr. Lindqvist is quoted as saying the harbour tax failed.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'is quoted as saying', content: 'the harbour tax failed' }],
  },
  {
    text: 'Ms. Okafor is widely expected to win the harbour seat.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is widely expected', content: ['Ms. Okafor', 'to win the harbour seat'] }],
  },
  {
    // Negative: "there" before the colon names nobody.
    text: 'There was one problem: "The ferry is late again today."',
    claims: [],
  },
  {
    // Negative: quoted somewhere, with nothing said.
    text: 'Mr. Lindqvist is quoted in the harbour report.',
    claims: [],
  },
]);

family('en short 5. the passive of judging or naming with a noun phrase: nobody named judges', [
  {
    text: 'Ms. Okafor was declared the winner of the harbour vote.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was declared', content: ['Ms. Okafor', 'the winner of the harbour vote'] }],
  },
  {
    // Negative: a time after the participle is no judgement.
    text: 'Mr. Lindqvist was named on Monday.',
    claims: [],
  },
]);

family('en short 6. a cue verb inside the clause of an adjective frame: the frame reports, the verb is content', [
  {
    text: 'Ms. Okafor is not sure she can vote for the harbour tax.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'is not sure', content: 'she can vote for the harbour tax' }],
  },
  {
    text: 'Mr. Lindqvist was confident the pilots would say yes.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'was confident', content: 'the pilots would say yes' }],
  },
  {
    // Negative: a topic after the adjective is left to the verb inside it.
    text: 'Ms. Okafor is worried about what the pilots said.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'is worried about', content: 'what the pilots said' }],
  },
  {
    // Negative: a comma ends the frame's clause; the verb after it speaks for itself.
    text: 'Ms. Okafor was sure of it, but the pilots said the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'the pilots', cue: 'said', content: 'the pier is unsafe' }],
  },
]);

