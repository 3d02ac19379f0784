/**
 * English attribution, round twenty-one (src/lang/en/cue-verbs.tsv): verbs of persuading ("persuade", "convince")
 * are verbs of telling — a listener, then what they were brought to think. The past form "convinced" stays the
 * adjective of cue-adjectives.tsv. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 persuade 1. a verb of persuading with a listener and a clause', [
  {
    text: 'Ms. Lund persuaded the donors that the ferry was safe.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'persuaded', content: 'the ferry was safe' }],
  },
  {
    text: 'Mr. Ferro persuades his neighbours that the harbour needs a new pier.',
    claims: [{ kind: 'indirect', source: 'Mr. Ferro', cue: 'persuades', content: 'the harbour needs a new pier' }],
  },
]);

family('en r21 persuade 2. negative: "convinced" is the adjective, with its own frame', [
  {
    text: 'Ms. Okafor is convinced that the levy will fail.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'is convinced', content: 'the levy will fail' }],
  },
  {
    text: 'The rain convinced nobody to stay.',
    claims: [],
  },
]);
