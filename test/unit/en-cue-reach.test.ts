/**
 * English attribution, round 15 (src/extract/attribution/en-cue-reach.ts, hooked from en.ts's tidySpans): how far a
 * cue reaches to the left of its verb — an infinitive cue keeps its "to" and the words that govern it, and a speech
 * act told by its means keeps the intransitive verb that frames it ("began by saying"). Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r15 cue reach 1. an infinitive cue keeps its "to" and what governs it', [
  {
    text: 'The mayor was quick to offer praise for the firefighters.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'was quick to offer praise for', content: 'the firefighters' }],
  },
  {
    text: 'Lund will be able to make the case for the tax.',
    claims: [{ kind: 'reported', source: 'Lund', cue: 'will be able to make the case for', content: 'the tax' }],
  },
  {
    text: 'Gore remains one of the last party leaders not to make a formal endorsement of Clinton.',
    claims: [{ kind: 'reported', source: 'Gore remains one', cue: 'not to make a formal endorsement of', content: 'Clinton' }],
  },
  {
    // Negative: a verb that is the act itself keeps its infinitive as content (en-cue-extent.ts).
    text: 'The mayor promised to explain the plan.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'promised', content: 'to explain the plan' }],
  },
  {
    // Negative: a catenative verb of the verb rules is unchanged.
    text: 'She went on to say that the pier would close.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'went on to say', content: 'the pier would close' }],
  },
]);

family('en r15 cue reach 2. a speech act told by its means keeps the verb that frames it', [
  {
    text: 'Ek concluded by thanking the volunteers.',
    claims: [{ kind: 'reported', source: 'Ek', cue: 'concluded by thanking', content: 'the volunteers' }],
  },
  {
    text: 'The senator began by saying that the budget was a disaster.',
    claims: [{ kind: 'indirect', source: 'The senator', cue: 'began by saying', content: 'the budget was a disaster' }],
  },
  {
    text: 'The mayor followed up by asking whether the ferry would run.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'followed up by asking', content: 'whether the ferry would run' }],
  },
  {
    text: 'Smith responded first by accusing Jones of lying.',
    claims: [{ kind: 'reported', source: 'Smith', cue: 'responded first by accusing', content: 'Jones of lying' }],
  },
  {
    // Negative: a transitive frame with its object stays out of the cue.
    text: 'Ek ended his speech by thanking the volunteers.',
    claims: [{ kind: 'reported', source: 'Ek', cue: 'thanking', content: 'the volunteers' }],
  },
]);

family('en r15 cue reach 3. words before the verb that the verb group misses', [
  {
    text: 'Ek, having referred to the report, said it was wrong.',
    claims: [
      { kind: 'indirect', source: 'Ek', cue: 'having referred to', content: 'the report' },
      { kind: 'indirect', source: 'Ek', cue: 'said', content: 'it was wrong' },
    ],
  },
  {
    // A title-case headline: the capitalized manner adverb is the verb's, not the subject's.
    text: 'Trump Finally Endorses Ryan For Speaker.',
    claims: [{ kind: 'reported', source: 'Trump', cue: 'Finally Endorses', content: 'Ryan For Speaker' }],
  },
  {
    // Negative: a name in running text before a lower-case verb keeps its word.
    text: 'Kelly Early said that the pier was closed.',
    claims: [{ kind: 'indirect', source: 'Kelly Early', cue: 'said', content: 'the pier was closed' }],
  },
  {
    // A word in capitals after a speaker in capitals is part of the name ("USA TODAY"), not the adverb.
    text: 'USA TODAY reported that the pier was closed.',
    claims: [{ kind: 'indirect', source: 'USA TODAY', cue: 'reported', content: 'the pier was closed' }],
  },
]);

family('en r15 cue reach 4. "Having said that," and "That said," are connectives', [
  {
    text: 'Having said that, some economists argue that the pier tax is too low.',
    claims: [{ kind: 'indirect', source: 'some economists', cue: 'argue', content: 'the pier tax is too low' }],
  },
  {
    text: 'That said, the mayor insisted the pier was safe.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'insisted', content: 'the pier was safe' }],
  },
  {
    // Negative: "that" opening a clause after "said" is its complement.
    text: 'Ek said that the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Ek', cue: 'said', content: 'the pier was safe' }],
  },
]);

family('en r15 cue reach 5. a manner phrase with "with" that closes the verb group joins the cue', [
  {
    text: '“The pier is safe,” Ek said with a laugh.',
    claims: [{ kind: 'direct', source: 'Ek', cue: 'said with a laugh', content: 'The pier is safe' }],
  },
  {
    text: 'Ek explained with a wry smile that the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Ek', cue: 'explained with a wry smile', content: 'the pier was safe' }],
  },
  {
    // Negative: a phrase that does not close the clause ("with a group of …") stays out.
    text: '“The pier is safe,” Ek said with a group of workers behind him.',
    claims: [{ kind: 'direct', source: 'Ek', cue: 'said', content: 'The pier is safe' }],
  },
]);

family('en r15 cue reach 6. a quantified object up to its topic preposition joins the cue', [
  {
    text: 'Ek has said little about the plan.',
    claims: [{ kind: 'indirect', source: 'Ek', cue: 'has said little about', content: 'the plan' }],
  },
  {
    text: 'The mayor says nothing about the ferry.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'says nothing about', content: 'the ferry' }],
  },
  {
    text: 'The council has shown no interest in the pier.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'has shown no interest in', content: 'the pier' }],
  },
  {
    // Negative: "more" before a noun determines a plain object.
    text: 'The mayor wants more funding for schools.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'wants', content: 'more funding for schools' }],
  },
  {
    // Negative: a thing, not an attitude, after "no".
    text: 'The audit found no record of the payment.',
    claims: [{ kind: 'indirect', source: 'The audit', cue: 'found', content: 'no record of the payment' }],
  },
]);
