/**
 * English attribution, round 9 (src/extract/attribution/en-cue-extent.ts, hooked from en.ts's tidySpans): how far
 * a cue reaches — a contracted auxiliary on a pronoun subject ("he’s said") belongs to the verb group, so the cue
 * takes the pronoun's token. Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r9 cue extent 1. a contracted auxiliary on a pronoun joins the cue', [
  {
    text: 'He’s said that the ferry will run again in May.',
    claims: [{ kind: 'indirect', source: 'He’s', cue: 'He’s said', content: 'the ferry will run again in May' }],
  },
  {
    text: "They've argued that the pier tax is unfair.",
    claims: [{ kind: 'indirect', source: "They've", cue: "They've argued", content: 'the pier tax is unfair' }],
  },
  {
    // Negative: the full auxiliary after a pronoun stays as it was (the pronoun is the source only).
    text: 'She has said that the harbour will close.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'has said', content: 'the harbour will close' }],
  },
  {
    // Negative: after a name the clitic is read as a possessive, and the cue stays the verb's.
    text: "Mayor Lund's aide said that the ferry was late.",
    claims: [{ kind: 'indirect', source: "Mayor Lund's aide", cue: 'said', content: 'the ferry was late' }],
  },
]);

family('en r9 cue extent 2. a manner or time adverb that closes the verb group joins the cue', [
  {
    text: '“The ferry will run,” Ms. Lund said dryly.',
    claims: [{ kind: 'direct', source: 'Ms. Lund', cue: 'said dryly', content: 'The ferry will run' }],
  },
  {
    text: 'Mr. Ek noted repeatedly that the pier tax was unfair.',
    claims: [{ kind: 'indirect', source: 'Mr. Ek', cue: 'noted repeatedly', content: 'the pier tax was unfair' }],
  },
  {
    // Negative: before a phrase the adverb stays out of the cue's reach ("said recently in an interview" keeps its cue).
    text: 'Ms. Lund said recently in an interview that the pier was closed.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'said in an interview', content: 'the pier was closed' }],
  },
]);

family('en r9 cue extent 3. a verb that declines, refuses, seeks or promises is the cue; its infinitive is the content', [
  {
    text: 'Mr. Ek declined to say whether the pier would close.',
    claims: [{ kind: 'reported', source: 'Mr. Ek', cue: 'declined', content: 'to say whether the pier would close' }],
  },
  {
    text: 'Ms. Lund has refused to say if she will run again.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'has refused', content: 'to say if she will run again' }],
  },
  {
    text: 'Ms. Lund promised to explain why the pier closed.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'promised', content: 'to explain why the pier closed' }],
  },
  {
    // Negative: an aspectual verb speaks through its infinitive, so the cue runs through it.
    text: 'Ms. Lund tried to explain that the pier had closed.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'tried to explain', content: 'the pier had closed' }],
  },
]);

family('en r9 cue extent 4. a particle after the cue verb joins the cue', [
  {
    text: '“The pier is a waste,” Mr. Ek wrote back.',
    claims: [{ kind: 'direct', source: 'Mr. Ek', cue: 'wrote back', content: 'The pier is a waste' }],
  },
]);

family('en cue extent 5. "agree to" before a noun phrase: the "to" joins the cue', [
  {
    text: 'The ferry company agreed to a $2 million settlement with the port.',
    claims: [{ kind: 'indirect', source: 'The ferry company', cue: 'agreed to', content: 'a $2 million settlement with the port' }],
  },
  {
    // Negative: an infinitive keeps its "to" in the content.
    text: 'The ferry company agreed to pay $2 million to the port.',
    claims: [{ kind: 'indirect', source: 'The ferry company', cue: 'agreed', content: 'to pay $2 million to the port' }],
  },
  {
    // Negative: another verb keeps the "to" of its listener in the content.
    text: 'Mayor Odum wrote to the harbour board that the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'Mayor Odum', cue: 'wrote', content: 'to the harbour board that the pier is unsafe' }],
  },
]);

family('en cue extent 6. a particle of a phrasal cue verb that would open the content joins the cue', [
  {
    text: 'Okafor talked up the plan on Tuesday.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'talked up', content: 'the plan on Tuesday' }],
  },
  {
    text: 'Lund remarked upon the cost of the ferry.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'remarked upon', content: 'the cost of the ferry' }],
  },
  {
    text: 'Ferro shouted out that the pier was closed.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'shouted out', content: 'that the pier was closed' }],
  },
  {
    // Negative: "up to" opens an amount, which stays in the content.
    text: 'Lund said up to 40 boats had sunk.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'up to 40 boats had sunk' }],
  },
  {
    // Negative: "out of" opens a phrase of its own.
    text: 'Okafor said out of respect that she would wait.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'said', content: 'out of respect that she would wait' }],
  },
]);

family('en cue extent 7. "on" that closes the clause after a cue verb joins it', [
  {
    text: '“The pier is unsafe,” Lund went on.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'went on', content: 'The pier is unsafe' }],
  },
  {
    text: '“The pier is unsafe,” she went on, as if nobody had heard her.',
    claims: [{ kind: 'direct', source: 'she', cue: 'went on', content: 'The pier is unsafe' }],
  },
  {
    // Negative: before a phrase "on" opens a time adjunct, which stays out of the cue.
    text: '“The pier is unsafe,” Lund said on Tuesday.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'said', content: 'The pier is unsafe' }],
  },
]);

family('en cue extent 8. a gathering after the verb ("at a news conference") stays out of the cue; a medium joins it', [
  {
    text: '“The pier will close,” Mr. Brandt said at a news conference.',
    claims: [{ kind: 'direct', source: 'Mr. Brandt', cue: 'said', content: 'The pier will close' }],
  },
  {
    text: 'Ms. Ferro said at a rally that the tolls would fall.',
    claims: [{ kind: 'indirect', source: 'Ms. Ferro', cue: 'said', content: 'the tolls would fall' }],
  },
  {
    text: 'Mr. Lund said during the debate with Ms. Okafor that the ferry would run.',
    claims: [{ kind: 'indirect', source: 'Mr. Lund', cue: 'said', content: 'the ferry would run' }],
  },
  {
    text: '“The pier will close,” Mr. Brandt said at a town hall meeting Tuesday.',
    claims: [{ kind: 'direct', source: 'Mr. Brandt', cue: 'said', content: 'The pier will close' }],
  },
  {
    // A bare time before the gathering stays with the verb.
    text: 'Ms. Ferro said Monday at a rally that the tolls would fall.',
    claims: [{ kind: 'indirect', source: 'Ms. Ferro', cue: 'said Monday', content: 'the tolls would fall' }],
  },
  {
    // Negative: a medium or the speaker's own act joins the cue.
    text: '“The pier will close,” Mr. Brandt said in a statement.',
    claims: [{ kind: 'direct', source: 'Mr. Brandt', cue: 'said in a statement', content: 'The pier will close' }],
  },
  {
    text: '“The pier will close,” Mr. Brandt said in a speech.',
    claims: [{ kind: 'direct', source: 'Mr. Brandt', cue: 'said in a speech', content: 'The pier will close' }],
  },
  {
    // Negative: "conference" that modifies a medium is no gathering ("a conference call").
    text: 'Ms. Ferro said on a conference call that the tolls would fall.',
    claims: [{ kind: 'indirect', source: 'Ms. Ferro', cue: 'said on a conference call', content: 'the tolls would fall' }],
  },
]);
