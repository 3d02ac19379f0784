/**
 * English attribution, round 7 (src/extract/attribution/en-verbshapes.ts, hooked from en.ts): verb shapes —
 * a quantifier as the whole subject, questions put to someone, a clause after "said" that is no inverted
 * speaker. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r7 1. a quantifier as the whole subject', [
  {
    text: 'Many believe the harbour wall will not hold.',
    claims: [{ kind: 'indirect', source: 'Many', cue: 'believe', content: 'the harbour wall will not hold', stance: 'speculate' }],
  },
  {
    text: 'The council met on Monday, and some argue that the ferry should stop.',
    claims: [{ kind: 'indirect', source: 'some', cue: 'argue', content: 'the ferry should stop' }],
  },
  {
    // Negative: a quantifier before a cue word used as a noun.
    text: 'Several questions about the harbour remain open.',
    claims: [],
  },
  {
    // Negative: "some" inside the clause describes the noun ("some support"), not a speaker.
    text: 'The plan won some support for the pier in Lenton.',
    claims: [],
  },
]);

family('en r7 2. questions put to someone', [
  {
    text: 'Asked about the ferry timetable, Ms. Okafor laughed.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Asked about', content: 'the ferry timetable' }],
  },
  {
    text: 'Mr. Varga was asked whether the pier would reopen in May.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was asked', content: 'whether the pier would reopen in May' }],
  },
  {
    text: 'Asked on local radio who runs the harbour board, the mayor shrugged.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Asked', content: 'who runs the harbour board' }],
  },
  {
    text: 'Asked by reporters whether she would stand again, Ms. Okafor smiled.',
    claims: [{ kind: 'indirect', source: 'reporters', cue: 'Asked', content: 'whether she would stand again' }],
  },
  {
    // Negative: "Asked" before a noun opens no question.
    text: 'Asked prices for harbour flats rose in May.',
    claims: [],
  },
]);

family('en r7 3. a clause after "said" is no inverted speaker', [
  {
    text: 'Mr. Halvorsen, who represents the island, said Ms. Brandt had misled the council.',
    claims: [{ kind: 'indirect', source: 'Mr. Halvorsen, who represents the island', cue: 'said', content: 'Ms. Brandt had misled the council' }],
  },
  {
    text: 'The pier is unsafe, said the harbour master.',
    claims: [{ kind: 'indirect', source: 'the harbour master', cue: 'said', content: 'The pier is unsafe' }],
  },
  {
    // Negative: a "said" inside a quotation is no cue of the sentence around it.
    text: 'The sign by the pier reads “Nobody said it would be easy” in large letters.',
    claims: [],
  },
]);

family('en r7 4. polls as sources; a speaker and a colon before a quotation', [
  {
    text: 'Ms. Okafor holds a ten-point lead over Mr. Varga in a Lenton Gazette poll released Monday.',
    claims: [{ kind: 'indirect', source: 'a Lenton Gazette poll released Monday', cue: 'in', content: 'Ms. Okafor holds a ten-point lead over Mr. Varga' }],
  },
  {
    // Negative: "in the polls" alone says where a candidate stands, no poll of its own.
    text: 'Mr. Varga has been stuck in single digits in the polls for months.',
    claims: [],
  },
  {
    text: 'FERRY PLAN DIVIDES THE ISLAND - Jane Lund: “Half of the council wants the old timetable back.”',
    claims: [{ kind: 'direct', source: 'Jane Lund', cue: ':', content: 'Half of the council wants the old timetable back.' }],
  },
  {
    text: 'The hearing went on for hours.\n\nRep. Ann Holt (D-Vt.): “I have never seen that figure before.”',
    claims: [{ kind: 'direct', source: 'Rep. Ann Holt (D-Vt.)', cue: ':', content: 'I have never seen that figure before.' }],
  },
  {
    // A clause with a verb before the colon is no speaker phrase: the colon clause reads it, its verb up to the
    // colon the cue (as in 'The sign has one line: “…”'; round ten lets the subject hold a prepositional phrase).
    text: 'The sign at the pier has one line: “No swimming after dark.”',
    claims: [{ kind: 'direct', source: 'The sign at the pier', cue: 'has one line:', content: 'No swimming after dark.' }],
  },
]);

family('en r7 5. shares as speakers, listeners without "that", a coordinated clause after the cue', [
  {
    text: 'Six in 10 say the ferry should run at night.',
    claims: [{ kind: 'indirect', source: 'Six in 10', cue: 'say', content: 'the ferry should run at night' }],
  },
  {
    text: 'A mere 9 percent say they use the old pier.',
    claims: [{ kind: 'indirect', source: 'A mere 9 percent', cue: 'say', content: 'they use the old pier' }],
  },
  {
    // Negative: a share before a cue word used as a noun.
    text: 'Only 12 percent support for the harbour tax was recorded.',
    claims: [],
  },
  {
    text: 'Mr. Varga told the Gazette his firm had built the pier.',
    claims: [{ kind: 'indirect', source: 'Mr. Varga', cue: 'told', content: 'his firm had built the pier' }],
  },
  {
    text: 'The pier cost $3 million in 2011, records show, and engineers say it is now worth half that.',
    claims: [
      { kind: 'indirect', source: 'records', cue: 'show', content: 'The pier cost $3 million in 2011' },
      { kind: 'indirect', source: 'engineers', cue: 'say', content: 'it is now worth half that' },
    ],
  },
]);

family('en r7 6. a quantifier between commas', [
  {
    text: 'The new pier, many think, is only a matter of time.',
    claims: [{ kind: 'indirect', source: 'many', cue: 'think', content: ['The new pier', 'is only a matter of time'] }],
  },
]);

// (Since round 21, en-according-outer.ts, Y's report of X's claim is a claim of its own as well; X's keeps Y as its channel.)
family('en r7 7. "X said C, according to Y": X speaks, Y is the channel', [
  {
    text: 'Senator Anna Varga said the harbour would close in May, according to the Lenton Gazette.',
    claims: [
      { kind: 'indirect', source: 'the Lenton Gazette', cue: 'according to', content: 'Senator Anna Varga said the harbour would close in May' },
      { kind: 'indirect', source: 'Senator Anna Varga', cue: 'said', content: 'the harbour would close in May', via: [{ text: 'the Lenton Gazette', relation: 'channel' }] },
    ],
  },
  {
    text: 'The mayor said the ferry would run again, according to a local radio station.',
    claims: [
      { kind: 'indirect', source: 'a local radio station', cue: 'according to', content: 'The mayor said the ferry would run again' },
      { kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the ferry would run again', via: [{ text: 'a local radio station', relation: 'channel' }] },
    ],
  },
  {
    // Without a speaker inside, "according to" governs the whole sentence.
    text: 'The harbour will close in May, according to the Lenton Gazette.',
    claims: [{ kind: 'indirect', source: 'the Lenton Gazette', cue: 'according to', content: 'The harbour will close in May' }],
  },
]);
