/**
 * Split quotations with an adjunct of the cue between the parts (src/extract/attribution/en-split-quote.ts, the
 * splitQuoteGap hook in quotes.ts): '"A," he said of the plan, "B."' is one statement in two parts; a cue of its
 * own before the second part (", adding, …") or a new clause keeps two claims. Every sentence is written for this
 * test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en split quotes 1. an adjunct of the cue between the parts', [
  {
    text: '“You have to adapt,” Ms. Ferro said of the mayor, “whether you run a shop or a city.”',
    claims: [{ kind: 'direct', source: 'Ms. Ferro', cue: 'said of', content: ['You have to adapt', 'whether you run a shop or a city.'] }],
  },
  {
    text: '“The plan sounds good,” Mr. Lund said in March, “but it is just hot air.”',
    claims: [{ kind: 'direct', source: 'Mr. Lund', cue: 'said', content: ['The plan sounds good', 'but it is just hot air.'] }],
  },
  {
    text: '“Every time you say that,” Mr. Okafor said, referring to the ferry excuse, “you give them ammunition.”',
    claims: [{ kind: 'direct', source: 'Mr. Okafor', cue: 'said', content: ['Every time you say that', 'you give them ammunition.'] }],
  },
  {
    // The inverted speaker's apposition stays in the source.
    text: '“The risk,” said Edda Lane, an economist at the harbour college, “is that wages fall.”',
    claims: [{ kind: 'direct', source: 'Edda Lane, an economist at the harbour college', cue: 'said', content: ['The risk', 'is that wages fall.'] }],
  },
  {
    // A plain split quotation stays one statement.
    text: '“A deal is near,” Ms. Ferro said, “and we will sign it.”',
    claims: [{ kind: 'direct', source: 'Ms. Ferro', cue: 'said', content: ['A deal is near', 'and we will sign it.'] }],
  },
]);

family('en split quotes 2. a cue or a clause of its own before the second part', [
  {
    // Negative: "adding" takes the second part.
    text: '“They are not with us,” Ms. Ferro said, adding, “We are grateful for the support.”',
    claims: [
      { kind: 'direct', source: 'Ms. Ferro', cue: 'said', content: 'They are not with us' },
      { kind: 'direct', source: 'Ms. Ferro', cue: 'adding', content: 'We are grateful for the support.' },
    ],
  },
  {
    // Negative: a participle of saying with a topic still takes the second part.
    text: '“We talked,” Mr. Hale said, adding of the mayor, “He cares about the team.”',
    claims: [
      { kind: 'direct', source: 'Mr. Hale', cue: 'said', content: 'We talked' },
      { kind: 'direct', source: 'Mr. Hale', cue: 'adding of', content: 'He cares about the team.' },
    ],
  },
  {
    // Negative: a new clause with its own speaker.
    text: '“No,” Mr. Lund said last week, though he said, “I hope to.”',
    claims: [
      { kind: 'direct', source: 'Mr. Lund', cue: 'said', content: 'No' },
      { kind: 'direct', source: 'he', cue: 'said', content: 'I hope to.' },
    ],
  },
]);
