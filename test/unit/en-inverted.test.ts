/**
 * Inverted speakers with more than a bare name (src/extract/attribution/en-inverted.ts, verbs.ts cueOrder): an
 * apposition opened by a bare role noun ("founder of …", "another councillor who …") belongs to the speaker, and a
 * final "…, said X, <long apposition>." is read before the verbs inside its statement. Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en inverted 1. an apposition without an article after the inverted speaker', [
  {
    text: 'The harbour tax is a mistake, said Tomas Ekdahl, another councillor who sat on the budget committee.',
    claims: [{ kind: 'indirect', source: 'Tomas Ekdahl, another councillor who sat on the budget committee', cue: 'said', content: 'The harbour tax is a mistake' }],
  },
  {
    text: 'The harbour tax is a mistake, said Tomas Ekdahl, deputy director of the port authority.',
    claims: [{ kind: 'indirect', source: 'Tomas Ekdahl, deputy director of the port authority', cue: 'said', content: 'The harbour tax is a mistake' }],
  },
  {
    text: 'The harbour tax is a mistake, said Tomas Ekdahl, who then left.',
    claims: [{ kind: 'indirect', source: 'Tomas Ekdahl, who then left', cue: 'said', content: 'The harbour tax is a mistake' }],
  },
  {
    // Negative: not inverted; the name with its relative clause is the subject of the statement.
    text: 'Ms. Varga said Tomas Ekdahl, who then left, was right.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'Tomas Ekdahl, who then left, was right' }],
  },
]);

family('en inverted 2. a long final "…, said X, <apposition>." goes before the verbs in its statement', [
  {
    text: 'The new bridge signals the end of the ferry era for the island, said Ilse Morrow, founder of the Brackwater Rowing Club on the north shore.',
    claims: [{ kind: 'indirect', source: 'Ilse Morrow, founder of the Brackwater Rowing Club on the north shore', cue: 'said', content: 'The new bridge signals the end of the ferry era for the island' }],
  },
  {
    text: 'The new bridge signals the end of the ferry era, said Ilse Morrow, the founder of the rowing club that trains at the old pier on the north shore.',
    claims: [{ kind: 'indirect', source: 'Ilse Morrow, the founder of the rowing club that trains at the old pier on the north shore', cue: 'said', content: 'The new bridge signals the end of the ferry era' }],
  },
  {
    // Negative: a participle of saying after a comma far back opens a claim of its own, not an inverted speaker.
    text: 'The ferry will close next spring, Ms. Varga warned, adding that the new bridge would carry all traffic to the island from the first of May.',
    claims: [
      { kind: 'indirect', source: 'Ms. Varga', cue: 'warned', content: 'The ferry will close next spring' },
      { kind: 'indirect', source: 'Ms. Varga', cue: 'adding', content: 'the new bridge would carry all traffic to the island from the first of May' },
    ],
  },
]);

family('en inverted 3. a participle clause after an inverted speaker is neither speaker nor statement', [
  {
    text: '"It was a sad day for the island," said Mayor Ilse Morrow, summing up talks that went on until midnight.',
    claims: [{ kind: 'direct', source: 'Mayor Ilse Morrow', cue: 'said', content: 'It was a sad day for the island' }],
  },
  {
    text: 'The ferry was a sad story, said Mayor Ilse Morrow, summing up talks that went on until midnight.',
    claims: [{ kind: 'indirect', source: 'Mayor Ilse Morrow', cue: 'said', content: 'The ferry was a sad story' }],
  },
  {
    // Negative: before an office the -ing word is an adjective of the apposition, which stays with the speaker.
    text: '"The harbour is full," said Tomas Ekdahl, managing director of the port authority.',
    claims: [{ kind: 'direct', source: 'Tomas Ekdahl, managing director of the port authority', cue: 'said', content: 'The harbour is full' }],
  },
]);
