/**
 * Edge forms of round 19, spec 5 (src/extract/attribution/en-edges.ts). Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r19 edges 1. "spend + time + -ing": the subject of "spend" speaks; the cue runs from "spend"', [
  {
    text: 'Okafor spent the day making claims about the tolls.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'spent the day making claims about', content: 'the tolls' }],
  },
  {
    text: 'The board had spent weeks insisting that the tolls were fair.',
    claims: [{ kind: 'indirect', source: 'The board', cue: 'had spent weeks insisting', content: 'the tolls were fair' }],
  },
  {
    text: 'Ms. Lund, who spent much of her speech attacking the harbour board, left early.',
    claims: [{ kind: 'reported', source: 'who', cue: 'spent much of her speech attacking', content: 'the harbour board' }],
  },
  // Negative: money spent on something — the thing bought speaks (a reduced relative), in the active and the passive.
  {
    text: 'The union spent $2 million on ads attacking Ferro.',
    claims: [{ kind: 'reported', source: 'ads', cue: 'attacking', content: 'Ferro' }],
  },
  {
    text: 'Nearly $1 million was spent on leaflets criticizing the toll plan.',
    claims: [{ kind: 'reported', source: 'leaflets', cue: 'criticizing', content: 'the toll plan' }],
  },
  // Negative: a comma closes the time phrase; the participle clause is the sentence's own.
  {
    text: 'Mr. Lund spent the day in Brackwater, saying the tolls were fair.',
    claims: [{ kind: 'indirect', source: 'Mr. Lund', cue: 'saying', content: 'the tolls were fair' }],
  },
]);

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
