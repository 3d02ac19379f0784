/**
 * English attitude, support and poll predicates (src/extract/attribution/en-attitude.ts, cue-verbs.tsv): votes,
 * support received from a speaker, requests. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en attitude 1. voting for or against: a cue only with its preposition', [
  {
    text: 'Among harbour workers, 41 percent would vote for Ms. Okafor.',
    claims: [{ kind: 'reported', source: '41 percent', cue: 'would vote for', content: 'Ms. Okafor' }],
  },
  {
    text: 'In 2012, Mr. Lindqvist voted against the ferry tax.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'voted against', content: 'the ferry tax' }],
  },
  {
    // Negative: voting without "for"/"against" says nothing about a candidate or a measure.
    text: 'Residents of Brackwater voted on Tuesday.',
    claims: [],
  },
  {
    // Negative: "votes" as a noun.
    text: 'Ms. Okafor won 2,400 votes in the harbour district.',
    claims: [],
  },
]);

family('en attitude 2. support received from a speaker is the noun\'s, not the verb "support"', [
  {
    text: 'Ms. Okafor drew support from most of the fishermen.',
    claims: [{ kind: 'reported', source: 'most of the fishermen', cue: 'drew support', content: 'Ms. Okafor' }],
  },
  {
    text: 'Ms. Okafor has won overwhelming support from the harbour board.',
    claims: [{ kind: 'reported', source: 'the harbour board', cue: 'has won overwhelming support', content: 'Ms. Okafor' }],
  },
  {
    // The verb "support" with its own subject stays a cue.
    text: 'Most fishermen support the pier plan.',
    claims: [{ kind: 'reported', source: 'Most fishermen', cue: 'support', content: 'the pier plan' }],
  },
]);

family('en attitude 3. requests: "asked for X"', [
  {
    text: 'At the meeting, a ferry captain asked for a new timetable.',
    claims: [{ kind: 'reported', source: 'a ferry captain', cue: 'asked for', content: 'a new timetable' }],
  },
]);

family('en attitude 4. "put" estimates only with "at" or "it"', [
  {
    text: 'The survey put Ms. Okafor at 41 percent.',
    claims: [{ kind: 'reported', source: 'The survey', cue: 'put', content: 'Ms. Okafor at 41 percent' }],
  },
  {
    // Negative: "put" in its literal and idiomatic senses.
    text: 'The storm put pressure on the harbour board.',
    claims: [],
  },
]);

family('en attitude 5. a bare verb of support without an object is a noun', [
  {
    // No verb reading of "support"; the noun's frame +among makes the group the speaker (en-noun-among.ts).
    text: 'Ms. Okafor has strong support among harbour workers.',
    claims: [{ kind: 'reported', source: 'harbour workers', cue: 'has strong support', content: 'Ms. Okafor' }],
  },
  {
    text: 'The campaign tried to drum up support in the northern districts.',
    claims: [],
  },
  {
    text: 'Most harbour workers oppose the levy.',
    claims: [{ kind: 'reported', source: 'Most harbour workers', cue: 'oppose', content: 'the levy' }],
  },
]);

family('en attitude 6. "called" naming an indefinite noun phrase is no cue', [
  {
    text: 'Ms. Okafor leads a group called Harbour First.',
    claims: [],
  },
  {
    text: 'The mayor called the levy a mistake.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'called', content: 'the levy a mistake' }],
  },
]);

family('en attitude 7. a progressive with an adverb in -ly before the participle', [
  {
    text: 'The fishermen are quietly supporting the levy.',
    claims: [{ kind: 'reported', source: 'The fishermen', cue: 'are quietly supporting', content: 'the levy' }],
  },
]);

family('en attitude 8. "believe in", "hope for": the preposition joins the cue', [
  {
    text: 'Most fishermen still believe in the harbour plan.',
    claims: [{ kind: 'reported', source: 'Most fishermen', cue: 'still believe in', content: 'the harbour plan', stance: 'speculate' }],
  },
  {
    text: 'Ms. Okafor is hoping for a late surge in the north.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'is hoping for', content: 'a late surge in the north', stance: 'speculate' }],
  },
]);

family('en attitude 9. comparisons and attributive participles are no cues', [
  {
    text: 'Ms. Okafor won 2,400 votes, compared with 1,900 for Mr. Lindqvist.',
    claims: [],
  },
  {
    text: 'Ms. Okafor leads by roughly 40 pledged delegates.',
    claims: [],
  },
  {
    text: 'The mayor compared the levy to a toll.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'compared', content: 'the levy to a toll' }],
  },
]);

family('en attitude 10. "plan" is a cue only before its infinitive, "that" or "on"', [
  {
    text: 'Ms. Okafor plans to visit the harbour next week.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'plans', content: 'to visit the harbour next week' }],
  },
  {
    text: 'The two pension plans would cost the town a fortune.',
    claims: [],
  },
]);
