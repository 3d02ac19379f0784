/**
 * English attribution, round twenty-one (en.ts CATENATIVE, en-aspect.ts sourceBeforeCue): verbs of need, habit and
 * effort ("need(s) to", "tend(s) to", "struggled to", "trying to") govern an infinitive of saying as catenatives do:
 * they join its cue and end the speaker before them. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 catenatives 1. the governing verb joins the cue, not the speaker', [
  {
    text: 'Voters tend to say that the levy is unfair.',
    claims: [{ kind: 'indirect', source: 'Voters', cue: 'tend to say', content: 'the levy is unfair' }],
  },
  {
    text: 'The council needs to explain why the pier closed.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'needs to explain', content: 'why the pier closed' }],
  },
  {
    text: 'Ms. Okafor struggled to explain the delay.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'struggled to explain', content: 'the delay' }],
  },
]);

family('en r21 catenatives 2. negative: the same verbs before an infinitive that is no verb of saying', [
  { text: 'The ferry needs to leave at noon.', claims: [] },
  { text: 'Ms. Lund tends to walk to the harbour.', claims: [] },
]);
