/**
 * English core verbs of saying in context (src/extract/attribution/en-cues.ts trailerOnly, en-coordinated-say.ts):
 * what stands around "said", "told", "added" — a medium phrase whose noun is itself a cue word, a second act of
 * the same subject before a quotation. Every sentence is written for this test (invented people and places).
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en core verbs 1. a medium or occasion after a closing cue whose noun is a cue word', [
  {
    text: 'The ferry will stop in May, the mayor said on a radio show.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'The ferry will stop in May' }],
  },
  {
    text: 'The ferry will stop in May, the mayor said Wednesday on a radio show.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said Wednesday', content: 'The ferry will stop in May' }],
  },
  {
    text: 'The ferry will stop in May, Ms. Okafor told reporters during a conference call.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'told', content: 'The ferry will stop in May' }],
  },
  {
    // Negative: a cue word that is no phrase's last word opens a clause of its own; the statement is not closed.
    text: 'The ferry will stop in May, the mayor said on a radio show claims were false.',
    claims: [],
  },
]);

family('en core verbs 2. a second act of the subject introduces the quotation', [
  {
    text: 'Ms. Okafor praised the crew and said, "They saved the harbour."',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'praised', content: 'the crew' },
      { kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'They saved the harbour.' },
    ],
  },
  {
    text: 'The captain left the bridge, saying: "We are done here."',
    claims: [{ kind: 'direct', source: 'The captain', cue: 'saying', content: 'We are done here.' }],
  },
  {
    // Negative: a verb after "that" has a subject of its own and is no second act of the first.
    text: 'He said that his brother told them, "Go home."',
    claims: [{ kind: 'direct', source: 'He', cue: 'said', content: 'Go home.' }],
  },
  {
    // Negative: an infinitive of saying is no act ("to say").
    text: 'Ms. Okafor wanted to say, "Thank you."',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'wanted', content: 'Thank you.' }],
  },
]);
