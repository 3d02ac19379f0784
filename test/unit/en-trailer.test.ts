/**
 * English: what may follow a cue that closes its sentence (src/extract/attribution/en-cues.ts trailerOnly,
 * closingClause) and words in -ing that are no participles (src/extract/attribution/en-ing.ts,
 * src/lang/en/ing-nouns.txt). Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en trailer 1. an occasion or time in -ing after the cue closes the statement (a gathering stays out of the cue: en-occasion.ts)', [
  {
    text: 'The ferry will run again, she said during the council debate.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: 'The ferry will run again' }],
  },
  {
    text: 'The bridge is safe, Mr. Haldane said Tuesday morning.',
    claims: [{ kind: 'indirect', source: 'Mr. Haldane', cue: 'said Tuesday morning', content: 'The bridge is safe' }],
  },
  {
    text: 'Fares would rise, the mayor said in a briefing.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'Fares would rise' }],
  },
  {
    text: 'The harbour needs dredging, she said in a hearing on Monday.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: 'The harbour needs dredging' }],
  },
  {
    text: 'The levy will fall, Ms. Okafor said at a morning briefing.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'The levy will fall' }],
  },
]);

family('en trailer 2. "after"/"before" with a noun phrase after the cue are prepositions', [
  {
    text: 'More police would help, he said after the riots.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'More police would help' }],
  },
  {
    text: 'The count was fair, Ms. Okafor told reporters before the vote.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'told', content: 'The count was fair' }],
  },
]);

family('en trailer 3. a subordinate clause after the cue closes the statement', [
  {
    text: 'The tunnel will open in May, he said as he left the hall.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'The tunnel will open in May' }],
  },
  {
    text: 'Farmers in Brackwater live longer, she said, because they walk every day.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: 'Farmers in Brackwater live longer' }],
  },
  {
    // ("when asked about …" is a question of its own, put by nobody named: en-verbshapes.ts.)
    text: 'The ferry tax is dead, Mr. Lindqvist said when asked about the budget.',
    claims: [
      { kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'The ferry tax is dead' },
      { kind: 'unattributed', source: null, cue: 'asked about', content: 'the budget' },
    ],
  },
  {
    // Negative: "as" with a noun phrase is no clause ("seen as a disappointment").
    text: 'The ferry, widely seen as a disappointment, sank in May.',
    claims: [],
  },
  {
    // A clause after the cue followed by a main clause is the statement's second part, not a trailer.
    text: 'In the early years, Ms. Okafor said, when she was a clerk, the harbour was busy.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: ['In the early years', 'when she was a clerk, the harbour was busy'] }],
  },
]);

family('en trailer 4. a speaker with an apposition and an occasion after the cue', [
  {
    text: 'The plan will fail, Mr. Haldane, a councillor from Brackwater, said during a visit to the harbour.',
    claims: [{ kind: 'indirect', source: 'Mr. Haldane, a councillor from Brackwater', cue: 'said', content: 'The plan will fail' }],
  },
]);

family('en trailer 5. the noun of an occasion phrase before "that" is no cue verb', [
  {
    text: 'Mr. Haldane wrote in a Facebook post that the ferry would stop.',
    claims: [{ kind: 'indirect', source: 'Mr. Haldane', cue: 'wrote in a Facebook post', content: 'the ferry would stop' }],
  },
  {
    text: 'Ms. Okafor wrote in a long post that the harbour was safe.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'wrote in a long post', content: 'the harbour was safe' }],
  },
]);

family('en trailer 6. an -ing word after an article or adjective is no participle that ends a speaker', [
  {
    text: 'A growing number of harbour workers support the ferry tax.',
    claims: [{ kind: 'reported', source: 'A growing number of harbour workers', cue: 'support', content: 'the ferry tax' }],
  },
]);
