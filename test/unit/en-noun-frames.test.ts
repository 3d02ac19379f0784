/**
 * English cue nouns in frames around a known noun (src/extract/attribution/en-nouns.ts, en-noun-frames.ts,
 * lexicon src/lang/en/cue-nouns.tsv): the light verbs `cast` and `pay` ("cast doubt on", "paid tribute to"),
 * receive verbs of winning or provoking a response ("secured the endorsement of", "sparked criticism from"), and
 * a light verb's form used as an adjective after an article ("made a renewed call for"). Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en noun frames 1. light verbs of fixed collocations: cast doubt on, pay tribute to', [
  {
    text: 'The harbor master cast doubt on the official tonnage figures.',
    claims: [
      { kind: 'reported', source: 'The harbor master', cue: 'cast doubt on', content: 'the official tonnage figures' },
    ],
  },
  {
    text: 'Lenton has repeatedly cast doubts on the ferry schedule.',
    claims: [
      { kind: 'reported', source: 'Lenton', cue: 'has repeatedly cast doubts on', content: 'the ferry schedule' },
    ],
  },
  {
    text: 'The volunteers paid tribute to the lifeboat crew.',
    claims: [
      { kind: 'reported', source: 'The volunteers', cue: 'paid tribute to', content: 'the lifeboat crew' },
    ],
  },
  // Negative: "paid" and "cast" without a cue noun are no cue.
  { text: 'Marta paid twelve dollars for a ticket to the regatta.', claims: [] },
  { text: 'The fishermen cast their nets at dawn.', claims: [] },
]);

family('en noun frames 2. receive verbs: secure, snag, spark', [
  {
    text: 'Okafor secured the endorsement of the dockworkers union.',
    claims: [
      { kind: 'reported', source: 'the dockworkers union', cue: 'secured the endorsement of', content: 'Okafor' },
    ],
  },
  {
    text: 'The toll increase sparked criticism from harbor businesses.',
    claims: [
      { kind: 'reported', source: 'harbor businesses', cue: 'sparked criticism', content: 'The toll increase' },
    ],
  },
  // Negative: without a speaker after "from"/"of" the noun makes no claim; a noun that is no cue makes none.
  { text: 'The toll increase sparked criticism.', claims: [] },
  { text: 'Okafor secured the support beams of the pier.', claims: [] },
]);

family('en noun frames 3. a light verb form after an article is an adjective', [
  {
    text: 'Brandt made a renewed call for a curfew on the boardwalk.',
    claims: [
      { kind: 'reported', source: 'Brandt', cue: 'made a renewed call for', content: 'a curfew on the boardwalk' },
    ],
  },
  {
    text: 'The council renewed its call for a ferry subsidy.',
    claims: [
      { kind: 'reported', source: 'The council', cue: 'renewed its call for', content: 'a ferry subsidy' },
    ],
  },
]);

family('en noun frames 4. support among a group: the group speaks, the holder is what it talks about', [
  {
    text: 'Okafor has strong support among dockworkers in the county.',
    claims: [
      { kind: 'reported', source: 'dockworkers in the county', cue: 'has strong support', content: 'Okafor' },
    ],
  },
  {
    text: 'The ferry captain enjoyed broad backing among island residents.',
    claims: [
      { kind: 'reported', source: 'island residents', cue: 'enjoyed broad backing', content: 'The ferry captain' },
    ],
  },
  {
    text: "Brandt's deep support among fishermen carried him through the primary.",
    claims: [
      { kind: 'reported', source: 'fishermen', cue: 'deep support', content: "Brandt's" },
    ],
  },
  // Negative: no holder, or a topic after the group.
  { text: 'Support among fishermen is soft this year.', claims: [] },
  { text: 'Support among fishermen for the new tolls is soft.', claims: [] },
]);

family('en noun frames 5. a light verb participle after a comma speaks for the main subject', [
  {
    text: 'Okafor toured the cannery, delivering a sharp critique of the new tolls.',
    claims: [
      { kind: 'reported', source: 'Okafor', cue: 'delivering a sharp critique of', content: 'the new tolls' },
    ],
  },
  {
    text: 'After the storm, the harbor master walked the pier, offering her thoughts on the repairs.',
    claims: [
      { kind: 'reported', source: 'the harbor master', cue: 'offering her thoughts on', content: 'the repairs' },
    ],
  },
  // Negative: a participle that is no light verb, or a cue noun without a topic.
  { text: 'The ferry left the dock, carrying a statement of cargo.', claims: [] },
  { text: 'Okafor toured the cannery, making a brief stop.', claims: [] },
]);

family('en noun frames 6. support among a group inside another claim’s content is that claim’s', [
  {
    text: 'Her aides are worried that her thin support among fishermen will cost her the primary.',
    claims: [
      { kind: 'indirect', source: 'Her aides', cue: 'are worried', content: 'her thin support among fishermen will cost her the primary' },
    ],
  },
]);

family('en noun frames 7. mention as a cue noun', [
  {
    text: 'The harbor master made no mention of the silt in her report.',
    claims: [
      { kind: 'reported', source: 'The harbor master', cue: 'made no mention of', content: 'the silt in her report' },
    ],
  },
  // Negative: no speaker.
  { text: 'There was no mention of the silt in the minutes.', claims: [] },
]);
