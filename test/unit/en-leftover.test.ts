/**
 * English left-overs of round nine (src/extract/attribution/en-leftover.ts and the hooks it serves). Every
 * sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en leftover 1. a trailer after an inverted speaker and its apposition', [
  {
    text: 'The ferry tax failed, said Ms. Okafor, a councillor from Brackwater, during a visit.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor, a councillor from Brackwater', cue: 'said', content: 'The ferry tax failed' }],
  },
  {
    text: 'The harbour will close, said Mr. Lindqvist, the mayor, on Tuesday.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist, the mayor', cue: 'said', content: 'The harbour will close' }],
  },
  {
    // Negative for the trailer: a plain inverted speaker keeps its content.
    text: 'The harbour will close, said Mr. Lindqvist.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'The harbour will close' }],
  },
]);

family('en leftover 2. a participle with its preposition stays in the speaker', [
  {
    text: 'An official briefed on the talks said the harbour would close.',
    claims: [{ kind: 'indirect', source: 'An official briefed on the talks', cue: 'said', content: 'the harbour would close' }],
  },
  {
    // Negative: a verb of the speaker's own before "and said" is no modifier.
    text: 'Ms. Okafor talked to reporters and said the talks failed.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the talks failed' }],
  },
]);
