/**
 * Edge forms of round 19, spec 5 (src/extract/attribution/en-edges.ts). Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r19 edges 2. a relative clause of saying between speaker and verb is a claim of its own, not part of the speaker', [
  {
    text: 'Mr. Lund, who told reporters last week that the pier was safe, said on Monday: “The bridge could fall.”',
    claims: [
      { kind: 'indirect', source: 'who', cue: 'told', content: 'the pier was safe' },
      { kind: 'direct', source: 'Mr. Lund', cue: 'said', content: 'The bridge could fall.' },
    ],
  },
  {
    text: 'Ms. Ferro, who has said the ferry is too slow, wrote on Friday: “We need a second boat.”',
    claims: [
      { kind: 'indirect', source: 'who', cue: 'has said', content: 'the ferry is too slow' },
      { kind: 'direct', source: 'Ms. Ferro', cue: 'wrote', content: 'We need a second boat.' },
    ],
  },
  // Negative: a relative clause that only describes the speaker stays in the source.
  {
    text: 'Mr. Lund, who lives near the pier, said on Monday: “The bridge could fall.”',
    claims: [{ kind: 'direct', source: 'Mr. Lund, who lives near the pier', cue: 'said', content: 'The bridge could fall.' }],
  },
]);
