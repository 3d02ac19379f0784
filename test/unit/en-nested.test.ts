/**
 * English attributions inside another claim's content (src/extract/attribution/en-nested.ts): a second "say"
 * report after a clause boundary is a claim of its own and ends the first content; a report nested in a
 * content stays part of it (one claim per speech act, disjoint contents). Every sentence is written for this
 * test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en nested 1. a sibling "say" report after a clause boundary ends the first content', [
  {
    text: 'Six in ten residents say the mayor is honest, after half said so in the spring poll.',
    claims: [
      { kind: 'indirect', source: 'Six in ten residents', cue: 'say', content: 'the mayor is honest' },
      { kind: 'indirect', source: 'half', cue: 'said', content: 'so in the spring poll' },
    ],
  },
  {
    text: 'Most ferry passengers say the timetable works, while some captains say it is too tight.',
    claims: [
      { kind: 'indirect', source: 'Most ferry passengers', cue: 'say', content: 'the timetable works' },
      { kind: 'indirect', source: 'some captains', cue: 'say', content: 'it is too tight' },
    ],
  },
  {
    // The first claim keeps its quotation, and with it its kind.
    text: 'Most farmers say the levy is "fair and long overdue", after half said so in the spring.',
    claims: [
      { kind: 'mixed', source: 'Most farmers', cue: 'say', content: 'the levy is "fair and long overdue"' },
      { kind: 'indirect', source: 'half', cue: 'said', content: 'so in the spring' },
    ],
  },
  {
    // A continuation after the cue that opens with another report is that report's.
    text: 'Turnout was low, voters said, while officials said the rain kept people home.',
    claims: [
      { kind: 'indirect', source: 'voters', cue: 'said', content: 'Turnout was low' },
      { kind: 'indirect', source: 'officials', cue: 'said', content: 'the rain kept people home' },
    ],
  },
  {
    // Already two claims before this pass: unchanged.
    text: 'Mr. Brandt said the harbour needs dredging, and the mayor said the town cannot pay for it.',
    claims: [
      { kind: 'indirect', source: 'Mr. Brandt', cue: 'said', content: 'the harbour needs dredging' },
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: 'the town cannot pay for it' },
    ],
  },
]);

family('en nested 2. a report nested in a content stays part of it', [
  {
    // Negative: no boundary before the inner report: "accused" is what Ms. Okafor said happened.
    text: 'Ms. Okafor said Mr. Lindqvist accused her of lying about the ferry.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'Mr. Lindqvist accused her of lying about the ferry' }],
  },
  {
    // Negative: an attitude inside a report is part of what was reported.
    text: 'The Gazette reported that Ms. Okafor believes the bridge will fail.',
    claims: [{ kind: 'indirect', source: 'The Gazette', cue: 'reported', content: 'Ms. Okafor believes the bridge will fail' }],
  },
  {
    // Negative: an attitude verb after a comma is no sibling report ("say" only).
    text: 'Ms. Okafor said the levy was fair, because the harbour board believed it was needed.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the levy was fair, because the harbour board believed it was needed' }],
  },
  {
    // Negative: a "said" inside a direct quotation is the speaker's words.
    text: '"Mr. Lindqvist said the ferry would be late," Ms. Okafor said.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'Mr. Lindqvist said the ferry would be late' }],
  },
]);
