/**
 * English cue nouns with a topic after their preposition (round 21; src/extract/attribution/en-nouns.ts and
 * en-noun-frames.ts, lexicon src/lang/en/cue-nouns.tsv): nouns of public speaking ("speech on", "message of",
 * "rhetoric about"), of counsel and advocacy ("advice on", "push for"), of public argument ("debate over"), more
 * topic prepositions for nouns already read ("criticism over", "views about", "proposal on"), and a topic that
 * ends where an earlier claim's words begin. Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en noun topics 1. nouns of speaking, counsel and advocacy with a possessive speaker', [
  {
    text: "Mayor Okafor's speech on the harbour tolls drew a large crowd.",
    claims: [{ kind: 'reported', source: "Mayor Okafor's", cue: 'speech on', content: 'the harbour tolls' }],
  },
  {
    text: 'His speeches about the ferry were long.',
    claims: [{ kind: 'reported', source: 'His', cue: 'speeches about', content: 'the ferry' }],
  },
  {
    text: "The governor's push for a new stadium stalled in the council.",
    claims: [{ kind: 'reported', source: "The governor's", cue: 'push for', content: 'a new stadium' }],
  },
  {
    text: 'Her advice on the merger was ignored.',
    claims: [{ kind: 'reported', source: 'Her', cue: 'advice on', content: 'the merger' }],
  },
  {
    text: 'Their rhetoric about migrants has hardened.',
    claims: [{ kind: 'reported', source: 'Their', cue: 'rhetoric about', content: 'migrants' }],
  },
  {
    text: "Okafor's views about free trade are well known.",
    claims: [{ kind: 'reported', source: "Okafor's", cue: 'views about', content: 'free trade' }],
  },
]);

family('en noun topics 2. the speaker as the subject of a light verb or of the verb before the possessive', [
  {
    text: 'The council has since revised its proposal on the pier.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'revised its proposal on', content: 'the pier' }],
  },
  {
    text: 'The councillors held a long debate about the tolls on Monday.',
    claims: [{ kind: 'reported', source: 'The councillors', cue: 'held a long debate about', content: 'the tolls' }],
  },
]);

family('en noun topics 3. a debate or criticism without a speaker, after a verb or a preposition', [
  {
    text: 'Voters remain divided amid a bitter debate over the tolls.',
    claims: [{ kind: 'unattributed', source: null, cue: 'debate over', content: 'the tolls' }],
  },
  {
    text: 'The senator faced criticism over her vote on the pier.',
    claims: [{ kind: 'unattributed', source: null, cue: 'criticism over', content: 'her vote on the pier' }],
  },
]);

family('en noun topics 4. the topic ends where the main clause’s claim begins', [
  {
    text: "Okafor's harsh criticism of the harbour board suggests that the council is split.",
    claims: [
      { kind: 'reported', source: "Okafor's", cue: 'harsh criticism of', content: 'the harbour board' },
      { kind: 'indirect', source: "Okafor's harsh criticism of the harbour board", cue: 'suggests', content: 'the council is split' },
    ],
  },
]);

family('en noun topics 5. no claim: an audience, a time, a thing, or the noun phrase as the subject', [
  { text: 'She gave a speech to the union on Friday.', claims: [] },
  { text: 'The text messages on his phone were deleted.', claims: [] },
  { text: 'The debate on Tuesday was watched by millions.', claims: [] },
  { text: 'The debate over the tolls dominated the session.', claims: [] },
]);

family('en noun topics 6. a topic that opens with a quotation of the speaker’s words', [
  {
    text: 'Okafor renewed his call for “a complete ban” on night fishing.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'renewed his call for', content: '“a complete ban” on night fishing' }],
  },
  {
    text: 'The mayor delivered a passionate defense of “harbour values” at the dinner.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'delivered a passionate defense of', content: '“harbour values” at the dinner' }],
  },
]);

family('en noun topics 7. opposition and endorsements without a speaker, after a preposition', [
  {
    text: 'The plan stalled amid fierce opposition to the tolls.',
    claims: [{ kind: 'unattributed', source: null, cue: 'opposition to', content: 'the tolls' }],
  },
  {
    text: 'Lund won the race despite tepid endorsements of his platform.',
    claims: [{ kind: 'unattributed', source: null, cue: 'endorsements of', content: 'his platform' }],
  },
  // "attacks" names a physical attack too often to make a claim without a speaker.
  { text: 'The crew tied the boat despite attacks on the pier.', claims: [] },
]);

family('en noun topics 8. nouns of judgement, portrayal, wanting and disparaging speech; plurals', [
  {
    text: "Okafor's unusually sharp public criticism of the board surprised everyone.",
    claims: [{ kind: 'reported', source: "Okafor's", cue: 'unusually sharp public criticism of', content: 'the board' }],
  },
  {
    text: 'Her interpretation of the harbour law was disputed.',
    claims: [{ kind: 'reported', source: 'Her', cue: 'interpretation of', content: 'the harbour law' }],
  },
  {
    text: 'His denunciation of the toll plan drew applause.',
    claims: [{ kind: 'reported', source: 'His', cue: 'denunciation of', content: 'the toll plan' }],
  },
  {
    text: "The fishermen's desire for a new pier is well known.",
    claims: [{ kind: 'reported', source: "The fishermen's", cue: 'desire for', content: 'a new pier' }],
  },
  {
    text: "Lund made several jibes about the mayor's boat.",
    claims: [{ kind: 'reported', source: 'Lund', cue: 'made several jibes about', content: "the mayor's boat" }],
  },
  {
    text: 'Their repeated declarations of victory were premature.',
    claims: [{ kind: 'reported', source: 'Their', cue: 'repeated declarations of', content: 'victory' }],
  },
  // No speaker, or no speech: an excavation, a catalogue's description.
  { text: "The archaeologists' dig at the site uncovered pottery.", claims: [] },
  { text: 'The description of the boat in the catalogue was wrong.', claims: [] },
]);
