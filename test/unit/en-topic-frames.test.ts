/**
 * English attitude and topic frames with a preposition: degree words in copular frames (en-short-frames.ts
 * linkStart), attitude adjectives and idioms (cue-stance-adjectives.tsv), attitude nouns (cue-nouns.tsv) and verbs
 * that are cues only with their topic's preposition (cue-verbs.tsv). Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en topic frames 1. degree words between the linking verb and the adjective', [
  {
    text: 'The harbour masters are increasingly worried about silt.',
    claims: [{ kind: 'reported', source: 'The harbour masters', cue: 'are increasingly worried about', content: 'silt' }],
  },
  {
    text: 'The ferry captains were more divided on the new timetable.',
    claims: [{ kind: 'reported', source: 'The ferry captains', cue: 'were more divided on', content: 'the new timetable' }],
  },
  {
    text: 'Ms. Okafor is most proud of the pier repairs.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'is most proud of', content: 'the pier repairs' }],
  },
  {
    // Negative: a pronoun alone is no topic.
    text: 'He is worried about it.',
    claims: [],
  },
]);

family('en topic frames 2. attitude adjectives and idioms with their preposition', [
  {
    text: 'At least one councillor wasn\'t quite as on board with the plan.',
    claims: [{ kind: 'reported', source: 'At least one councillor', cue: 'wasn\'t quite as on board with', content: 'the plan' }],
  },
  {
    text: 'Mr. Lindqvist has been coy about his plans.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'has been coy about', content: 'his plans' }],
  },
  {
    text: 'The dockworkers are leery of the new owners.',
    claims: [{ kind: 'reported', source: 'The dockworkers', cue: 'are leery of', content: 'the new owners' }],
  },
  {
    // Negative: "popular with" says how others see the subject, not what it holds.
    text: 'The ferry is popular with tourists.',
    claims: [],
  },
]);

family('en topic frames 3. attitude nouns after a possessive or a light verb', [
  {
    text: 'Mr. Brandt continues his adulation of the old mayor.',
    claims: [{ kind: 'reported', source: 'Mr. Brandt', cue: 'continues his adulation of', content: 'the old mayor' }],
  },
  {
    text: 'Ms. Okafor delivered an impassioned defense of the ferry budget.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'delivered an impassioned defense of', content: 'the ferry budget' }],
  },
  {
    // Negative: a noun of topic without anybody who holds it.
    text: 'They read the book about the war.',
    claims: [],
  },
  {
    // Negative: a plan for a place is no stance.
    text: 'The city needs a plan for the harbour.',
    claims: [],
  },
]);

family('en topic frames 4. verbs that are cues only with their topic preposition', [
  {
    text: 'The mayor has fulminated against the toll.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has fulminated against', content: 'the toll' }],
  },
  {
    text: 'The fishermen are counting on the new pier.',
    claims: [{ kind: 'reported', source: 'The fishermen', cue: 'are counting on', content: 'the new pier' }],
  },
  {
    text: 'She agonized over the decision.',
    claims: [{ kind: 'reported', source: 'She', cue: 'agonized over', content: 'the decision' }],
  },
  {
    // Negative: without its preposition the verb is no cue.
    text: 'The old roots rooted in the mud.',
    claims: [],
  },
]);
