/**
 * English: one claim per speech act (src/extract/attribution/en-split.ts): a coordinated main clause that is a
 * speech act ends the content before it and gets its own claim; a verb of saying inside a relative clause
 * ("which officials said will …") is that speaker's claim. Every sentence is written for this test.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en-split 1. a coordinated speech act ends the content', [
  {
    text: 'Mayor Okafor said the old bridge would close in May and she accused the ferry company of raising its fares.',
    claims: [
      { kind: 'indirect', source: 'Mayor Okafor', cue: 'said', content: 'the old bridge would close in May' },
      { kind: 'reported', source: 'she', cue: 'accused', content: 'the ferry company of raising its fares' },
    ],
  },
  {
    text: 'The harbour master said the pier was unsafe but he insisted that the boats would sail.',
    claims: [
      { kind: 'indirect', source: 'The harbour master', cue: 'said', content: 'the pier was unsafe' },
      { kind: 'indirect', source: 'he', cue: 'insisted', content: 'the boats would sail' },
    ],
  },
  {
    text: 'The union said the talks had stalled and the employers said a deal was close.',
    claims: [
      { kind: 'indirect', source: 'The union', cue: 'said', content: 'the talks had stalled' },
      { kind: 'indirect', source: 'the employers', cue: 'said', content: 'a deal was close' },
    ],
  },
  {
    // Negative: a coordinated clause without a verb of saying stays in the content.
    text: 'The clerk said the fees rose and the queues grew longer.',
    claims: [{ kind: 'indirect', source: 'The clerk', cue: 'said', content: 'the fees rose and the queues grew longer' }],
  },
]);

family('en-split 2. a verb of saying inside a relative clause', [
  {
    text: 'The new timetable, which officials said will start in March, keeps the night trains.',
    claims: [{ kind: 'indirect', source: 'officials', cue: 'said', content: ['which', 'will start in March'] }],
  },
  {
    text: 'It was a result that he said nobody had expected.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: ['that', 'nobody had expected'] }],
  },
  {
    // Negative: "that" after a verb of saying opens its content, not a relative clause.
    text: 'Ms. Varga said that she said nothing about the budget.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'she said nothing about the budget' }],
  },
]);

family('en-split 3. an inverted speaker with an apposition or relative clause after it', [
  {
    text: 'The new ferry is far too slow for the route, said Ada Brenner, a harbour pilot who worked on the old boats.',
    claims: [{ kind: 'indirect', source: 'Ada Brenner, a harbour pilot who worked on the old boats', cue: 'said', content: 'The new ferry is far too slow for the route' }],
  },
  {
    text: 'The toll will rise next year, said Piet Moll, who runs the bridge authority.',
    claims: [{ kind: 'indirect', source: 'Piet Moll, who runs the bridge authority', cue: 'said', content: 'The toll will rise next year' }],
  },
]);

family('en-split 4. a contrast after the content is the writer’s', [
  {
    text: 'Ten percent of the riders found the new fares fair, while most called them too high.',
    claims: [
      { kind: 'indirect', source: 'Ten percent of the riders', cue: 'found', content: 'the new fares fair' },
      { kind: 'reported', source: 'most', cue: 'called', content: 'them too high' },
    ],
  },
  {
    text: 'The council argued that the road was safe, but the accidents went on.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'argued', content: 'the road was safe' }],
  },
  {
    // After "said" a "but" clause is still part of what was said.
    text: 'The ranger said the trail was open, but the hut was closed.',
    claims: [{ kind: 'indirect', source: 'The ranger', cue: 'said', content: 'the trail was open, but the hut was closed' }],
  },
]);

family('en-split 5. the topic of a reported cue ends before a further act or a comment', [
  {
    text: 'The mayor criticized the budget and has called for a new vote.',
    claims: [
      { kind: 'reported', source: 'The mayor', cue: 'criticized', content: 'the budget' },
      { kind: 'reported', source: 'The mayor', cue: 'has called for', content: 'a new vote' },
    ],
  },
  {
    text: 'The senator praised the ferry crews, which surprised her colleagues.',
    claims: [{ kind: 'reported', source: 'The senator', cue: 'praised', content: 'the ferry crews' }],
  },
]);

family('en-split 6. a dash after a reported topic; a participle after when and where it was said', [
  {
    text: 'The mayor praised the crews for clearing the roads - work that she said saved lives.',
    claims: [
      { kind: 'reported', source: 'The mayor', cue: 'praised', content: 'the crews for clearing the roads' },
      { kind: 'indirect', source: 'she', cue: 'said', content: ['that', 'saved lives'] },
    ],
  },
  {
    text: 'The harbour is too shallow, Ms. Lund said Tuesday in Bergen, noting that the ships keep growing.',
    claims: [
      { kind: 'indirect', source: 'Ms. Lund', cue: 'said Tuesday', content: 'The harbour is too shallow' },
      { kind: 'indirect', source: 'Ms. Lund', cue: 'noting', content: 'the ships keep growing' },
    ],
  },
]);
