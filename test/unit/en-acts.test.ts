/**
 * Official and political acts as attributions (src/extract/attribution/en-acts.ts, act verbs marked `act` in
 * src/lang/en/cue-verbs.tsv): the actor is the source, the act verb the cue, what is acted on the content.
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en acts 1. an act verb with its noun-phrase object', [
  {
    text: 'Governor Maria Lund vetoed the ferry bill on Friday.',
    claims: [{ kind: 'reported', source: 'Governor Maria Lund', cue: 'vetoed', content: 'the ferry bill' }],
  },
  {
    text: 'The mayor nominated Ada Brisk to the harbour board.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'nominated', content: 'Ada Brisk to the harbour board' }],
  },
  {
    // A relative clause or a participle after the object belongs to it.
    text: 'Senator Okafor introduced legislation that would cap ferry fares.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'introduced', content: 'legislation that would cap ferry fares' }],
  },
  {
    text: 'The governor signed a bill restricting night fishing.',
    claims: [{ kind: 'reported', source: 'The governor', cue: 'signed', content: 'a bill restricting night fishing' }],
  },
  {
    text: 'The council blocked the harbour plan.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'blocked', content: 'the harbour plan' }],
  },
  {
    text: 'Ada Brisk filed a lawsuit against the harbour board.',
    claims: [{ kind: 'reported', source: 'Ada Brisk', cue: 'filed', content: 'a lawsuit against the harbour board' }],
  },
  {
    text: 'Ms. Varga unveiled her transit plan on Monday.',
    claims: [{ kind: 'reported', source: 'Ms. Varga', cue: 'unveiled', content: 'her transit plan' }],
  },
  {
    // Decided on purpose: grammar cannot tell a document from an autograph, so a signed object is an act.
    text: 'The ferry pilot signed autographs for fans.',
    claims: [{ kind: 'reported', source: 'The ferry pilot', cue: 'signed', content: 'autographs for fans' }],
  },
]);

family('en acts 2. negative: no noun-phrase object, so no act', [
  // A particle or adverb makes another verb of it.
  { text: 'His father passed away in 2010.', claims: [] },
  { text: 'The senators filed into the room.', claims: [] },
  // Without its actor the act has no source: "the bill passed" is no attribution ("pass" is no act verb at all:
  // "passed the ball", "passed three background checks" are too frequent in news).
  { text: 'The bill passed on Tuesday.', claims: [] },
  { text: 'Tom Reyes passed the ball to Ada.', claims: [] },
  // An agentless passive act is an unattributed claim since round twelve (en-passive-acts.ts), not this rule's.
  { text: 'The measure was approved.', claims: [{ kind: 'unattributed', source: null, cue: 'was approved', content: 'The measure' }] },
]);

family('en acts 3. an adverbial clause ends the topic of a reported cue', [
  {
    // The speech act in the reason clause has a claim of its own.
    text: 'Lund vetoed the bill because she said it was unconstitutional.',
    claims: [
      { kind: 'reported', source: 'Lund', cue: 'vetoed', content: 'the bill' },
      { kind: 'indirect', source: 'she', cue: 'said', content: 'it was unconstitutional' },
    ],
  },
  {
    text: 'The council blocked the plan after it learned the cost.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'blocked', content: 'the plan' }],
  },
  {
    // Negative: "after" before a noun phrase is a preposition and ends nothing.
    text: 'She endorsed Lund after the debate.',
    claims: [{ kind: 'reported', source: 'She', cue: 'endorsed', content: 'Lund after the debate' }],
  },
]);

family('en acts 4. a vote to act', [
  {
    text: 'In 1988, the council voted to compensate the ferry workers.',
    claims: [{ kind: 'reported', source: 'the council', cue: 'voted to', content: 'compensate the ferry workers' }],
  },
  // Negative: a bare vote reports no stance.
  { text: 'Residents of Lindholm voted on Tuesday.', claims: [] },
]);
