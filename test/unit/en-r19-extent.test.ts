/**
 * Round nineteen, cue extent and clause edges of the core verb rules (en-coordinated-say.ts and the checks named in
 * each family). Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r19 extent 1. a document issued with a participle right before a quotation: the cue runs to the participle', [
  {
    text: 'The harbour board issued a statement Tuesday saying, “The pier is safe.”',
    claims: [{ kind: 'direct', source: 'The harbour board', cue: 'issued a statement Tuesday saying', content: 'The pier is safe.' }],
  },
  {
    text: 'Ms. Okafor released a statement saying, “We will reopen the ferry. The tolls stay.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'released a statement saying', content: 'We will reopen the ferry. The tolls stay.' }],
  },
  {
    // Negative: no participle before the quotation: the issuing verb alone is the cue.
    text: 'Lund issued a statement on the delay, “The ferry will run.”',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'issued', content: 'The ferry will run.' }],
  },
  {
    // Negative: no document between the verb and the participle.
    text: 'Ms. Okafor thanked the crew, saying, “You saved the pier.”',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'thanked', content: 'the crew' },
      { kind: 'direct', source: 'Ms. Okafor', cue: 'saying', content: 'You saved the pier.' },
    ],
  },
]);

family('en r19 extent 2. a light verb in its -ing form after a comma; the main clause subject after a dateline', [
  {
    text: 'Ms. Okafor toured the pier on Monday, leveling sharp attacks against the harbour board.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'leveling sharp attacks against', content: 'the harbour board' }],
  },
  {
    // A dateline closed by a spaced hyphen is no subject of the participle's clause.
    text: 'LUND, Norway - Ms. Okafor toured the pier, levelling sharp attacks against the harbour board.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'levelling sharp attacks against', content: 'the harbour board' }],
  },
  {
    text: 'LUND, Norway - The harbour board met on Monday, saying the ferry would run.',
    claims: [{ kind: 'indirect', source: 'The harbour board', cue: 'saying', content: 'the ferry would run' }],
  },
  {
    // Negative: the verb "level" with a plain object says nothing.
    text: 'The crew spent Monday leveling the ground near the pier.',
    claims: [],
  },
]);

family('en r19 extent 3. a time after the subject is no part of an infinitive cue', [
  {
    text: 'Harbour councillors assembled Friday to discuss the ferry.',
    claims: [{ kind: 'reported', source: 'Harbour councillors', cue: 'to discuss', content: 'the ferry' }],
  },
  {
    // The words that govern the infinitive still join it.
    text: 'The harbour board used its meeting to call for new tolls.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'used its meeting to call for', content: 'new tolls' }],
  },
]);

family('en r19 extent 4. a participle clause that opens the sentence is no statement before "…, X agreed"', [
  {
    text: 'Speaking for the harbour board, former mayor Lund agreed.',
    claims: [],
  },
  {
    text: 'Reported to have fled, Okafor was later found in Lund.',
    claims: [],
  },
  {
    // Negative: a gerund subject with its own predicate is a statement.
    text: 'Watching the pier burn made him a candidate, Lund said.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'Watching the pier burn made him a candidate' }],
  },
  {
    // Negative: an -ing word that modifies the subject opens a clause with a finite verb.
    text: 'Rising tolls are hurting the harbour, Okafor said.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'said', content: 'Rising tolls are hurting the harbour' }],
  },
]);

family('en r19 extent 5. a clause after the verb of saying and a colon before the quotation: one statement', [
  {
    text: 'Lund said he had drawn the poster himself: "Every ferry needs a friend."',
    claims: [{ kind: 'mixed', source: 'Lund', cue: 'said', content: 'he had drawn the poster himself: "Every ferry needs a friend."' }],
  },
  {
    text: 'Okafor said in an interview Friday that she had warned every captain twice: "Do you want the pier to close?"',
    claims: [{ kind: 'mixed', source: 'Okafor', cue: 'said in an interview Friday', content: 'she had warned every captain twice: "Do you want the pier to close?"' }],
  },
  {
    // The verb of saying, not a cue word inside what it reports, introduces the quotation.
    text: 'Lund said that if the budget allows it, a new toll could be fair: "Everything in a harbour has a price."',
    claims: [{ kind: 'mixed', source: 'Lund', cue: 'said', content: 'if the budget allows it, a new toll could be fair: "Everything in a harbour has a price."' }],
  },
  {
    // Negative: only a trailer between the verb and the colon.
    text: 'Okafor said in a statement: "The pier is safe."',
    claims: [{ kind: 'direct', source: 'Okafor', cue: 'said in a statement', content: 'The pier is safe.' }],
  },
  {
    // Negative: a verb of telling keeps its listener out of the statement.
    text: 'Okafor told reporters she was tired: "The week was long."',
    claims: [{ kind: 'direct', source: 'Okafor', cue: 'told', content: 'The week was long.' }],
  },
]);
