/**
 * English contents, round eight second wave: a speech act in a relative clause after an inverted quoted speaker
 * ('"…," said Beck, who added that …') is a claim of its own, not part of the speaker's phrase. Every sentence is
 * written for this test.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en-content2 1. a relative speech act after an inverted speaker', [
  {
    text: '“The ferry will run again in spring,” said Mara Lind, who added that the fares would stay the same.',
    claims: [
      { kind: 'direct', source: 'Mara Lind', cue: 'said', content: 'The ferry will run again in spring' },
      { kind: 'indirect', source: 'who', cue: 'added', content: 'the fares would stay the same' },
    ],
  },
  {
    // Negative: a relative clause that describes the speaker stays in the source.
    text: '“The ferry will run again in spring,” said Mara Lind, who runs the harbour office.',
    claims: [{ kind: 'direct', source: 'Mara Lind, who runs the harbour office', cue: 'said', content: 'The ferry will run again in spring' }],
  },
]);

family('en-content2 2. a content without "that" after an adjunct of the speech act', [
  {
    text: 'The mayor said in a statement the old bridge would close in May.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said in a statement', content: 'the old bridge would close in May' }],
  },
  {
    text: 'Lind said in her letter it takes years to rebuild a harbour.',
    claims: [{ kind: 'indirect', source: 'Lind', cue: 'said in her letter', content: 'it takes years to rebuild a harbour' }],
  },
  {
    // Negative: "reports" after a verb is a noun; the phrase after it opens no content.
    text: 'The group released reports on the harbour the mayor ignored.',
    claims: [],
  },
]);

family('en-content2 3. a participle of saying after a noun, before a clause', [
  {
    text: 'The station received 40 calls saying smoke was rising from the old mill.',
    claims: [{ kind: 'indirect', source: '40 calls', cue: 'saying', content: 'smoke was rising from the old mill' }],
  },
  {
    text: 'The survey left 30 percent of tenants saying rents are rising too fast.',
    claims: [{ kind: 'indirect', source: '30 percent of tenants', cue: 'saying', content: 'rents are rising too fast' }],
  },
  {
    // Negative: a participle after a noun with an object that is no clause says nothing.
    text: 'The station received 40 calls asking questions.',
    claims: [],
  },
]);

family('en-content2 4. a second speech act after an inverted quoted speaker', [
  {
    text: '“The ferry will run again,” said Mara Lind, but she noted that the fares would rise.',
    claims: [
      { kind: 'direct', source: 'Mara Lind', cue: 'said', content: 'The ferry will run again' },
      { kind: 'indirect', source: 'she', cue: 'noted', content: 'the fares would rise' },
    ],
  },
]);

family('en-content2 5. a coordinated participle of saying', [
  {
    text: 'The mayor shrugged, pointing to the new budget and saying that the ferry would stay.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'pointing to', content: 'the new budget' },
      { kind: 'indirect', source: 'The mayor', cue: 'saying', content: 'the ferry would stay' },
    ],
  },
  {
    // Negative: no participle clause before "and saying".
    text: 'The mayor was busy cooking and saying that the soup was great.',
    claims: [],
  },
]);

family('en-content2 3. a content that opens with a fronted adverbial clause', [
  {
    text: 'The mayor said while she respects the council, the vote was a mistake.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'while she respects the council, the vote was a mistake' }],
  },
  {
    text: 'Lind argued although the ferry lost money, the town should keep it.',
    claims: [{ kind: 'indirect', source: 'Lind', cue: 'argued', content: 'although the ferry lost money, the town should keep it' }],
  },
  {
    // Negative: no main clause after the comma: the clause says when the act happened, and no claim is read.
    text: 'The mayor spoke while the band played, and the crowd went home.',
    claims: [],
  },
]);
