/**
 * English direct quotes whose speaker stands in the next or the previous sentence, and quotations that name
 * something (src/extract/attribution/en-quote-across.ts). Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en quotes across 1. speaker and verb of saying in the sentence after the quotation', [
  {
    text: '“The bridge will open in May.” Mr. Lindqvist said.',
    claims: [{ kind: 'direct', source: 'Mr. Lindqvist', cue: 'said', content: 'The bridge will open in May.' }],
  },
  {
    text: '“Is the toll fair?” Mr. Lindqvist said Friday.',
    claims: [{ kind: 'direct', source: 'Mr. Lindqvist', cue: 'said Friday', content: 'Is the toll fair?' }],
  },
  {
    // The listener of "asked" is frame, not a new statement.
    text: '“Why are you still backing the ferry tax?” Ms. Okafor asked the harbour board.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'asked', content: 'Why are you still backing the ferry tax?' }],
  },
  {
    text: '“We are tired of waiting!” she said to the Brackwater Gazette.',
    claims: [{ kind: 'direct', source: 'she', cue: 'said', content: 'We are tired of waiting!' }],
  },
  {
    // A nested quotation closes with the outer one.
    text: '“He asked me, ‘Where is the ferry?’” Ms. Okafor said.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'He asked me, ‘Where is the ferry?’' }],
  },
  {
    // A clause of time after the verb is frame too.
    text: '“Here is the ferry!” Ms. Okafor said as she opened the gate.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'Here is the ferry!' }],
  },
  {
    // Negative: the next sentence is a statement of its own, not the quotation's frame.
    text: '“The bridge will open in May.” Mr. Lindqvist said the toll would rise.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'the toll would rise' }],
  },
  {
    // Negative: no verb of saying.
    text: '“The bridge will open in May.” Some accused Mr. Lindqvist of lying.',
    claims: [{ kind: 'reported', source: 'Some', cue: 'accused', content: 'Mr. Lindqvist of lying' }],
  },
  {
    // Negative: a new paragraph (a byline) does not speak the quotation that closes the one before.
    text: '“The bridge will open in May.”\nMs. Okafor reported from Brackwater.',
    claims: [],
  },
]);

family('en quotes across 2. a sentence of speaker, verb and frame before the quotation', [
  {
    text: 'Ms. Okafor, the harbour master, said in a statement. “The port stays open all winter.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor, the harbour master', cue: 'said in a statement', content: 'The port stays open all winter.' }],
  },
  {
    // Negative: the sentence before says something itself.
    text: 'Ms. Okafor said the port was busy. “The ferries run late.”',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the port was busy' }],
  },
]);

family('en quotes across 3. a quotation that names something is no statement', [
  {
    text: 'Mr. Lindqvist told the Gazette’s “Harbour Hour” that he opposes the toll.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'told', content: 'he opposes the toll' }],
  },
  {
    text: 'Speaking on “Harbour Hour,” Ms. Okafor said the port stays open.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the port stays open' }],
  },
  {
    text: 'The “Ferry First” movement plans a march.',
    claims: [],
  },
  {
    // Still a quotation: a statement with its speaker after it.
    text: '“The port stays open,” Ms. Okafor said.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'The port stays open' }],
  },
]);

family('en quotes across 4. a closing mark pairs with an opening mark of its kind', [
  {
    // The apostrophe of "’cause" closes no open quotation: the double quotation runs on to its own closing mark.
    text: '“Shout it out, ’cause I don’t want to,” Mr. Lindqvist said.',
    claims: [{ kind: 'direct', source: 'Mr. Lindqvist', cue: 'said', content: 'Shout it out, ’cause I don’t want to' }],
  },
  {
    // A turned opening mark used as the closing one still closes.
    text: '“It is unusual,“ said Ms. Okafor.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'It is unusual' }],
  },
]);
