/**
 * English noun and phrase cues (src/extract/attribution/en-nouns.ts, en-noun-frames.ts; lexicons
 * src/lang/en/cue-nouns.tsv and cue-phrases.tsv): nouns received by the subject, infinitive contents, possessives
 * that point back to the subject, role nouns with "of", copula and colon after a noun, sourceless noun
 * claims. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en nouns 1. received from a speaker', [
  {
    text: 'The new timetable drew sharp criticism from the harbour board.',
    claims: [{ kind: 'reported', source: 'the harbour board', cue: 'drew sharp criticism', content: 'The new timetable' }],
  },
  {
    text: 'Mayor Okafor has the support of most fishermen in Lenton.',
    claims: [{ kind: 'reported', source: 'most fishermen in Lenton', cue: 'has the support of', content: 'Mayor Okafor' }],
  },
  {
    // Negative: no speaker named.
    text: 'The new timetable drew sharp criticism.',
    claims: [],
  },
  {
    // Negative: "support of" without an article names a topic, not a speaker, and "won" has no "from".
    text: 'The plan won some support for the pier in Lenton.',
    claims: [],
  },
]);

family('en nouns 2. infinitives, possessives and participles', [
  {
    text: "The council's decision to close the pier angered residents.",
    claims: [{ kind: 'reported', source: "The council's", cue: 'decision', content: 'to close the pier' }],
  },
  {
    text: 'Ms. Varga has toned down her criticism of the harbour board.',
    claims: [{ kind: 'reported', source: 'Ms. Varga', cue: 'has toned down her criticism of', content: 'the harbour board' }],
  },
  {
    text: 'Tom Okafor threw his support behind Anna Varga on Monday.',
    claims: [{ kind: 'reported', source: 'Tom Okafor', cue: 'threw his support behind', content: 'Anna Varga' }],
  },
  {
    // The participle's object is a topic, not a proposition: reported (the document frame of en-participle-speakers.ts).
    text: 'The harbour board issued a statement praising the crew of the ferry.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'issued a statement praising', content: 'the crew of the ferry' }],
  },
  {
    // A single word is enough for a topic.
    text: 'His remarks about Lenton were short.',
    claims: [{ kind: 'reported', source: 'His', cue: 'remarks about', content: 'Lenton' }],
  },
]);

family('en nouns 3. role nouns with "of"', [
  {
    text: 'Anna Varga is a fierce supporter of the new ferry.',
    claims: [{ kind: 'reported', source: 'Anna Varga', cue: 'is a fierce supporter of', content: 'the new ferry' }],
  },
  {
    text: 'The mayor has been critical of the pier plan.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has been critical of', content: 'the pier plan' }],
  },
  {
    // Negative: a noun that names no stance.
    text: 'Anna Varga is a close friend of the mayor.',
    claims: [],
  },
  {
    // A subject pronoun contracted with "be" is source and cue start.
    text: 'They’re supportive of the new ferry.',
    claims: [{ kind: 'reported', source: 'They’re', cue: 'They’re supportive of', content: 'the new ferry' }],
  },
  {
    text: 'She’s a longtime supporter of the tolls.',
    claims: [{ kind: 'reported', source: 'She’s', cue: 'She’s a longtime supporter of', content: 'the tolls' }],
  },
  {
    // A floating quantifier after the copula belongs to the cue.
    text: 'Lund and Ferro were both sharply critical of the pier plan.',
    claims: [{ kind: 'reported', source: 'Lund and Ferro', cue: 'were both sharply critical of', content: 'the pier plan' }],
  },
  {
    // A subject with an apposition between commas.
    text: 'Okafor, the harbour chief, was especially critical of the new timetable.',
    claims: [{ kind: 'reported', source: 'Okafor, the harbour chief', cue: 'was especially critical of', content: 'the new timetable' }],
  },
  {
    text: 'Brandt, who ran the cannery for years, has been a fierce critic of the tolls.',
    claims: [{ kind: 'reported', source: 'Brandt, who ran the cannery for years', cue: 'has been a fierce critic of', content: 'the tolls' }],
  },
  {
    // Negative: "it's" is no personal subject, and an apposition before a noun of no stance makes no claim.
    text: 'It’s critical of the old timetable.',
    claims: [],
  },
  {
    text: 'Okafor, the harbour chief, was a close friend of the mayor.',
    claims: [],
  },
  {
    // Negative: a floating quantifier after a copula before a noun of no stance.
    text: 'The ferries were all part of the plan.',
    claims: [],
  },
]);

family('en nouns 4. copula, colon and sourceless claims', [
  {
    text: 'His view is that the pier should close.',
    claims: [{ kind: 'indirect', source: 'His', cue: 'view is', content: 'the pier should close' }],
  },
  {
    text: 'Their argument: only the council can act now.',
    claims: [{ kind: 'indirect', source: 'Their', cue: 'argument:', content: 'only the council can act now' }],
  },
  {
    text: 'Amid allegations that the mayor misused the ferry funds, Lenton voted.',
    claims: [{ kind: 'unattributed', source: null, cue: 'allegations', content: 'the mayor misused the ferry funds' }],
  },
  {
    text: 'The vote came after questions about the ferry budget.',
    claims: [{ kind: 'unattributed', source: null, cue: 'questions about', content: 'the ferry budget' }],
  },
  {
    // A finite cue form right after a preposition is a noun, never a verb whose subject is the preposition.
    text: 'The vote came amid questions about the ferry budget.',
    claims: [{ kind: 'unattributed', source: null, cue: 'questions about', content: 'the ferry budget' }],
  },
  {
    text: 'Despite reports of a leak, the harbour stayed open.',
    claims: [],
  },
  {
    // Negative: "that" before a verb opens a relative clause.
    text: 'A claim that circulated online was false.',
    claims: [],
  },
  {
    // "the idea that" with a clause is an unattributed claim (en-noun-clauses.ts); the content ends before the main verb.
    text: 'The idea that taxes are low is popular in Lenton.',
    claims: [{ kind: 'unattributed', source: null, cue: 'The idea', content: 'taxes are low' }],
  },
  {
    // Negative: "report" as a noun that names no statement.
    text: "The report's author lives in Lenton.",
    claims: [],
  },
]);
