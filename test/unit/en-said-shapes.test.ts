/**
 * Known verbs of saying in shapes that made no claim or a wrong one (round eleven, src/extract/attribution/
 * en-short-clause.ts, en-adding.ts, en-relative-subject.ts): two-word contents that close the sentence, a
 * participle with its quotation after "X said,", relative clauses with a bare subject before the verb, free
 * relatives ("what X told Y"). Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const said = (text: string, source: string, cue: string, content: string | string[]): Case => ({ text, claims: [{ kind: 'indirect', source, cue, content }] });
const none = (text: string): Case => ({ text, claims: [] });

family('en said shapes 1. a two-word clause closing the sentence', [
  said('Ms. Varga said Lindqvist won.', 'Ms. Varga', 'said', 'Lindqvist won'),
  said('The councillor said prices rose.', 'The councillor', 'said', 'prices rose'),
  said('Mr. Ekdahl said it works.', 'Mr. Ekdahl', 'said', 'it works'),
  said('Harbour officials said nobody died.', 'Harbour officials', 'said', 'nobody died'),
  said('Ms. Varga said everyone knows.', 'Ms. Varga', 'said', 'everyone knows'),
  said('The mayor said the ferry sank.', 'The mayor', 'said', 'the ferry sank'),
  said('A new survey shows that Lindqvist leads.', 'A new survey', 'shows', 'Lindqvist leads'),
  said('The audit found that Lindqvist leads.', 'The audit', 'found', 'Lindqvist leads'),
]);

family('en said shapes 2. negative: two words that are no clause', [
  none('Ms. Varga said Lindqvist Monday.'),
  none('Mr. Ekdahl told reporters yesterday.'),
  none('Mr. Ekdahl said it again.'),
  none('Mr. Ekdahl told Lindqvist supporters.'),
  none('That said, the ferry works.'),
]);

/** 'The ferry will run, <speech clause>, adding …': the main claim and the participle's, both of the speaker. */
const adding = (clause: string, source: string, cue: string, after: string, kind: 'direct' | 'indirect', content: string): Case => ({
  text: `The ferry will run, ${clause}, ${after}`,
  claims: [
    { kind: 'indirect', source, cue, content: 'The ferry will run' },
    { kind, source, cue: 'adding', content },
  ],
});

family('en said shapes 3. a participle with its quotation after the speech clause', [
  adding('Ms. Varga said', 'Ms. Varga', 'said', 'adding, "It is settled."', 'direct', 'It is settled.'),
  adding('Ms. Varga said', 'Ms. Varga', 'said', 'adding: "It is settled."', 'direct', 'It is settled.'),
  // Inverted: the speaker after the verb; a verb of telling with its listener.
  adding('said Ms. Varga', 'Ms. Varga', 'said', 'adding, "It is settled."', 'direct', 'It is settled.'),
  adding('the councillor told reporters', 'the councillor', 'told', 'adding, "It is settled."', 'direct', 'It is settled.'),
  // Without a quotation (as before).
  adding('Ms. Varga said', 'Ms. Varga', 'said', 'adding that fares would rise.', 'indirect', 'fares would rise'),
]);

family('en said shapes 4. relative clauses with a bare subject before the verb of saying', [
  said('It was a plan that some say will fail.', 'some', 'say', ['that', 'will fail']),
  said('The board passed rules that critics say target fishermen.', 'critics', 'say', ['that', 'target fishermen']),
  // A restrictive relative ends before the main clause's verb.
  said('The man who police say stole the boat was arrested.', 'police', 'say', ['who', 'stole the boat']),
  said('The ferry, which many believe will fail, sailed.', 'many', 'believe', ['which', 'will fail']),
]);

family('en said shapes 5. free relatives: "what X told Y"', [
  said('That is not what Ms. Varga told reporters on Monday.', 'Ms. Varga', 'told', 'what'),
  said('The statement conflicted with what Mr. Ekdahl told the Harbour Times.', 'Mr. Ekdahl', 'told', 'what'),
  // A clause after the verb belongs to the content.
  said('What he said was wrong.', 'he', 'said', ['What', 'was wrong']),
]);

family('en said shapes 6. a verb after an indefinite noun in a prepositional phrase of a plural subject', [
  said('Voters in each district say the ferry is late.', 'Voters in each district', 'say', 'the ferry is late'),
  none('Reporters on a conference call asked questions.'),
]);

family('en said shapes 7. short answers; an imperative of asking has no speaker', [
  said('He said probably not.', 'He', 'said', 'probably not'),
  said('She said maybe so.', 'She', 'said', 'maybe so'),
  none('Ask him about the ferry.'),
  none('Tell them the truth.'),
]);

family('en said shapes 8. a speaker after a quotation with an apposition and a relative clause', [
  {
    text: '"The ferry is late," Lena Holm, of Lindholm, who sails daily, said.',
    claims: [{ kind: 'direct', source: 'Lena Holm, of Lindholm, who sails daily', cue: 'said', content: 'The ferry is late' }],
    todo: 'the claim is found, its source is the name alone ("Lena Holm")',
  },
]);

family('en said shapes 9. a cue word after a past verb of saying opens its clause', [
  said('Harbour officials said talks failed.', 'Harbour officials', 'said', 'talks failed'),
  said('Ms. Varga said reports show the ferry is late.', 'Ms. Varga', 'said', 'reports show the ferry is late'),
]);
