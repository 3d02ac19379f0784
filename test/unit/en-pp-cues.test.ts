/**
 * English phrasal cue verbs (spec 2, round 15; src/extract/attribution/en-phrasal.ts, the `# spec 2 (r15)` block of
 * src/lang/en/cue-verbs.tsv): the particle right after the verb belongs to the cue and what follows it must fit the
 * verb's frame. Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en phrasal 1. a particle and a noun-phrase object', [
  {
    text: 'Governor Aldane later walked back his remarks about the ferry tax.',
    claims: [{ kind: 'reported', source: 'Governor Aldane', cue: 'later walked back', content: 'his remarks about the ferry tax' }],
  },
  {
    text: 'The mayor has walked back her pledge to cut tolls.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has walked back', content: 'her pledge to cut tolls' }],
  },
  {
    text: 'The union singles out Mayor Lindqvist for the toll increase.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'singles out', content: 'Mayor Lindqvist for the toll increase' }],
  },
  {
    text: 'Mayor Lindqvist played down the idea of a second bridge.',
    claims: [{ kind: 'reported', source: 'Mayor Lindqvist', cue: 'played down', content: 'the idea of a second bridge' }],
  },
  {
    text: 'The campaign plays down the new poll.',
    claims: [{ kind: 'reported', source: 'The campaign', cue: 'plays down', content: 'the new poll' }],
  },
  {
    text: 'Several economists cautioned against reading too much into the figures.',
    claims: [{ kind: 'reported', source: 'Several economists', cue: 'cautioned against', content: 'reading too much into the figures' }],
  },
  {
    text: 'The two candidates sparred over the harbour budget.',
    claims: [{ kind: 'reported', source: 'The two candidates', cue: 'sparred over', content: 'the harbour budget' }],
  },
  {
    text: 'Mayor Lindqvist ticked off a list of his achievements.',
    claims: [{ kind: 'reported', source: 'Mayor Lindqvist', cue: 'ticked off', content: 'a list of his achievements' }],
  },
  {
    text: 'Ms. Okafor also touched on the toll increase.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'also touched on', content: 'the toll increase' }],
  },
  {
    text: 'Brackwater and Lindholm spar over whether the ferry belongs to the port.',
    claims: [{ kind: 'indirect', source: 'Brackwater and Lindholm', cue: 'spar over', content: 'whether the ferry belongs to the port' }],
  },
  {
    text: "The comedian poked fun at the mayor's new hat.",
    claims: [{ kind: 'reported', source: 'The comedian', cue: 'poked fun at', content: "the mayor's new hat" }],
  },
  { text: 'Do not poke the fire.', claims: [] },
  // No object after the particle: a motion or a place, no speech.
  { text: 'Councillor Brisk walked back to the town hall after the vote.', claims: [] },
  { text: 'The band played down by the river.', claims: [] },
  { text: 'She touched the ferry railing.', claims: [] },
  { text: 'He played the piano at the gala.', claims: [] },
]);

family('en phrasal 2. a particle and a preposition', [
  {
    text: 'The campaign pushed back on those claims.',
    claims: [{ kind: 'reported', source: 'The campaign', cue: 'pushed back on', content: 'those claims' }],
  },
  {
    text: "Okafor's office pushed back against the report.",
    claims: [{ kind: 'reported', source: "Okafor's office", cue: 'pushed back against', content: 'the report' }],
  },
  {
    text: 'Senator Okafor came out against the ferry tax on Monday.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'came out against', content: 'the ferry tax' }],
  },
  {
    text: 'The harbour board has railed against what it calls a toll cartel.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'has railed against', content: 'what it calls a toll cartel' }],
  },
  {
    text: 'The senator would advocate for a new bridge.',
    claims: [{ kind: 'reported', source: 'The senator', cue: 'would advocate for', content: 'a new bridge' }],
  },
  {
    text: 'The union continues to advocate for higher wages.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'continues to advocate for', content: 'higher wages' }],
  },
  // "She pushed for a vote" keeps its one-word reading; the particle without its preposition is no cue.
  {
    text: 'She pushed for a vote on the bridge.',
    claims: [{ kind: 'reported', source: 'She', cue: 'pushed for', content: 'a vote on the bridge' }],
  },
  { text: 'The council pushed back the date of the vote.', claims: [] },
  { text: 'The farmers came out in large numbers.', claims: [] },
  { text: 'The ferry came out of the fog at noon.', claims: [] },
  // A clause after the one-word reading of a verb that also has a phrasal one.
  {
    text: 'Several experts cautioned, as did the campaign itself, that the tax plan might change.',
    claims: [{ kind: 'indirect', source: 'Several experts', cue: 'cautioned', content: 'the tax plan might change' }],
  },
]);

family('en phrasal 3. retreating from a position', [
  {
    text: 'Mayor Lindqvist backed off some of his toll proposals.',
    claims: [{ kind: 'reported', source: 'Mayor Lindqvist', cue: 'backed off', content: 'some of his toll proposals' }],
  },
  {
    text: 'The senator was backing down from her plan to close the port.',
    claims: [{ kind: 'reported', source: 'The senator', cue: 'was backing down from', content: 'her plan to close the port' }],
  },
  {
    text: 'The union backed the mayor.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'backed', content: 'the mayor' }],
  },
  { text: 'The council backed off, replacing the toll with a fee.', claims: [] },
  { text: 'The harbour board eventually backed down, but the mayor kept quiet.', claims: [] },
]);

family('en phrasal 4. a topic preposition before a noun with a relative clause', [
  // The verb's own preposition opens its topic, not an occasion before a "that" clause ("said in a statement that …").
  {
    text: 'Governor Aldane backed away from a pledge that he would cut tolls.',
    claims: [{ kind: 'reported', source: 'Governor Aldane', cue: 'backed away from', content: 'a pledge that he would cut tolls' }],
  },
  {
    text: 'Okafor called for a law that would ban the ferries.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'called for', content: 'a law that would ban the ferries' }],
  },
  {
    text: 'Okafor said in a statement that the ferries would stop.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'said in a statement', content: 'the ferries would stop' }],
  },
]);

family('en phrasal 5. "in favor of" and "in support of" as a topic preposition', [
  {
    text: 'Senator Okafor voted in favor of the ferry bill on Monday.',
    claims: [{ kind: 'reported', source: 'Senator Okafor', cue: 'voted in favor of', content: 'the ferry bill' }],
  },
  {
    text: 'The mayor has spoken out in support of the toll cut.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has spoken out in support of', content: 'the toll cut' }],
  },
  {
    text: 'She also argued in favor of a second bridge.',
    claims: [{ kind: 'reported', source: 'She', cue: 'also argued in favor of', content: 'a second bridge' }],
  },
  {
    text: 'Brackwater voters will vote in favor of the measure.',
    claims: [{ kind: 'reported', source: 'Brackwater voters', cue: 'will vote in favor of', content: 'the measure' }],
  },
  { text: 'The vote in favor of the bill was close.', claims: [] },
  { text: 'The harbour PAC raised millions in support of Okafor.', claims: [] },
  { text: 'After weeks of protests in favor of the mayor, the council met.', claims: [] },
]);
