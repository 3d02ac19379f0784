/**
 * The topic of a reported cue that opens with an adjunct preposition is none (src/extract/attribution/en-topic-pp.ts):
 * the verb stands without an object or in a passive. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en topic pp 1. an adjunct or agent preposition after the cue is no topic', [
  { text: 'The harbour bill, opposed by the ferry union, never became law.', claims: [] },
  { text: 'Okafor celebrated in Lund with his friends on the quay.', claims: [] },
  { text: 'Lund, praised by the union, stepped down in May.', claims: [] },
  { text: 'The dockers’ fund, backed by the harbour board, paid out twice.', claims: [] },
  { text: 'The ferry fares declined in almost every port.', claims: [] },
]);

family('en topic pp 2. what still reports: an object, a time, a clause, a frame preposition', [
  {
    text: 'Mayor Lund opposed the harbour bill.',
    claims: [{ kind: 'reported', source: 'Mayor Lund', cue: 'opposed', content: 'the harbour bill' }],
  },
  {
    text: 'Okafor announced on Monday the new ferry rules.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'announced', content: 'on Monday the new ferry rules' }],
  },
  {
    text: 'Lund has questioned in recent days whether the ferry can run.',
    claims: [{ kind: 'reported', source: 'Lund', cue: 'has questioned', content: 'in recent days whether the ferry can run' }],
  },
  {
    text: 'The senator quotes from the letter.',
    claims: [{ kind: 'reported', source: 'The senator', cue: 'quotes', content: 'from the letter' }],
  },
  {
    text: 'Ferro called for a new harbour board.',
    claims: [{ kind: 'reported', source: 'Ferro', cue: 'called for', content: 'a new harbour board' }],
  },
]);
