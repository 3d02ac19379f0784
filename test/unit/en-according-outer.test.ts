/**
 * English attribution, round twenty-one, spec 1 (src/extract/attribution/en-according-outer.ts, the nested hook of
 * en.ts): a report inside ", according to Y" at the end of the sentence is also Y's claim, with the inner report as
 * its content; the inner claim stays. Every sentence is written for this test (invented people and places).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r21 according outer 1. a report before ", according to Y" is Y\'s claim too', [
  {
    text: '"We will fight on," Jones said, according to the local paper.',
    claims: [
      { kind: 'mixed', source: 'the local paper', cue: 'according to', content: '"We will fight on," Jones said' },
      { kind: 'direct', source: 'Jones', cue: 'said', content: 'We will fight on' },
    ],
  },
  {
    text: 'Jones told aides the plan would fail, according to two people in the room.',
    claims: [
      { kind: 'indirect', source: 'two people in the room', cue: 'according to', content: 'Jones told aides the plan would fail' },
      { kind: 'indirect', source: 'Jones', cue: 'told', content: 'the plan would fail' },
    ],
  },
  {
    // A short adjunct after the verb, and a quotation of several sentences.
    text: '"We will fight on. We will win," Jones said at a rally, according to the local paper.',
    claims: [
      { kind: 'mixed', source: 'the local paper', cue: 'according to', content: '"We will fight on. We will win," Jones said at a rally' },
      { kind: 'direct', source: 'Jones', cue: 'said', content: 'We will fight on. We will win' },
    ],
  },
  {
    // A content that ends in a quotation closed after its comma.
    text: 'The witness said the order was to "avoid trouble," according to the report.',
    claims: [
      { kind: 'mixed', source: 'the report', cue: 'according to', content: 'The witness said the order was to "avoid trouble,"' },
      { kind: 'mixed', source: 'The witness', cue: 'said', content: 'the order was to "avoid trouble,"' },
    ],
  },
]);

family('en r21 according outer 2. negative: no report inside, or the phrase opens the sentence', [
  {
    text: 'The plan failed, according to Smith.',
    claims: [{ kind: 'indirect', source: 'Smith', cue: 'according to', content: 'The plan failed' }],
  },
  {
    text: 'According to the paper, Jones said the plan failed.',
    claims: [{ kind: 'indirect', source: 'the paper', cue: 'According to', content: 'Jones said the plan failed' }],
  },
  {
    text: '"We will fight on," Jones said.',
    claims: [{ kind: 'direct', source: 'Jones', cue: 'said', content: 'We will fight on' }],
  },
]);

// (src/extract/attribution/en-outer.ts, pollAroundClaims): a poll phrase that opens or closes a sentence with a
// claim in it is the poll's report of that claim.
family('en r21 poll around claims 1. a fronted or closing poll phrase reports its respondents', [
  {
    text: 'In a Gallup poll released Monday, 40 percent of voters said they trusted the mayor.',
    claims: [
      { kind: 'indirect', source: 'a Gallup poll released Monday', cue: 'In', content: '40 percent of voters said they trusted the mayor' },
      { kind: 'indirect', source: '40 percent of voters', cue: 'said', content: 'they trusted the mayor' },
    ],
  },
  {
    text: 'Some 60 percent of voters said they trusted the mayor in a Gallup poll this month.',
    claims: [
      { kind: 'indirect', source: 'a Gallup poll this month', cue: 'in', content: 'Some 60 percent of voters said they trusted the mayor' },
      { kind: 'indirect', source: 'Some 60 percent of voters', cue: 'said', content: 'they trusted the mayor in a Gallup poll this month' },
    ],
  },
]);

family('en r21 poll around claims 2. negative: no poll noun, or the phrase inside the sentence', [
  {
    text: 'In the end, 40 percent of voters said they trusted the mayor.',
    claims: [{ kind: 'indirect', source: '40 percent of voters', cue: 'said', content: 'they trusted the mayor' }],
  },
  {
    text: 'Voters who took part in a Gallup poll said they trusted the mayor.',
    claims: [{ kind: 'indirect', source: 'Voters who took part in a Gallup poll', cue: 'said', content: 'they trusted the mayor' }],
  },
]);

// (src/extract/attribution/en-cues.ts, trailerOnly): "late"/"early" before a day closes a final cue's clause like the
// day alone, so the closing cue is read first and takes the report inside its statement.
family('en r21 final cue trailer: a part of the day before a day', [
  {
    text: 'Jones told investigators she had used a private account, the Herald reported late Thursday.',
    claims: [{ kind: 'indirect', source: 'the Herald', cue: 'reported', content: 'Jones told investigators she had used a private account' }],
  },
  {
    // Negative: "late" that is no time stays out of the trailer reading.
    text: 'The mayor said the trains were running late.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the trains were running late' }],
  },
]);

// (src/extract/attribution/en-cues.ts, pluralHeadEnd): a plural head in -s that is also a verb form ends the source
// of "according to" before a comma or the sentence end.
family('en r21 according to: a plural head that is also a verb form', [
  {
    text: 'According to news reports, the plan would fail.',
    claims: [{ kind: 'indirect', source: 'news reports', cue: 'According to', content: 'the plan would fail' }],
  },
  {
    text: 'The plan would fail, according to press reports.',
    claims: [{ kind: 'indirect', source: 'press reports', cue: 'according to', content: 'The plan would fail' }],
  },
  {
    // Negative: a verb after the source and no comma is the statement's ("According to Smith, officials said …").
    text: 'According to the mayor, this is a city that works.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'According to', content: 'this is a city that works' }],
  },
]);
