/**
 * A one-word quotation closed by its own comma, "!" or "?" is speech (quotes.ts spokenQuote); one without is a
 * name or a scare quote. Every sentence is written for this test; conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en short quotes 1. a one-word quotation with its own punctuation', [
  { text: '"Never!" shouted the dock workers.', claims: [{ kind: 'direct', source: 'the dock workers', cue: 'shouted', content: 'Never!' }] },
  { text: '"No," Ms. Varga replied.', claims: [{ kind: 'direct', source: 'Ms. Varga', cue: 'replied', content: 'No' }] },
  { text: '"Gladly," said the harbour master.', claims: [{ kind: 'direct', source: 'the harbour master', cue: 'said', content: 'Gladly' }] },
]);

family('en short quotes 2. negative: a one-word quotation without its own punctuation is no speech', [
  {
    text: 'The pier is "safe", Ms. Varga said.',
    claims: [{ kind: 'mixed', source: 'Ms. Varga', cue: 'said', content: 'The pier is "safe"' }],
  },
]);
