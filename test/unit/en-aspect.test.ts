/**
 * Aspect verbs before a cue (src/extract/attribution/en-aspect.ts): "kept asking", "started saying", "began calling
 * for" — the participle speaks and the aspect verb heads the cue; the speaker ends before it. Every sentence is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en aspect 1. an aspect verb before the participle of a cue verb heads the cue', [
  {
    text: 'Ms. Okafor kept asking whether the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'kept asking', content: 'whether the pier was safe' }],
  },
  {
    text: 'The harbour master stopped insisting that the ferry was on time.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'stopped insisting', content: 'the ferry was on time' }],
  },
  {
    // Auxiliaries and adverbs before the aspect verb join the cue; the pronoun is the speaker.
    text: 'She has slowly started saying that the pier tax is unfair.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'has slowly started saying', content: 'the pier tax is unfair' }],
  },
  {
    // The infinitive twin: the speaker ends before "started".
    text: 'The harbour master started to argue that the ferry was on time.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'started to argue', content: 'the ferry was on time' }],
  },
  // Negative: an aspect verb before a participle that is no cue.
  { text: 'Ms. Okafor kept walking along the pier.', claims: [] },
  { text: 'The pilots began searching for the missing boat.', claims: [] },
]);
