/**
 * Headlines in title case and in capitals (src/extract/attribution/en-cues.ts `titleCaseLine`, en-sources.ts
 * `verbOnly`): the verb of a headline is found by its lower-case form, the capitalised phrase before it is the
 * source. Every headline is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en headlines 1. a word that opens with a digit has no case', [
  {
    // A live blog's time stamp glued to the speaker ("11AMGovernor") leaves the line in title case.
    text: '11AMGovernor Lund Says Ferry Fares Will Fall\n\nThe governor spoke on Monday.',
    claims: [{ kind: 'indirect', source: '11AMGovernor Lund', cue: 'Says', content: 'Ferry Fares Will Fall' }],
  },
  {
    // Negative: a title without a cue verb says nothing.
    text: 'The Long Road To The Harbour Bridge\n\nThe governor spoke on Monday.',
    claims: [],
  },
]);

family('en headlines 2. a verb in -s before a plural object is the verb', [
  {
    text: 'Mayor Lund Announces Plans For A Harbour Bridge\n\nThe mayor spoke on Monday.',
    claims: [{ kind: 'reported', source: 'Mayor Lund', cue: 'Announces', content: 'Plans For A Harbour Bridge' }],
  },
  {
    text: 'MAYOR LUND ANNOUNCES PLANS FOR A HARBOUR BRIDGE\n\nThe mayor spoke on Monday.',
    claims: [{ kind: 'reported', source: 'MAYOR LUND', cue: 'ANNOUNCES', content: 'PLANS FOR A HARBOUR BRIDGE' }],
  },
  {
    text: 'Ada Brisk praises plans for a ferry museum.',
    claims: [{ kind: 'reported', source: 'Ada Brisk', cue: 'praises', content: 'plans for a ferry museum' }],
  },
  {
    // A form that is also a noun stays one before a cue verb: "reports" here is what shows.
    text: 'Senator Okafor Denies Reports Of A Ferry Deal\n\nThe senator spoke on Monday.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'Denies', content: 'Reports Of A Ferry Deal' }],
  },
  {
    // Negative: a noun in -s before a verb is no cue ("claims show").
    text: 'Harbour claims show a pattern.',
    claims: [],
  },
]);

family('en headlines 3. a bare verb after a plural subject: the cue word after it is its object', [
  {
    text: 'Dock workers reject plan to close the ferry pier',
    claims: [{ kind: 'reported', source: 'Dock workers', cue: 'reject', content: 'plan to close the ferry pier' }],
  },
  {
    text: 'The Brell unions deny report of a strike.',
    claims: [{ kind: 'reported', source: 'The Brell unions', cue: 'deny', content: 'report of a strike' }],
  },
  {
    // Negative: a plural subject before the cue word itself ("plan to" is the verb).
    text: 'Ferry owners plan to raise the fares.',
    claims: [{ kind: 'indirect', source: 'Ferry owners', cue: 'plan', content: 'to raise the fares' }],
  },
  {
    // Negative: a noun before a cue verb ("a news report shows").
    text: 'The harbour report shows the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'The harbour report', cue: 'shows', content: 'the pier is unsafe' }],
  },
]);

family('en headlines 4. a section label before a colon is no speaker (en-headline.ts sectionLabel)', [
  {
    // Negative: a title with a verb of its own.
    text: 'Harbour Tax Reduces Ferry Trade: Fares rose by a third in the spring.',
    claims: [],
  },
  {
    // Negative: a topic before a preposition, with no name in it.
    text: 'Progress on Bridge Repairs: The last payment arrived in May.',
    claims: [],
  },
  {
    // Negative: a notice word in capitals.
    text: 'CLARIFICATION: The second paragraph has been updated.',
    claims: [],
  },
  {
    text: 'Lund: Ferry Fares Won\'t Rise Next Year',
    claims: [{ kind: 'indirect', source: 'Lund', cue: ':', content: 'Ferry Fares Won\'t Rise Next Year' }],
  },
  {
    // A name before the preposition keeps the speaker.
    text: 'Mayor Brandt on Bridge Repairs: The work will end in May.',
    claims: [{ kind: 'indirect', source: 'Mayor Brandt', cue: ':', content: 'The work will end in May' }],
  },
]);
