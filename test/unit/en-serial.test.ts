/**
 * Speakers joined in a serial list (src/extract/attribution/en-serial.ts): "Lund, Ferro, and other board members
 * said C" — the speaker is the whole list, not its last conjunct; a fronted adjunct, a clause or an apposition
 * without a coordinator stays outside. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en serial speakers 1. a list of noun phrases closed by and/or before the verb', [
  {
    text: 'Lund, Ferro, and other board members said the harbour would stay closed.',
    claims: [{ kind: 'indirect', source: 'Lund, Ferro, and other board members', cue: 'said', content: 'the harbour would stay closed' }],
  },
  {
    text: 'Okafor, Lund and Ferro told reporters the ferry fares were too high.',
    claims: [{ kind: 'indirect', source: 'Okafor, Lund and Ferro', cue: 'told', content: 'the ferry fares were too high' }],
  },
  {
    // Lower-case items, the last one without a comma before "and".
    text: 'Anglers, dock workers and several local traders say the tolls are unfair.',
    claims: [{ kind: 'indirect', source: 'Anglers, dock workers and several local traders', cue: 'say', content: 'the tolls are unfair' }],
  },
  {
    // An opening coordinator is no part of the list.
    text: 'But the harbour board, the ferry union, and the port authority claim the pier is safe.',
    claims: [{ kind: 'indirect', source: 'the harbour board, the ferry union, and the port authority', cue: 'claim', content: 'the pier is safe' }],
  },
]);

family('en serial speakers 2. negative: a fronted adjunct, a clause or an apposition is no item of the list', [
  {
    text: 'On Tuesday, Lund, Ferro and Okafor said the harbour would stay closed.',
    claims: [{ kind: 'indirect', source: 'Lund, Ferro and Okafor', cue: 'said', content: 'the harbour would stay closed' }],
  },
  {
    text: 'Early in the season, Lund and her deputies said the harbour would stay closed.',
    claims: [{ kind: 'indirect', source: 'Lund and her deputies', cue: 'said', content: 'the harbour would stay closed' }],
  },
  {
    text: 'Overall, Lund and Ferro said the harbour would stay closed.',
    claims: [{ kind: 'indirect', source: 'Lund and Ferro', cue: 'said', content: 'the harbour would stay closed' }],
  },
  {
    // One clause before ", and" makes no list.
    text: 'The ferry is late again, and the harbour board says the pier is safe.',
    claims: [{ kind: 'indirect', source: 'the harbour board', cue: 'says', content: 'the pier is safe' }],
  },
  {
    // An apposition without a coordinator keeps its own reading.
    text: 'Lund, the harbour chief, said the pier is safe.',
    claims: [{ kind: 'indirect', source: 'Lund, the harbour chief', cue: 'said', content: 'the pier is safe' }],
  },
]);
