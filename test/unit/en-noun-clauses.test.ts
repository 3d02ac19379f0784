/**
 * English speech nouns with a that-clause wherever the noun phrase stands (src/extract/attribution/en-noun-clauses.ts,
 * lexicon src/lang/en/cue-nouns.tsv): as the subject of the sentence, after a preposition, with its speaker after
 * "by/from", as the object of a verb, and that-less in a headline. Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en noun clauses 1. the noun phrase as the subject: the content ends before the main verb', [
  {
    text: "Lenton's claim that the ferry had been sold was false.",
    claims: [
      { kind: 'indirect', source: "Lenton's", cue: 'claim', content: 'the ferry had been sold' },
    ],
  },
  {
    text: "The mayor's repeated assertion that the pier was safe has been contradicted by engineers.",
    claims: [
      { kind: 'indirect', source: "The mayor's", cue: 'repeated assertion', content: 'the pier was safe' },
    ],
  },
  {
    text: 'Her argument that the tolls had hurt fishermen was rejected.',
    claims: [
      { kind: 'indirect', source: 'Her', cue: 'argument', content: 'the tolls had hurt fishermen' },
    ],
  },
  {
    text: "The governor's insistence that the budget was balanced was contradicted by auditors.",
    claims: [
      { kind: 'indirect', source: "The governor's", cue: 'insistence', content: 'the budget was balanced' },
    ],
  },
  {
    text: 'The allegation that the vote was rigged has been debunked.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The allegation', content: 'the vote was rigged' },
    ],
  },
  {
    text: 'The idea that the bridge could be finished this year is absurd.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The idea', content: 'the bridge could be finished this year' },
    ],
  },
  {
    text: 'But the notion that the council is divided was wrong.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'the notion', content: 'the council is divided' },
    ],
  },
  {
    text: 'Rumors that the mill would be sold briefly lifted its shares.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Rumors', content: 'the mill would be sold' },
    ],
  },
]);

family('en noun clauses 2. after a preposition: an adverbial ends at its comma', [
  {
    text: 'The senator resigned amid allegations that he misused campaign funds.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'allegations', content: 'he misused campaign funds' },
    ],
  },
  {
    text: 'Despite reports that the ferry had sunk, the harbour stayed open.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'reports', content: 'the ferry had sunk' },
    ],
  },
  {
    text: 'Amid claims that the ballots had been lost, the count was halted.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'claims', content: 'the ballots had been lost' },
    ],
  },
  {
    text: 'Following reports that the bridge had cracked, engineers closed it.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'reports', content: 'the bridge had cracked' },
    ],
  },
]);

family('en noun clauses 3. the speaker after by/from, with its apposition', [
  {
    text: "The board is pushing back against claims by the fishermen's union that the pier is unsafe.",
    claims: [
      { kind: 'indirect', source: "the fishermen's union", cue: 'claims', content: 'the pier is unsafe' },
    ],
  },
  {
    text: 'The book repeats an allegation from his first wife, Mara Lenz, that he hid the money.',
    claims: [
      { kind: 'indirect', source: 'his first wife, Mara Lenz', cue: 'an allegation', content: 'he hid the money' },
    ],
  },
  {
    text: 'The mayor faced a complaint from the harbour master that the pier had been neglected.',
    claims: [
      { kind: 'indirect', source: 'the harbour master', cue: 'complaint from', content: 'the pier had been neglected' },
    ],
  },
]);

family('en noun clauses 4. the object of a verb that is no cue: its subject holds the idea', [
  {
    text: "Lenton's allies bristle at the suggestion that he is to blame for the delay.",
    claims: [
      { kind: 'indirect', source: "Lenton's allies", cue: 'bristle at the suggestion', content: 'he is to blame for the delay' },
    ],
  },
  {
    text: 'The union floated the idea that the mill could be sold to its workers.',
    claims: [
      { kind: 'indirect', source: 'The union', cue: 'floated the idea', content: 'the mill could be sold to its workers' },
    ],
  },
]);

family('en noun clauses 5. a cue verb takes the phrase as its topic (the verb rules take it)', [
  {
    text: 'The mayor dismissed suggestions from the harbour master that the pier should close.',
    claims: [
      { kind: 'reported', source: 'The mayor', cue: 'dismissed', content: 'suggestions from the harbour master that the pier should close' },
    ],
  },
  {
    text: 'Lenton rejected the notion that the council was divided.',
    claims: [
      { kind: 'reported', source: 'Lenton', cue: 'rejected', content: 'the notion that the council was divided' },
    ],
  },
  {
    text: 'The newspaper reports that the vote was rigged.',
    claims: [
      { kind: 'indirect', source: 'The newspaper', cue: 'reports', content: 'the vote was rigged' },
    ],
  },
  {
    text: 'Lenton claims that he won the vote.',
    claims: [
      { kind: 'indirect', source: 'Lenton', cue: 'claims', content: 'he won the vote' },
    ],
  },
]);

family('en noun clauses 6. a that-less clause: a headline, or after a possessive with there', [
  {
    text: 'Ferry Owner Denies Claims He Hid Losses From Investors',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Claims', content: 'He Hid Losses From Investors' },
    ],
  },
  {
    text: "On the mayor's assertion there are no funds left, the council was silent.",
    claims: [
      { kind: 'indirect', source: "the mayor's", cue: 'assertion', content: 'there are no funds left' },
    ],
  },
]);

family('en noun clauses 7. negatives: a relative that, no that-clause, no speech noun', [
  {
    text: 'The claim that he made on Tuesday was false.',
    claims: [],
  },
  {
    text: "The report's author lives in Lenton.",
    claims: [],
  },
  {
    text: 'The fact that it rained did not matter.',
    claims: [],
  },
  {
    text: 'He filled out the claim form.',
    claims: [],
  },
  {
    text: 'The idea of a new bridge is popular.',
    claims: [],
  },
  {
    text: 'A report card was sent home.',
    claims: [],
  },
  {
    text: 'So that the vote could proceed, the mayor left early.',
    claims: [],
  },
]);

family('en noun clauses 6. a verb content before a noun clause ends at the comma: two sibling claims', [
  {
    text: 'Lind said the council had been fair to her, despite recent suggestions by the harbour board that the vote was rigged.',
    claims: [
      { kind: 'indirect', source: 'Lind', cue: 'said', content: 'the council had been fair to her' },
      { kind: 'indirect', source: 'the harbour board', cue: 'recent suggestions', content: 'the vote was rigged' },
    ],
  },
]);
