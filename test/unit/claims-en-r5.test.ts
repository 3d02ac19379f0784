/**
 * English attribution, round 5 (src/extract/attribution/, rules in en.ts and quotes.ts): quotations over
 * paragraphs and across a "?"/"!" sentence end, cue boundaries, title-case headlines, sources. Every sentence
 * is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r5 1. quotations ending in "?" or "!"; quotations over several paragraphs', [
  {
    text: '“Who will pay for the bridge?” Ms. Lindqvist asked.',
    claims: [{ kind: 'direct', source: 'Ms. Lindqvist', cue: 'asked', content: 'Who will pay for the bridge?' }],
  },
  {
    text: '“We will not give up!” the ferry captain said.',
    claims: [{ kind: 'direct', source: 'the ferry captain', cue: 'said', content: 'We will not give up!' }],
  },
  {
    // Negative: a sentence after the question that does not close on its speaker and cue is no cue of it.
    text: '“Is the pier safe?” The inspectors walked along it in silence.',
    claims: [],
  },
  {
    // A quotation over two paragraphs reopens the second without closing the first: the first paragraph's mark
    // does not pair with a later closing mark.
    text: 'Mr. Adeyemi spoke for an hour.\n“The harbour needs a new wall. It needs it this year.\n“We have waited long enough,” he said.\nThe council meets on Friday, the clerk said.',
    claims: [
      { kind: 'direct', source: 'he', cue: 'said', content: 'We have waited long enough' },
      { kind: 'indirect', source: 'the clerk', cue: 'said', content: 'The council meets on Friday' },
    ],
  },
]);

family('en r5 2. what stands around a cue: adverbs before it, a time or medium after it', [
  {
    text: 'Ms. Brandt initially said the ferry would keep running.',
    claims: [{ kind: 'indirect', source: 'Ms. Brandt', cue: 'initially said', content: 'the ferry would keep running' }],
  },
  {
    // A cue that closes the sentence may be followed by when and where it was said.
    text: 'The ferry will keep running, the harbour board said in a statement on Friday.',
    claims: [{ kind: 'indirect', source: 'the harbour board', cue: 'said in a statement', content: 'The ferry will keep running' }],
  },
  {
    // "in a statement" right after the cue of a quotation joins the cue too.
    text: '“The ferry will keep running,” the harbour board wrote in a joint statement.',
    claims: [{ kind: 'direct', source: 'the harbour board', cue: 'wrote in a joint statement', content: 'The ferry will keep running' }],
  },
  {
    // Negative: a preposition the verb takes is no trailer ("agree with them" is no attribution of the clause before).
    text: 'The farmers are angry, and I agree with them.',
    // (Agreement with a noun phrase is its own claim, en-mind.ts: the clause before stays unattributed.)
    claims: [{ kind: 'reported', source: 'I', cue: 'agree with', content: 'them' }],
  },
  {
    // A time or focus adverb opening the clause is no part of the speaker.
    text: 'Then the ferry captain promised that the service would resume.',
    claims: [{ kind: 'indirect', source: 'the ferry captain', cue: 'promised', content: 'the service would resume' }],
  },
  {
    // "as" and the adverbs of the cue stay out of a speaker after the content.
    text: 'The tolls are too high, as Mr. Osei noted in his column.',
    claims: [{ kind: 'indirect', source: 'Mr. Osei', cue: 'noted in his column', content: 'The tolls are too high' }],
  },
]);

family('en r5 3. "according to" after the statement: the source runs to the sentence end', [
  {
    text: 'The ferry lost money last year, according to an audit released on Thursday.',
    claims: [{ kind: 'indirect', source: 'an audit released on Thursday', cue: 'according to', content: 'The ferry lost money last year' }],
  },
  {
    text: 'The harbour is too shallow, according to the Coastal Board, the agency that dredges it.',
    claims: [{ kind: 'indirect', source: 'the Coastal Board, the agency that dredges it', cue: 'according to', content: 'The harbour is too shallow' }],
  },
  {
    // A comma before a further clause ends the source.
    text: 'The ferry will stop in May, according to the mayor, and the port will close in June.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'according to', content: ['The ferry will stop in May', 'and the port will close in June'] }],
  },
]);

family('en r5 4. headlines in title case', [
  {
    text: 'Harbour Chief Says Ferry Will Return in May\n\nThe ferry stopped last winter.',
    claims: [{ kind: 'indirect', source: 'Harbour Chief', cue: 'Says', content: 'Ferry Will Return in May' }],
  },
  {
    // Negative: a capitalized cue word in an ordinary sentence is a name or a noun, not a verb.
    text: 'The pier was rebuilt by Claims Brothers in May.',
    claims: [],
  },
]);

family('en r5 5. the statement before its speaker: a listener after the cue, the cue inside the statement', [
  {
    text: 'The ferry was never safe, the inspector told reporters on Friday.',
    claims: [{ kind: 'indirect', source: 'the inspector', cue: 'told', content: 'The ferry was never safe' }],
  },
  {
    text: 'The solution, the engineer said, was a second pier.',
    claims: [{ kind: 'indirect', source: 'the engineer', cue: 'said', content: ['The solution', 'was a second pier'] }],
  },
  {
    // Negative: a verb that is no verb of saying inside the sentence does not split it.
    text: 'The tolls, the drivers protest, are a burden for the island.',
    claims: [],
  },
  {
    // A quantifier before a past form is the speaker ("several questions" is a noun, "Several said" is not).
    text: 'Most said they would vote for the new levy.',
    claims: [{ kind: 'indirect', source: 'Most', cue: 'said', content: 'they would vote for the new levy' }],
  },
]);

family('en r5 6. a speaker with appositions between the statement and the verb', [
  {
    text: '“We lost the vote,” Ms. Osei, 61, a retired harbour pilot, told the paper.',
    claims: [{ kind: 'direct', source: 'Ms. Osei, 61, a retired harbour pilot', cue: 'told', content: 'We lost the vote' }],
  },
  {
    text: 'The ferry is late again, Tom Ruiz, the harbour master, said.',
    claims: [{ kind: 'indirect', source: 'Tom Ruiz, the harbour master', cue: 'said', content: 'The ferry is late again' }],
  },
  {
    // Negative: a verb among the words after the quotation ends the speaker reading.
    text: '“We lost the vote,” Ms. Osei wrote, and the council met, then said nothing.',
    claims: [{ kind: 'direct', source: 'Ms. Osei', cue: 'wrote', content: 'We lost the vote' }],
  },
]);
