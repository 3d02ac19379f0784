/**
 * Small English grammar fixes of round 15 (src/extract/attribution/en-clause-edges.ts, spec 5). Every sentence is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r15 fixes 1. a split infinitive: the adverb joins the cue, the subject stands before the governing words', [
  {
    text: 'He was able to consistently tout the ferry plan.',
    claims: [{ kind: 'reported', source: 'He', cue: 'was able to consistently tout', content: 'the ferry plan' }],
  },
  {
    text: 'The mayor has been eager to publicly praise the harbour deal.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has been eager to publicly praise', content: 'the harbour deal' }],
  },
  {
    text: 'Ms. Lund went on to strongly deny the report.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'went on to strongly deny', content: 'the report' }],
  },
  {
    text: 'The council was willing to tout the toll plan.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'was willing to tout', content: 'the toll plan' }],
  },
]);

family('en r15 fixes 2. "appear" before a preposition of place is presence, no hedge', [
  { text: 'Ms. Okafor appeared alongside the governor on Monday.', claims: [] },
  { text: 'The harbour master appeared beside the mayor at the pier.', claims: [] },
  { text: 'Mr. Brandt appeared next to the ferry captain.', claims: [] },
  { text: 'The minister appeared behind the courthouse in Brackwater.', claims: [] },
  {
    text: 'The toll plan appeared likely to pass.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appeared', content: ['The toll plan', 'likely to pass'] }],
  },
]);

family('en r15 fixes 3. an opening perfect participle clause: content to its comma, the main clause subject speaks', [
  {
    text: 'Having said that the pier was closed, Mr. Brandt left the harbour.',
    claims: [{ kind: 'indirect', source: 'Mr. Brandt', cue: 'Having said', content: 'the pier was closed' }],
  },
  {
    text: 'Having argued that the toll was unfair, the mayor resigned.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'Having argued', content: 'the toll was unfair' }],
  },
  {
    text: 'Having claimed the ferry was late, Ms. Lund went home.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'Having claimed', content: 'the ferry was late' }],
  },
  { text: 'Having said that, Ms. Lund went home.', claims: [] },
  { text: 'Having left the harbour, Ms. Lund went home.', claims: [] },
]);

family('en r15 fixes 4. "said of X" after a quoted fragment closes the statement: the clause before the quotation is its content', [
  {
    text: 'They don’t care about “harbours,” Ms. Okafor said of the families.',
    claims: [{ kind: 'mixed', source: 'Ms. Okafor', cue: 'said of', content: 'They don’t care about “harbours,”' }],
  },
  {
    text: 'The levy is “a disaster,” Mr. Brandt said about the toll plan.',
    claims: [{ kind: 'mixed', source: 'Mr. Brandt', cue: 'said about', content: 'The levy is “a disaster,”' }],
  },
  {
    text: '“The ferry is always late,” Ms. Lund said of the harbour service.',
    claims: [{ kind: 'direct', source: 'Ms. Lund', cue: 'said of', content: 'The ferry is always late' }],
  },
  {
    text: 'They don’t care about “harbours,” Ms. Okafor said.',
    claims: [{ kind: 'mixed', source: 'Ms. Okafor', cue: 'said', content: 'They don’t care about “harbours,”' }],
  },
]);

family('en r15 fixes 5. a participle clause between subject and verb ends before the main verb', [
  {
    text: 'The mayor, having said that the pier was closed, resigned.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'having said', content: 'the pier was closed' }],
  },
  {
    text: 'The harbour master, saying that the ferry was late, left the pier.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'saying', content: 'the ferry was late' }],
  },
  {
    text: 'Ms. Lund, having claimed the toll was too high, quickly left the city.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'having claimed', content: 'the toll was too high' }],
  },
  {
    text: 'The mayor resigned, saying that the pier was closed.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'saying', content: 'the pier was closed' }],
  },
]);

family('en r15 fixes 6. a relative clause on the object of a cue preposition stays in the object (no "said that" reading)', [
  {
    text: 'Mr. Brandt has railed against the provisions that pock the harbour code.',
    claims: [{ kind: 'reported', source: 'Mr. Brandt', cue: 'has railed against', content: 'the provisions that pock the harbour code' }],
  },
  {
    text: 'Ms. Lund spoke about the rules that govern the port.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'spoke about', content: 'the rules that govern the port' }],
  },
  {
    text: 'The mayor pushed back on reports that he had commissioned.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'pushed back on', content: 'reports that he had commissioned' }],
  },
  {
    text: 'Ms. Okafor dismissed the claims that pock the debate.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'dismissed', content: 'the claims that pock the debate' }],
  },
]);

family('en r15 fixes 7. adverbs after "having": the perfect participle keeps "having" in its cue', [
  {
    text: 'But having repeatedly claimed the ferry was late, the mayor resigned.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'having repeatedly claimed', content: 'the ferry was late' }],
  },
  {
    text: 'The mayor, having publicly said that the pier was closed, resigned.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'having publicly said', content: 'the pier was closed' }],
  },
]);
