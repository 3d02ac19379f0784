/**
 * English "in (the) hope(s) of/that" adjuncts (src/extract/attribution/en-noun-hope.ts): the subject of the main
 * clause hopes for what follows. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en noun hope 1. the subject of the clause hopes for what follows', [
  {
    text: 'Lee toured the coast in hopes of winning over fishermen.',
    claims: [{ kind: 'reported', source: 'Lee', cue: 'in hopes of', content: 'winning over fishermen' }],
  },
  {
    text: 'He is barnstorming the state, holding rallies in hopes of connecting with voters.',
    claims: [{ kind: 'reported', source: 'He', cue: 'in hopes of', content: 'connecting with voters' }],
  },
]);

family('en noun hope 2. no claim: no phrase after "hope", or the adjunct opens the sentence', [
  { text: 'The fishermen waited in hope.', claims: [] },
  {
    text: 'In hopes of a deal, Lee called Okafor.',
    claims: [{ kind: 'reported', source: 'Lee', cue: 'called', content: 'Okafor' }],
  },
]);
