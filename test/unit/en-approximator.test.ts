/**
 * "about" after a verb of saying (src/extract/attribution/en-approximator.ts): before a number it approximates the
 * amount and opens the content ("said about half of the boats had left"); before a noun phrase it is the topic's
 * preposition and joins the cue ("said about the plan"). Every sentence is written for this test (invented people
 * and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en approximator 1. "about" before an amount opens the content', [
  {
    text: 'The harbour board said about half of the boats had left.',
    claims: [{ kind: 'indirect', source: 'The harbour board', cue: 'said', content: 'about half of the boats had left' }],
  },
  {
    text: 'Lund said about 40 percent of the ferries ran late.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'about 40 percent of the ferries ran late' }],
  },
  {
    text: 'Ferro said about a third of the anglers had given up.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'said', content: 'about a third of the anglers had given up' }],
  },
]);

family('en approximator 2. negative: "about" before a topic stays with the cue', [
  {
    text: 'Lund said about the plan that it came too late.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said about', content: 'the plan that it came too late' }],
  },
]);

family('en approximator 3. "at least"/"at most" before a number opens the content clause', [
  {
    text: 'On Friday, the harbour board reported at least six boats had sunk.',
    claims: [{ kind: 'indirect', source: 'the harbour board', cue: 'reported', content: 'at least six boats had sunk' }],
  },
  {
    text: 'Lund said at most ten anglers were still out.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'said', content: 'at most ten anglers were still out' }],
  },
  {
    // An object without a clause of its own is left to the object rules (none reads this one).
    text: 'The harbour board reported at least six sunken boats.',
    claims: [],
  },
]);
