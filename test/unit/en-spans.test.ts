/**
 * English span conventions (src/extract/attribution/en-spans.ts): the speaker is the noun phrase with its
 * appositions, without an aside between commas or the verbs of its clause; "…, said X" inverts only with a noun
 * phrase. Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en spans 1. an aside between commas is no part of the speaker', [
  {
    text: 'Ms. Okafor, meanwhile, said the ferry would keep running.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the ferry would keep running' }],
  },
  {
    text: 'Mr. Lindqvist, in Tromsø, said the harbour wall would be rebuilt.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'the harbour wall would be rebuilt' }],
  },
  {
    // Negative: an apposition opened by an article or a name stays with the speaker.
    text: 'Ana Ruiz, a spokeswoman for the port authority, said that the cranes were idle.',
    claims: [{ kind: 'indirect', source: 'Ana Ruiz, a spokeswoman for the port authority', cue: 'said', content: 'the cranes were idle' }],
  },
  {
    // Negative: "also" opens an apposition, not an aside.
    text: 'Pia Moen, also a member of the council, said the bridge was unsafe.',
    claims: [{ kind: 'indirect', source: 'Pia Moen, also a member of the council', cue: 'said', content: 'the bridge was unsafe' }],
  },
]);

family('en spans 2. "…, said X" inverts only with a noun phrase', [
  {
    // Not "C, said X": the words after the verb are a clause, so the name before it is the speaker.
    text: 'Tomas Berg, a senior adviser to the mayor, said the council will vote in May.',
    claims: [{ kind: 'indirect', source: 'Tomas Berg, a senior adviser to the mayor', cue: 'said', content: 'the council will vote in May' }],
  },
  {
    text: 'The council will vote in May, said the mayor.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'The council will vote in May' }],
  },
]);

family('en spans 3. the speaker ends before the verbs of its clause', [
  {
    // A participle cue takes the main clause's subject, without its verb group.
    text: 'Mr. Holm had the air of a winner, noting that the crisis was over.',
    claims: [{ kind: 'indirect', source: 'Mr. Holm', cue: 'noting', content: 'the crisis was over' }],
  },
  {
    // (The unveiling is an official act of its own, en-acts.ts.)
    text: 'The ferry company unveiled a new timetable, saying the crossing would be faster.',
    claims: [
      { kind: 'reported', source: 'The ferry company', cue: 'unveiled', content: 'a new timetable' },
      { kind: 'indirect', source: 'The ferry company', cue: 'saying', content: 'the crossing would be faster' },
    ],
  },
  {
    // Negative: a relative clause's verb is no end of the speaker.
    text: 'Lena Dahl, who runs the ferry company, said the crossing would close.',
    claims: [{ kind: 'indirect', source: 'Lena Dahl, who runs the ferry company', cue: 'said', content: 'the crossing would close' }],
  },
]);

family('en spans 4. a speaker phrase neither ends in nor opens with a function word', [
  {
    // A participle clause opened by a preposition names no speaker: the main clause's subject speaks.
    text: 'Turning to the budget, Mr. Ferreira said the school would stay open.',
    claims: [{ kind: 'indirect', source: 'Mr. Ferreira', cue: 'said', content: 'the school would stay open' }],
  },
]);

family('en spans 5. members named between commas belong to the speaker', [
  {
    text: 'Several ferry captains, including Mr. Holm and Ms. Berg, said the crossing was unsafe.',
    claims: [{ kind: 'indirect', source: 'Several ferry captains, including Mr. Holm and Ms. Berg', cue: 'said', content: 'the crossing was unsafe' }],
  },
  {
    text: 'Ms. Berg, along with two other pilots, said the crossing was unsafe.',
    claims: [{ kind: 'indirect', source: 'Ms. Berg, along with two other pilots', cue: 'said', content: 'the crossing was unsafe' }],
  },
]);

family('en spans 6. a speaker after "according to" ends before a clause', [
  {
    text: 'The crossing was closed, according to a report by the port authority, which cited safety concerns.',
    // (A relative clause that runs to the sentence end describes the speaker: no part of the content, a claim of its own.)
    claims: [
      { kind: 'indirect', source: 'a report by the port authority', cue: 'according to', content: 'The crossing was closed' },
      { kind: 'reported', source: 'which', cue: 'cited', content: 'safety concerns' },
    ],
  },
]);
