/**
 * English copular, passive and "seems to" stance frames (src/extract/attribution/en-copular.ts, the catenative
 * "seem"/"appear" of en.ts). Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en copular 1. a stance adjective or phrase with its preposition after a linking verb', [
  {
    text: 'Ms. Okafor is opposed to the harbour tax.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'is opposed to', content: 'the harbour tax' }],
  },
  {
    text: 'The fishermen are in favor of a new pier.',
    claims: [{ kind: 'reported', source: 'The fishermen', cue: 'are in favor of', content: 'a new pier' }],
  },
  {
    text: 'Mr. Lindqvist is firmly against closing the ferry.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'is firmly against', content: 'closing the ferry' }],
  },
  {
    text: 'The mayor has been vocal about the bridge repairs.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has been vocal about', content: 'the bridge repairs' }],
  },
  {
    text: 'Harbour voters are evenly split on whether the pier should close.',
    claims: [{ kind: 'reported', source: 'Harbour voters', cue: 'are evenly split on', content: 'whether the pier should close' }],
  },
  {
    text: 'The council members were sharply divided over the ferry budget.',
    claims: [{ kind: 'reported', source: 'The council members', cue: 'were sharply divided over', content: 'the ferry budget' }],
  },
  {
    // Negative: an adjective that takes no preposition of stance here.
    text: 'The ferry is open to the public.',
    claims: [],
  },
  {
    // Negative: an expletive subject holds no stance.
    text: 'It is against the harbour rules.',
    claims: [],
  },
]);

family('en copular 2. an adjective of will with an infinitive: the infinitive is the content', [
  {
    text: 'The governor is eager to sign the harbour bill.',
    claims: [{ kind: 'reported', source: 'The governor', cue: 'is eager', content: 'to sign the harbour bill' }],
  },
  {
    text: 'Ms. Okafor was reluctant to sell the old ferry.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'was reluctant', content: 'to sell the old ferry' }],
  },
  {
    // A verb of saying in the infinitive carries the cue on: its object is the content.
    text: 'Ms. Okafor was reluctant to endorse the new mayor.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'was reluctant to endorse', content: 'the new mayor' }],
  },
  {
    // After "seem": the adjective's frame, not a source-less hedge.
    text: 'Mr. Lindqvist seemed eager to leave the harbour board.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'seemed eager', content: 'to leave the harbour board' }],
  },
  {
    // Negative: "ready" is no adjective of stance (the bridge is ready to open).
    text: 'The bridge is ready to open on Monday.',
    claims: [],
  },
]);

family('en copular 3. "seems to" and "appears to" before a verb of saying or thinking: the subject speaks', [
  {
    text: 'Mr. Lindqvist appears to believe the pier will close.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'appears to believe', content: 'the pier will close' }],
  },
  {
    text: 'Ms. Okafor seems to think that the ferry is too slow.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'seems to think', content: 'the ferry is too slow' }],
  },
  {
    // Without a verb of saying it stays a hedge of nobody in particular.
    text: 'The harbour plan appears to be failing.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appears', content: ['The harbour plan', 'to be failing'] }],
  },
]);

family('en copular 4. passives of judging and charging with their preposition', [
  {
    text: 'The harbour board is widely seen as a rubber stamp.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is widely seen as', content: ['The harbour board', 'a rubber stamp'] }],
  },
  {
    text: 'Ms. Okafor is known for her blunt speeches.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is known for', content: ['Ms. Okafor', 'her blunt speeches'] }],
  },
  {
    text: 'The ferry captain was charged with reckless steering.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was charged with', content: ['The ferry captain', 'reckless steering'] }],
  },
  {
    text: 'Mr. Lindqvist was seen by the fishermen as a traitor.',
    claims: [{ kind: 'reported', source: 'the fishermen', cue: 'was seen as', content: ['Mr. Lindqvist', 'a traitor'] }],
  },
  {
    // A degree or quantifier word inside the verb group: "is best known", "are both seen".
    text: 'Ms. Okafor is best known for her ferry reforms.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is best known for', content: ['Ms. Okafor', 'her ferry reforms'] }],
  },
  {
    text: 'The harbour board, which is seen as close to the mayor, met on Monday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is seen as', content: ['which', 'close to the mayor'] }],
  },
  {
    // Negative: nobody charged is no charge.
    text: 'No one was charged with the pier fire.',
    claims: [],
  },
  {
    // Negative: a denied charge is no claim.
    text: 'Mr. Lindqvist has never been charged with any crime.',
    claims: [],
  },
  {
    // Negative: after a modal the passive weighs a judgement, it does not report one.
    text: 'The harbour vote can be seen as a warning.',
    claims: [],
  },
]);

family('en copular 5. semi-modal passives state an obligation or the odds, not a claim', [
  {
    text: 'The harbour board was supposed to meet on Monday.',
    claims: [],
  },
  {
    text: 'Ms. Okafor is favored to win the harbour seat.',
    claims: [],
  },
  {
    // The active verb still reports a guess.
    text: 'Mr. Lindqvist supposed that the pier would close.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'supposed', content: 'the pier would close' }],
  },
]);

family('en copular 6. adjectives of feeling about a fact take a that-clause (cue-adjectives.tsv)', [
  {
    text: 'The fishermen were upset that the pier had closed.',
    claims: [{ kind: 'indirect', source: 'The fishermen', cue: 'were upset', content: 'the pier had closed' }],
  },
  {
    text: 'Ms. Okafor is proud that the ferry runs again.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'is proud', content: 'the ferry runs again' }],
  },
  {
    // Negative: without "that" an adjective of feeling takes no clause.
    text: 'Mr. Lindqvist was happy to help the fishermen.',
    claims: [],
  },
]);
