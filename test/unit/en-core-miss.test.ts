/**
 * Core verbs of saying that made no claim, or a wrong one, because of the clause around them (round nineteen,
 * spec 6; src/extract/attribution/en-as-clause.ts, en-preposed.ts, en-asides.ts, en-subject.ts). Every sentence is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en core miss 1. an "as" aside after a coordinator speaks for the clause after it', [
  {
    text: 'But as the Gazette noted in a column on Thursday, the mayor "has won few friends in the port."',
    claims: [{ kind: 'mixed', source: 'the Gazette', cue: 'noted in a column on Thursday', content: 'the mayor "has won few friends in the port."' }],
  },
  {
    text: 'Ferries still sink, and as Okafor noted, the harbour board could face new fines.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'noted', content: 'the harbour board could face new fines' }],
  },
  {
    text: 'The ferry is old, and, as the Gazette noted, the mayor "has won few friends in the port."',
    claims: [{ kind: 'mixed', source: 'the Gazette', cue: 'noted', content: 'the mayor "has won few friends in the port."' }],
  },
  {
    text: 'The pier is old, but as Ferro said, the harbour board will not pay for it.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'said', content: 'the harbour board will not pay for it' }],
  },
]);

family('en core miss 2. what stays: an "as" clause of time; a coordinated clause after the aside is no statement', [
  { text: 'The pier is old, and as the tide rose, the boats left the harbour.', claims: [] },
  { text: 'But as the ferry left, the crowd went home.', claims: [] },
  {
    text: 'Lund toured the pier on Sunday, as the Courier reported on Monday, and the board will vote soon.',
    claims: [{ kind: 'indirect', source: 'the Courier', cue: 'reported', content: 'Lund toured the pier on Sunday' }],
  },
]);

family('en core miss 3. a subject pronoun with a contracted verb after the listener opens the told clause', [
  {
    text: 'Mayor Lund tells dockers she’s on their side.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'tells', content: 'she’s on their side' }],
  },
  {
    text: 'Okafor told the Harbour News he’d run again.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'told', content: 'he’d run again' }],
  },
  {
    text: "Ferro told the crowd it's time to go home.",
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'told', content: "it's time to go home" }],
  },
  {
    text: 'Lund told the ferry crew’s captain the pier was closed.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'told', content: 'the pier was closed' }],
  },
]);

family('en core miss 4. the speaker before an aside between dashes', [
  {
    text: 'Okafor — a baker from the harbour town — says the ferry is too slow.',
    claims: [{ kind: 'indirect', source: 'Okafor — a baker from the harbour town —', cue: 'says', content: 'the ferry is too slow' }],
  },
  {
    text: 'Lund — who rarely flies these days — told the Courier he will not fight the fine.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'told', content: 'he will not fight the fine' }],
  },
  {
    text: 'Ferro — after a long pause — told me he had lost the vote.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'told', content: 'he had lost the vote' }],
  },
  {
    text: 'The pier — old and slow — was closed, Okafor said.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'said', content: 'The pier — old and slow — was closed' }],
  },
]);
