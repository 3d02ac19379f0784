/**
 * Readings of English cue words and content ends: a plural after a verb is its object
 * (src/extract/attribution/en-readings.ts); a quotation that a participle modifier takes ends its content;
 * a clause as subject split by a speaker aside goes on with a bare present predicate. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en precision 1. a plural right after a verb is its object', [
  { text: 'Mayor Lindqvist dropped hints at the harbour meeting.', claims: [] },
  { text: 'The councillor gave hints about the ferry budget.', claims: [] },
  { text: 'She waved, making air quotes with both hands.', claims: [] },
  { text: 'The clerk was drawing quotes from the old ledger.', claims: [] },
  // (A plural with no verb before it, or one closing a relative clause, still says.)
  {
    text: 'Mayor Lindqvist hints at a second term.',
    claims: [{ kind: 'reported', source: 'Mayor Lindqvist', cue: 'hints at', content: 'a second term' }],
  },
  {
    text: 'A ferryman who attended says the hall was full.',
    claims: [{ kind: 'indirect', source: 'A ferryman who attended', cue: 'says', content: 'the hall was full' }],
  },
  {
    text: 'The senator quotes from the letter.',
    claims: [{ kind: 'reported', source: 'The senator', cue: 'quotes', content: 'from the letter' }],
  },
]);

family('en precision 2. a quotation after a participle modifier ends the content', [
  {
    text: 'A cap reading "Save the Harbour" sold out in a day.',
    claims: [{ kind: 'mixed', source: 'A cap', cue: 'reading', content: '"Save the Harbour"' }],
  },
  {
    text: 'A sign saying "Keep out" hung on the ferry gate.',
    claims: [{ kind: 'mixed', source: 'A sign', cue: 'saying', content: '"Keep out"' }],
  },
  {
    text: 'Dockers carried banners reading "No more tolls" and marched to the pier.',
    claims: [{ kind: 'mixed', source: 'banners', cue: 'reading', content: '"No more tolls"' }],
  },
  {
    text: 'A banner reading "Welcome home" was hung on the bridge.',
    claims: [{ kind: 'mixed', source: 'A banner', cue: 'reading', content: '"Welcome home"' }],
  },
  // (A quotation that ends the sentence is the whole content as before.)
  {
    text: 'She held up a cap reading "Save the Harbour."',
    claims: [{ kind: 'mixed', source: 'a cap', cue: 'reading', content: '"Save the Harbour."' }],
  },
]);

family('en precision 3. a clause as subject, a speaker aside, a bare present predicate', [
  {
    text: 'Whether the ferry will run, officials said, remains unclear.',
    claims: [{ kind: 'indirect', source: 'officials', cue: 'said', content: ['Whether the ferry will run', 'remains unclear'] }],
  },
  {
    text: 'What the harbour board wants, aides say, matters less than the vote.',
    claims: [{ kind: 'indirect', source: 'aides', cue: 'say', content: ['What the harbour board wants', 'matters less than the vote'] }],
  },
  {
    text: 'How the toll came about, the clerk said, depends on whom you ask.',
    claims: [{ kind: 'indirect', source: 'the clerk', cue: 'said', content: ['How the toll came about', 'depends on whom you ask'] }],
  },
  {
    text: 'Whether the ferry will run, officials said, is unclear.',
    claims: [{ kind: 'indirect', source: 'officials', cue: 'said', content: ['Whether the ferry will run', 'is unclear'] }],
  },
]);

family('en precision 4. a relative "that" before a cue verb with an object', [
  {
    text: 'Letters that called him a traitor arrived daily.',
    claims: [{ kind: 'reported', source: 'that', cue: 'called', content: 'him a traitor' }],
  },
  {
    text: 'The leaflets that called Lindqvist a coward were burned.',
    claims: [{ kind: 'reported', source: 'that', cue: 'called', content: 'Lindqvist a coward' }],
  },
  {
    text: 'Posters that accused Okafor of theft appeared overnight.',
    claims: [{ kind: 'reported', source: 'that', cue: 'accused', content: 'Okafor of theft' }],
  },
  // (A past form before a plain noun after "that" is an adjective.)
  { text: 'The council looked into that alleged bribe.', claims: [] },
]);

family('en readings 5. a negated form of "be" in one token ("isn’t", "weren\'t")', [
  {
    text: 'Mayor Okafor isn’t saying whether the ferry will run.',
    claims: [{ kind: 'indirect', source: 'Mayor Okafor', cue: 'isn’t saying', content: 'whether the ferry will run' }],
  },
  {
    text: "The harbour board isn't saying if the tolls will rise.",
    claims: [{ kind: 'indirect', source: 'The harbour board', cue: "isn't saying", content: 'if the tolls will rise' }],
  },
  {
    text: 'Lindqvist wasn’t sure the vote was fair.',
    claims: [{ kind: 'indirect', source: 'Lindqvist', cue: 'wasn’t sure', content: 'the vote was fair' }],
  },
  {
    text: 'The dockers aren’t convinced that the pier is safe.',
    claims: [{ kind: 'indirect', source: 'The dockers', cue: 'aren’t convinced', content: 'the pier is safe' }],
  },
  { text: 'The ferry isn’t running on Sunday.', claims: [] },
  { text: "The pier wasn't finished when the ferry arrived.", claims: [] },
]);

family('en readings 6. an adjective of certainty with an indirect question', [
  {
    text: "The clerks weren't sure whether the toll was legal.",
    claims: [{ kind: 'indirect', source: 'The clerks', cue: "weren't sure", content: 'whether the toll was legal' }],
  },
  {
    text: 'Harbour staff are uncertain how the fees were set.',
    claims: [{ kind: 'indirect', source: 'Harbour staff', cue: 'are uncertain', content: 'how the fees were set' }],
  },
  {
    text: "The dockers aren't sure they've won the dispute.",
    claims: [{ kind: 'indirect', source: 'The dockers', cue: "aren't sure", content: "they've won the dispute" }],
  },
  // (An adjective that takes no question, a "to" infinitive or a noun phrase after "of" makes no claim.)
  { text: 'Lindqvist was happy whether or not it rained.', claims: [] },
  { text: 'Lindqvist is certain to win the harbour vote.', claims: [] },
  { text: 'She is sure of the date of the vote.', claims: [] },
]);

family('en readings 7. a past form after a number, before a clause or an object, is the verb', [
  {
    text: 'A harbour board leaflet in 1998 questioned whether the ferry was safe.',
    claims: [{ kind: 'indirect', source: 'A harbour board leaflet in 1998', cue: 'questioned', content: 'whether the ferry was safe' }],
  },
  {
    text: 'A study of ferry tolls in 2004 argued that the fees were too high.',
    claims: [{ kind: 'indirect', source: 'A study of ferry tolls in 2004', cue: 'argued', content: 'the fees were too high' }],
  },
  // (Before a noun it is an adjective: "400 pledged delegates".)
  { text: 'Okafor won 400 pledged delegates in the harbour towns.', claims: [] },
]);

family('en readings 8. a progressive after a contracted subject pronoun', [
  {
    text: 'He’s not saying what other fees the board would raise.',
    claims: [{ kind: 'indirect', source: 'He’s', cue: 'He’s not saying', content: 'what other fees the board would raise' }],
  },
  {
    text: "She's predicting the ferry will run on time.",
    claims: [{ kind: 'indirect', source: "She's", cue: "She's predicting", content: 'the ferry will run on time' }],
  },
  { text: 'He’s sailing to the island with the mayor tomorrow.', claims: [] },
]);
