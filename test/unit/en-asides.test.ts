/**
 * Round fourteen, spec 1: asides around a speaker (en-asides.ts): a phrase cue between a subject and its
 * predicate, a relative clause on the speaker of "according to", a clause as subject split by a parenthetical
 * speaker, coordinated verbs of saying and a content opened by "once". Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en asides 1. a phrase cue between the subject and its predicate', [
  {
    text: 'Mayor Lund, as reported by the Harbour Gazette, paid no taxes for years.',
    claims: [{ kind: 'indirect', source: 'the Harbour Gazette', cue: 'as reported by', content: ['Mayor Lund', 'paid no taxes for years'] }],
  },
  {
    text: 'The ferry company, according to the Tidewater Times, lost two million dollars.',
    claims: [{ kind: 'indirect', source: 'the Tidewater Times', cue: 'according to', content: ['The ferry company', 'lost two million dollars'] }],
  },
  {
    text: 'The council, according to two aides, wrote the budget itself.',
    claims: [{ kind: 'indirect', source: 'two aides', cue: 'according to', content: ['The council', 'wrote the budget itself'] }],
  },
  {
    text: 'Ada Brisk, according to her lawyer, spent the night in Kelso.',
    claims: [{ kind: 'indirect', source: 'her lawyer', cue: 'according to', content: ['Ada Brisk', 'spent the night in Kelso'] }],
  },
  {
    text: 'The pier, as first reported by the Kelso Herald, sold for a dollar.',
    claims: [{ kind: 'indirect', source: 'the Kelso Herald', cue: 'as first reported by', content: ['The pier', 'sold for a dollar'] }],
  },
  {
    text: 'The harbour board, according to minutes of the meeting, met in secret.',
    claims: [{ kind: 'indirect', source: 'minutes of the meeting', cue: 'according to', content: ['The harbour board', 'met in secret'] }],
  },
  {
    text: 'The race, according to Ada Brisk, is rigged.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'according to', content: ['The race', 'is rigged'] }],
  },
  // At the end of the sentence the speaker runs to its end; opening the sentence it ends at the comma.
  {
    text: 'The ferry company lost two million dollars, according to the Tidewater Times.',
    claims: [{ kind: 'indirect', source: 'the Tidewater Times', cue: 'according to', content: 'The ferry company lost two million dollars' }],
  },
  {
    text: 'According to the Tidewater Times, the ferry company lost two million dollars.',
    claims: [{ kind: 'indirect', source: 'the Tidewater Times', cue: 'According to', content: 'the ferry company lost two million dollars' }],
  },
  // No phrase cue, no claim: "as" of comparison, "according to plan".
  { text: 'The mayor, as usual, paid the bill.', claims: [] },
  { text: 'The ferry, as expected by everyone in Kelso, ran late.', claims: [] },
]);

family('en asides 2. a relative clause on the speaker of a phrase cue', [
  {
    text: 'According to a senior aide who asked not to be named, the speech was rewritten twice.',
    claims: [{ kind: 'indirect', source: 'a senior aide who asked not to be named', cue: 'According to', content: 'the speech was rewritten twice' }],
  },
  {
    text: 'According to an official who spoke on condition of anonymity, the ferry deal collapsed.',
    claims: [{ kind: 'indirect', source: 'an official who spoke on condition of anonymity', cue: 'According to', content: 'the ferry deal collapsed' }],
  },
  {
    text: 'According to aides who were in the room, Mayor Lund shouted at the staff.',
    claims: [{ kind: 'indirect', source: 'aides who were in the room', cue: 'According to', content: 'Mayor Lund shouted at the staff' }],
  },
  {
    text: 'According to residents who lost their homes, the pumps never started.',
    claims: [{ kind: 'indirect', source: 'residents who lost their homes', cue: 'According to', content: 'the pumps never started' }],
  },
  {
    text: 'According to a report that the council released on Monday, the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'a report that the council released on Monday', cue: 'According to', content: 'the pier is unsafe' }],
  },
  {
    text: 'Mayor Lund, according to aides who were in the room, shouted at the staff.',
    claims: [{ kind: 'indirect', source: 'aides who were in the room', cue: 'according to', content: ['Mayor Lund', 'shouted at the staff'] }],
  },
  {
    text: 'The ferry deal collapsed, according to an official who spoke on condition of anonymity.',
    claims: [{ kind: 'indirect', source: 'an official who spoke on condition of anonymity', cue: 'according to', content: 'The ferry deal collapsed' }],
  },
  {
    text: 'According to people familiar with the talks, the ferry deal collapsed.',
    claims: [{ kind: 'indirect', source: 'people familiar with the talks', cue: 'According to', content: 'the ferry deal collapsed' }],
  },
  // A relative clause without a comma after it runs to the sentence end: no statement of its own.
  { text: 'The aides who were in the room, the mayor and the captain walked to the pier.', claims: [] },
  { text: 'The aides who were in the room left early, and the mayor stayed.', claims: [] },
]);

family('en asides 3. a clause as subject split by its speaker', [
  {
    text: 'What Mayor Lund wants, aides say, is a quick win.',
    claims: [{ kind: 'indirect', source: 'aides', cue: 'say', content: ['What Mayor Lund wants', 'is a quick win'] }],
  },
  {
    text: 'How the money was spent, investigators say, is still unknown.',
    claims: [{ kind: 'indirect', source: 'investigators', cue: 'say', content: ['How the money was spent', 'is still unknown'] }],
  },
  {
    text: 'What the council decided, residents said, was never published.',
    claims: [{ kind: 'indirect', source: 'residents', cue: 'said', content: ['What the council decided', 'was never published'] }],
  },
  {
    text: 'Why the ferry stopped, the captain said, will be clear on Monday.',
    claims: [{ kind: 'indirect', source: 'the captain', cue: 'said', content: ['Why the ferry stopped', 'will be clear on Monday'] }],
  },
  {
    text: 'The harbour bill, supporters argue, would create jobs.',
    claims: [{ kind: 'indirect', source: 'supporters', cue: 'argue', content: ['The harbour bill', 'would create jobs'] }],
  },
  // A subordinate clause before the speaker is no subject, but part of the statement: the speaker speaks for the
  // whole sentence, the aside left out (round 15, spec 4: en-clause-asides.ts).
  {
    text: 'If the bill passes, the minister said, the pier will close.',
    claims: [{ kind: 'indirect', source: 'the minister', cue: 'said', content: ['If the bill passes', 'the pier will close'] }],
  },
  {
    text: 'When the ferry arrives, the captain said, the crew will rest.',
    claims: [{ kind: 'indirect', source: 'the captain', cue: 'said', content: ['When the ferry arrives', 'the crew will rest'] }],
  },
  { text: 'What the council decided was never published.', claims: [] },
  { text: 'What the ferry needs is a new engine.', claims: [] },
  { text: 'How the money was spent, and by whom, is still unknown.', claims: [] },
]);

family('en asides 4. coordinated verbs of saying', [
  {
    text: 'The senator said and repeated that he would not resign.',
    claims: [{ kind: 'indirect', source: 'The senator', cue: 'said and repeated', content: 'he would not resign' }],
  },
  {
    text: 'Mayor Lund has argued and continues to argue that the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'has argued and continues to argue', content: 'the pier is unsafe' }],
  },
  {
    text: 'The captain claimed and later insisted that the engine had failed.',
    claims: [{ kind: 'indirect', source: 'The captain', cue: 'claimed and later insisted', content: 'the engine had failed' }],
  },
  {
    text: 'Ada Brisk wrote and said that the vote was rigged.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'wrote and said', content: 'the vote was rigged' }],
  },
  {
    text: 'The council admitted and confirmed that the pumps never started.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'admitted and confirmed', content: 'the pumps never started' }],
  },
  {
    text: 'The mayor argued and warned that the ferry would stop.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'argued and warned', content: 'the ferry would stop' }],
  },
  // A second speaker or a verb that takes no clause is no coordinated cue.
  {
    text: 'The senator said the ferry was late and the captain agreed.',
    claims: [{ kind: 'indirect', source: 'The senator', cue: 'said', content: 'the ferry was late' }],
  },
  { text: 'The captain ate and slept on the ferry.', claims: [] },
  { text: 'The mayor and the captain walked to the pier.', claims: [] },
]);

family('en asides 5. a content opened by a subordinator', [
  {
    text: 'Governor Lund said once the primaries end, the party will unite.',
    claims: [{ kind: 'indirect', source: 'Governor Lund', cue: 'said', content: 'once the primaries end, the party will unite' }],
  },
  {
    text: 'The captain said once the storm passes, the ferry will run again.',
    claims: [{ kind: 'indirect', source: 'The captain', cue: 'said', content: 'once the storm passes, the ferry will run again' }],
  },
  {
    text: 'Judge Brisk, in her dissent, said just because the harm was not obvious did not mean it was legal.',
    claims: [{ kind: 'indirect', source: 'Judge Brisk', cue: 'said', content: 'just because the harm was not obvious did not mean it was legal' }],
  },
  {
    text: 'The mayor said while he respects the court, the ruling was wrong.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'while he respects the court, the ruling was wrong' }],
  },
  {
    text: 'Ada Brisk said unless the council acts, the pier will fall.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'said', content: 'unless the council acts, the pier will fall' }],
  },
  // "once" as an adverb of time belongs to the cue's clause, not the content.
  {
    text: 'The captain said once that the ferry was safe.',
    claims: [{ kind: 'indirect', source: 'The captain', cue: 'said', content: 'the ferry was safe' }],
  },
  { text: 'Once the storm passes, the ferry will run again.', claims: [] },
]);

family('en asides 6. a parenthetical speaker inside the clause', [
  {
    text: 'Six months ago, the senator said, the newspapers called him a fringe candidate.',
    claims: [{ kind: 'indirect', source: 'the senator', cue: 'said', content: ['Six months ago', 'the newspapers called him a fringe candidate'] }],
  },
  {
    text: 'Captain Brisk, they said, ordered the crew to wait.',
    claims: [{ kind: 'indirect', source: 'they', cue: 'said', content: ['Captain Brisk', 'ordered the crew to wait'] }],
  },
  {
    text: 'The outreach, the aides said, raised new worries about the pier.',
    claims: [{ kind: 'indirect', source: 'the aides', cue: 'said', content: ['The outreach', 'raised new worries about the pier'] }],
  },
  {
    text: 'Many nights, former employees said, she stayed at the office past midnight.',
    claims: [{ kind: 'indirect', source: 'former employees', cue: 'said', content: ['Many nights', 'she stayed at the office past midnight'] }],
  },
  {
    text: 'The Kelso Herald, Mayor Lund said, called the vote a disgrace.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'said', content: ['The Kelso Herald', 'called the vote a disgrace'] }],
  },
  {
    text: 'The race, Ada Brisk has said, is rigged.',
    claims: [{ kind: 'indirect', source: 'Ada Brisk', cue: 'has said', content: ['The race', 'is rigged'] }],
  },
  {
    text: 'The harbour froze early, but the pumps were so old, the engineer noted, that nobody could start them.',
    claims: [{ kind: 'indirect', source: 'the engineer', cue: 'noted', content: ['the pumps were so old', 'that nobody could start them'] }],
  },
  {
    text: 'Over the years, she said, the ferry has helped her stay in touch with Kelso.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: ['Over the years', 'the ferry has helped her stay in touch with Kelso'] }],
  },
  {
    text: 'Over the years, she said, the ferry has kept her in touch with Kelso – although the fares rose twice.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'said', content: ['Over the years', 'the ferry has kept her in touch with Kelso'] }],
  },
  {
    text: 'The pier, the mayor said on Tuesday, will close in May.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: ['The pier', 'will close in May'] }],
  },
  {
    text: 'The minutes show, the clerk said in a telephone interview, that the board met in secret.',
    claims: [{ kind: 'indirect', source: 'the clerk', cue: 'said', content: ['The minutes show', 'that the board met in secret'] }],
  },
  {
    text: 'And, as the Kelso Herald previously reported, Mayor Lund is the largest donor.',
    claims: [{ kind: 'indirect', source: 'the Kelso Herald', cue: 'previously reported', content: 'Mayor Lund is the largest donor' }],
  },
  {
    text: 'The pier is safe, given that, as the Kelso Herald reported on Saturday, the engineers have signed it off.',
    claims: [{ kind: 'indirect', source: 'the Kelso Herald', cue: 'reported', content: 'the engineers have signed it off' }],
  },
  {
    text: 'Captain Brisk, as the Kelso Herald reported, met the mayor.',
    claims: [{ kind: 'indirect', source: 'the Kelso Herald', cue: 'reported', content: ['Captain Brisk', 'met the mayor'] }],
  },
  // No speaker between the commas, a comment of the writer after it, or a noun that looks like a verb: no such claim.
  { text: 'A quarter of the cost, per the harbour plan, is forty dollars.', claims: [] },
  { text: 'The ferry, the pier and the harbour closed on Monday.', claims: [] },
  { text: 'Mayor Lund, the captain and the engineer walked to the pier.', claims: [] },
]);
