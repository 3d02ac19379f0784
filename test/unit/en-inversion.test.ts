/**
 * English attribution, round twenty-one, spec 5 (src/extract/attribution/en-inversion.ts): the direction of a claim
 * whose cue is a verb after a comma. Only a verb of saying inverts ("…, said the minister"); adjuncts fronted
 * before a subject and its apposition make no statement ("In March, Smith, the mayor, said …"). Every sentence is
 * written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 inversion 1. a verb that takes an object does not invert: the words after it are its object', [
  {
    text: 'In the 1990 race, Lund and his running mate, Ferro, criticized the harbour plan.',
    claims: [{ kind: 'reported', source: 'Lund and his running mate, Ferro', cue: 'criticized', content: 'the harbour plan' }],
  },
  {
    text: 'Lund listened while Ferro, the former treasurer, criticized the harbour plan.',
    claims: [{ kind: 'reported', source: 'Ferro, the former treasurer', cue: 'criticized', content: 'the harbour plan' }],
  },
]);

family('en r21 inversion 2. adjuncts fronted before a subject with its apposition: the subject speaks', [
  {
    text: 'In March, Smith, the mayor of the town, said the plan failed.',
    claims: [{ kind: 'indirect', source: 'Smith, the mayor of the town', cue: 'said', content: 'the plan failed' }],
  },
  {
    text: 'On Monday, the senator, a longtime critic of the deal, proposed raising the tax on fuel.',
    claims: [{ kind: 'reported', source: 'the senator, a longtime critic of the deal', cue: 'proposed', content: 'raising the tax on fuel' }],
  },
  {
    text: 'Still, Smith, who lost the race, said the plan failed.',
    claims: [{ kind: 'indirect', source: 'Smith, who lost the race', cue: 'said', content: 'the plan failed' }],
  },
  {
    text: 'In a letter on Tuesday, Mr. Ferro, the head of the union, criticized the new contract.',
    claims: [{ kind: 'reported', source: 'Mr. Ferro, the head of the union', cue: 'criticized', content: 'the new contract' }],
  },
]);

family('en r21 inversion 3. negative: verbs of saying still invert after a statement', [
  {
    text: 'Prices will rise, warned the governor.',
    claims: [{ kind: 'indirect', source: 'the governor', cue: 'warned', content: 'Prices will rise' }],
  },
  {
    text: 'The deal is dead, wrote Ms. Lund in a letter.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'wrote', content: 'The deal is dead' }],
  },
  {
    text: 'The levy is unfair, said Ms. Okafor, a teacher at the harbour school.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor, a teacher at the harbour school', cue: 'said', content: 'The levy is unfair' }],
  },
  {
    // A clause before the subject is a statement: "As it happens" has a subject pronoun.
    text: 'As it happens, the plan, in part, failed, said Smith.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'said', content: 'As it happens, the plan, in part, failed' }],
  },
]);

family('en r21 inversion 4. "ADJUNCT, X said": a fronted adjunct alone is no statement before its speaker', [
  {
    text: 'In an interview on Monday, Smith bragged about his success.',
    claims: [{ kind: 'reported', source: 'Smith', cue: 'bragged about', content: 'his success' }],
  },
  {
    text: 'In a speech last July, he said: We will win.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'We will win' }],
  },
  {
    // Negative: a clause after the adjunct is the statement.
    text: 'Of course, the plan failed, he said.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'Of course, the plan failed' }],
  },
]);

family('en r21 inversion 5. no subject found before a verb that does not invert: the main clause\'s subject speaks, the object stays content', [
  {
    text: 'Two lawsuits being weighed in Lindholm have accused the college of fraud.',
    claims: [{ kind: 'reported', source: 'Two lawsuits', cue: 'have accused', content: 'the college of fraud' }],
  },
  {
    text: "The harbour board, chaired by Ms. Lund, didn't second-guess the mayor's plan.",
    claims: [{ kind: 'reported', source: 'The harbour board', cue: "didn't second-guess", content: "the mayor's plan" }],
  },
]);

family('en r21 inversion 6. a relative pronoun is the subject past a manner adverb or a negation', [
  {
    text: 'The union, which largely supports the levy, met on Monday.',
    claims: [{ kind: 'reported', source: 'which', cue: 'largely supports', content: 'the levy' }],
  },
  {
    text: 'Older voters, who strongly support Ms. Lund, came out in force.',
    claims: [{ kind: 'reported', source: 'who', cue: 'strongly support', content: 'Ms. Lund' }],
  },
]);

family('en r21 inversion 7. the main clause\'s subject stands after adjuncts fronted before it', [
  {
    text: 'Still, Ms. Lund - who lost the vote and discussed a new plan with advisers on Friday - will run again.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'discussed', content: 'a new plan with advisers' }],
  },
  {
    text: 'On Monday, the mayor toured the pier, saying the repairs were done.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'saying', content: 'the repairs were done' }],
  },
]);

family('en r21 inversion 8. a name in -ly that opens the sentence is the subject, not a fronted adverb', [
  {
    text: 'Italy, the host nation, said the talks had failed.',
    claims: [{ kind: 'indirect', source: 'Italy, the host nation', cue: 'said', content: 'the talks had failed' }],
  },
  {
    text: 'Finally, the mayor, a former judge, said the pier was closed.',
    claims: [{ kind: 'indirect', source: 'the mayor, a former judge', cue: 'said', content: 'the pier was closed' }],
  },
]);
