/**
 * Documents that speak after a quotation (en-documents.ts), passives of acts and "pass"
 * with a legislative object (en-passive-acts.ts, src/lang/en/passive-acts.txt, act-objects.tsv). Every sentence
 * is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en passive acts 1. a document reads a quotation', [
  {
    text: '"The ferry will run again in May," the statement read.',
    claims: [{ kind: 'direct', source: 'the statement', cue: 'read', content: 'The ferry will run again in May' }],
  },
  {
    text: '"Come to Harbourtown and see the damage," the editorial read.',
    claims: [{ kind: 'direct', source: 'the editorial', cue: 'read', content: 'Come to Harbourtown and see the damage' }],
  },
  {
    text: '"Vote for the pier, not the mall," the campaign letter read.',
    claims: [{ kind: 'direct', source: 'the campaign letter', cue: 'read', content: 'Vote for the pier, not the mall' }],
  },
  {
    text: '"We will be back next year," the note read.',
    claims: [{ kind: 'direct', source: 'the note', cue: 'read', content: 'We will be back next year' }],
  },
  // A person reading a text, and "read" as a noun, make no claim.
  { text: 'The judge read the book on the train.', claims: [] },
  { text: 'Ada Brisk read the minutes aloud.', claims: [] },
]);

family('en passive acts 2. passive acts with an agent', [
  {
    text: 'The ferry bill was vetoed by Governor Lund.',
    claims: [{ kind: 'reported', source: 'Governor Lund', cue: 'was vetoed', content: 'The ferry bill' }],
  },
  {
    text: 'The harbour bill was signed into law by Governor Lund in 2012.',
    claims: [{ kind: 'reported', source: 'Governor Lund', cue: 'was signed', content: ['The harbour bill', 'into law'] }],
  },
  {
    text: 'Judge Okafor was appointed to the appeals court by Governor Lund in 2009.',
    claims: [{ kind: 'reported', source: 'Governor Lund', cue: 'was appointed', content: ['Judge Okafor', 'to the appeals court'] }],
  },
  {
    text: 'Ada Brisk was nominated by the mayor.',
    claims: [{ kind: 'reported', source: 'the mayor', cue: 'was nominated', content: 'Ada Brisk' }],
  },
  // A participle clause inside the subject is no statement.
  { text: 'A study being released on Tuesday by two economists is long.', claims: [] },
]);

family('en passive acts 3. agentless passive acts', [
  {
    text: 'The ferry plan was announced on Monday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was announced', content: 'The ferry plan' }],
  },
  {
    text: 'Ada Brisk was named chairwoman of the harbour board.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was named', content: ['Ada Brisk', 'chairwoman of the harbour board'] }],
  },
  {
    text: 'Mr. Okafor was formally nominated as the party candidate.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was formally nominated', content: ['Mr. Okafor', 'as the party candidate'] }],
  },
  {
    text: 'The winners will be announced on Saturday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'will be announced', content: 'The winners' }],
  },
  {
    text: 'The ferry, which was nominated for a design prize, sank.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was nominated', content: ['which', 'for a design prize'] }],
  },
  // A passive of a verb that reports no act, and "to be named", make none.
  { text: 'The pier was built in 1910.', claims: [] },
  { text: 'The pier will soon be named after the mayor.', claims: [] },
]);

family('en passive acts 4. "pass" with a legislative object', [
  {
    text: 'The House passed a bill that would cut ferry fares.',
    claims: [{ kind: 'reported', source: 'The House', cue: 'passed', content: 'a bill that would cut ferry fares' }],
  },
  {
    text: 'The Harbourtown council passed a resolution against the mall.',
    claims: [{ kind: 'reported', source: 'The Harbourtown council', cue: 'passed', content: 'a resolution against the mall' }],
  },
  {
    text: 'The legislature passed its own fishing law.',
    claims: [{ kind: 'reported', source: 'The legislature', cue: 'passed', content: 'its own fishing law' }],
  },
  { text: 'His father passed away in 2010.', claims: [] },
  { text: 'Okafor passed the ball to Brisk.', claims: [] },
  { text: 'The ferry bill passed the House on Tuesday.', claims: [] },
  { text: 'Brisk passed three background checks.', claims: [] },
  { text: 'The measure passed with 56 percent of the vote.', claims: [] },
]);

family('en passive acts 5. "since" inside the verb group', [
  {
    text: 'Several senators have since said that the ferry plan was wrong.',
    claims: [{ kind: 'indirect', source: 'Several senators', cue: 'have since said', content: 'the ferry plan was wrong' }],
  },
  {
    text: 'The mayor has since denied the report.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has since denied', content: 'the report' }],
  },
  {
    text: 'Several senators have since released statements condemning the attack.',
    claims: [{ kind: 'reported', source: 'Several senators', cue: 'have since released statements condemning', content: 'the attack' }],
  },
  // "since" as a preposition or subordinator stays one.
  { text: 'Nothing has happened since the vote.', claims: [] },
  { text: 'Prices have risen since the war began.', claims: [] },
]);
