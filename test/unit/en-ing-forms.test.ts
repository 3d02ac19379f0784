/**
 * English -ing forms as cues (src/extract/attribution/en-ing-forms.ts): reduced relatives whose object
 * is a pronoun, the verb's preposition or an infinitive; counted nouns; sentence-opening participles; gerund
 * objects; topics after the cue's preposition; coordinated participles; absolute "with" phrases; message verbs
 * with a listener; manner adjuncts before a "that" clause. Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en ing forms 1. reduced relatives: object pronoun, own preposition, infinitive, counted noun', [
  {
    text: 'A petition urging him to resign has gathered 10,000 signatures.',
    claims: [{ kind: 'reported', source: 'A petition', cue: 'urging', content: 'him to resign' }],
  },
  {
    text: 'A petition calling on the mayor to resign has gathered 10,000 signatures.',
    claims: [{ kind: 'reported', source: 'A petition', cue: 'calling on', content: 'the mayor to resign' }],
  },
  {
    text: 'The rally featured Ms. Varga vowing to close the mine.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'vowing', content: 'to close the mine' }],
  },
  {
    text: 'One pastor supporting Mr. Oduya spoke at the rally.',
    claims: [{ kind: 'reported', source: 'One pastor', cue: 'supporting', content: 'Mr. Oduya' }],
  },
  {
    text: 'Two groups backing the levy filed papers on Monday.',
    claims: [{ kind: 'reported', source: 'Two groups', cue: 'backing', content: 'the levy' }],
  },
  // Negative: a verb of wanting before an infinitive names a goal, not an act of speech.
  { text: 'The rally featured Ms. Varga hoping to win the seat.', claims: [] },
  { text: 'He met a councillor planning to run.', claims: [] },
  { text: 'The building was closed during the meeting.', claims: [] },
  { text: 'The ruling party lost the vote.', claims: [] },
]);

family('en ing forms 2. a participle opening the sentence speaks for the main subject', [
  {
    text: 'Noting that the harbour had flooded twice, Mr. Oduya called for a new wall.',
    claims: [
      { kind: 'indirect', source: 'Mr. Oduya', cue: 'Noting', content: 'the harbour had flooded twice' },
      { kind: 'reported', source: 'Mr. Oduya', cue: 'called for', content: 'a new wall' },
    ],
  },
  {
    text: 'Citing the budget figures, the councillors rejected the plan.',
    claims: [
      { kind: 'reported', source: 'the councillors', cue: 'Citing', content: 'the budget figures' },
      { kind: 'reported', source: 'the councillors', cue: 'rejected', content: 'the plan' },
    ],
  },
  // Negative: a preposition after the participle makes it the occasion ("Writing for", "Speaking to"), and
  // "Regarding" is a preposition.
  {
    text: 'Writing for a local paper, Ms. Varga argued that the levy was unfair.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'argued', content: 'the levy was unfair' }],
  },
  {
    text: 'Speaking to reporters, the mayor said the plan would pass.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'the plan would pass' }],
  },
  { text: 'Regarding the harbour tax, the mayor said nothing new.', claims: [] },
  {
    text: 'According to the mayor, the harbour will reopen.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'According to', content: 'the harbour will reopen' }],
  },
]);

family('en ing forms 3. gerund objects and topics after the cue preposition', [
  {
    text: 'She won the argument by asking questions about the budget.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'asking', content: 'questions about the budget' }],
  },
  {
    text: '"We will win," Mr. Oduya said, referring to the harbour vote.',
    claims: [
      { kind: 'direct', source: 'Mr. Oduya', cue: 'said', content: 'We will win' },
      { kind: 'indirect', source: 'Mr. Oduya', cue: 'referring to', content: 'the harbour vote' },
    ],
  },
  {
    text: 'Ms. Varga responded to the critics.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'responded to', content: 'the critics' }],
  },
  // Negative: a negated act; a growing number is no participle of speech.
  { text: 'Ms. Varga did not respond to my messages.', claims: [] },
  {
    text: 'A growing number of voters oppose the levy.',
    claims: [{ kind: 'reported', source: 'A growing number of voters', cue: 'oppose', content: 'the levy' }],
  },
]);

family('en ing forms 4. coordinated participles and absolute "with" phrases', [
  {
    text: 'The councillor ended by praising the mayor and urging him to stay.',
    claims: [
      // (The frame verb of a speech act told by its means joins the first cue: en-cue-reach.ts.)
      { kind: 'reported', source: 'The councillor', cue: 'ended by praising', content: 'the mayor' },
      { kind: 'reported', source: 'The councillor', cue: 'urging', content: 'him to stay' },
    ],
  },
  {
    text: 'The fishermen are blocking the harbour and demanding a new vote.',
    claims: [{ kind: 'reported', source: 'The fishermen', cue: 'demanding', content: 'a new vote' }],
  },
  {
    text: 'The council was split, with three in 10 saying the levy was too high.',
    claims: [{ kind: 'indirect', source: 'three in 10', cue: 'saying', content: 'the levy was too high' }],
  },
  // Negative: no verb of speech.
  { text: 'He was eating lunch and reading the paper.', claims: [] },
]);

family('en ing forms 5. message verbs and manner adjuncts', [
  {
    text: 'The campaign emailed supporters saying the race was tight and vowing to fight on.',
    claims: [
      { kind: 'indirect', source: 'The campaign', cue: 'emailed supporters saying', content: 'the race was tight' },
      { kind: 'indirect', source: 'The campaign', cue: 'vowing', content: 'to fight on' },
    ],
  },
  {
    text: 'Mr. Oduya said without offering evidence that the election was rigged.',
    claims: [
      { kind: 'reported', source: 'Mr. Oduya', cue: 'without offering', content: 'evidence' },
      { kind: 'indirect', source: 'Mr. Oduya', cue: 'said', content: 'the election was rigged' },
    ],
  },
  // A participle that takes a clause keeps its own "that".
  {
    text: 'Ms. Varga responded before adding that she would run again.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'adding', content: 'she would run again' }],
  },
  {
    text: 'Asked about the poll, Ms. Varga said she does not pay attention to polls.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Asked about', content: 'the poll' },
      { kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'she does not pay attention to polls' },
    ],
  },
]);

family('en ing forms 6. "stopped short of" + participle: the subject of "stopped" speaks', [
  {
    text: 'He stopped short of endorsing Ms. Varga.',
    claims: [{ kind: 'reported', source: 'He', cue: 'stopped short of endorsing', content: 'Ms. Varga' }],
  },
  {
    text: 'Ms. Varga, though she praised the plan, notably stopped short of fully endorsing the levy.',
    claims: [
      { kind: 'reported', source: 'she', cue: 'praised', content: 'the plan' },
      { kind: 'reported', source: 'Ms. Varga', cue: 'notably stopped short of fully endorsing', content: 'the levy' },
    ],
  },
  // Negative: no participle.
  { text: 'The bus stopped short of the harbour.', claims: [] },
]);
