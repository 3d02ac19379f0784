/**
 * Core verbs of saying that made no claim, or a wrong one, because of the clause around them (round nineteen,
 * spec 6; src/extract/attribution/en-as-clause.ts, en-preposed.ts, en-asides.ts, en-subject.ts). Every sentence is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en core miss 1. an "as" aside after a coordinator speaks for the clause after it', [
  {
    text: 'But as the Gazette noted in an op-ed Thursday, the mayor "has won few friends in the port."',
    claims: [{ kind: 'mixed', source: 'the Gazette', cue: 'noted in an op-ed Thursday', content: 'the mayor "has won few friends in the port."' }],
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
    text: 'Lund met the mayor that day, as the Courier reported on Tuesday, and he will join the board.',
    claims: [{ kind: 'indirect', source: 'the Courier', cue: 'reported', content: 'Lund met the mayor that day' }],
  },
]);

family('en core miss 3. a subject pronoun with a contracted verb after the listener opens the told clause', [
  {
    text: 'Mayor Lund tells voters she’s with them.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'tells', content: 'she’s with them' }],
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
    text: 'Okafor — a teacher from the harbour town — says the ferry is too slow.',
    claims: [{ kind: 'indirect', source: 'Okafor — a teacher from the harbour town —', cue: 'says', content: 'the ferry is too slow' }],
  },
  {
    text: 'Lund — who is listed as a pilot but rarely flies — told the Courier he is not planning an appeal.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'told', content: 'he is not planning an appeal' }],
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
