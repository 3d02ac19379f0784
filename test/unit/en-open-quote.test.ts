/**
 * English quotations over several paragraphs (src/extract/attribution/en-open-quote.ts): a paragraph that opens a
 * quotation and does not close it is inside the quotation when the next paragraph opens with a mark again, so no
 * verb there is a report of its own. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en open quote 1. a paragraph carried on by the next one\'s opening mark is quoted', [
  {
    text: 'Lund spoke at length.\n\n“I grew up on a farm. We had nothing, and my father worked every day.\n\n“I think the town saw me as an outsider. I didn’t know how to fit in.\n\n“Now I want to thank everybody who came,” Lund said.',
    claims: [{ kind: 'direct', source: 'Lund', cue: 'said', content: 'Now I want to thank everybody who came' }],
  },
]);

family('en open quote 2. a closed quotation or no carrying mark: the verbs after it are read', [
  {
    // Negative: the first paragraph's quotation closes, so "Okafor thinks" stands outside it.
    text: '“The pier is safe,” Lund said. Okafor thinks the levy will pass.\n\n“We will see,” Lund added.',
    claims: [
      { kind: 'direct', source: 'Lund', cue: 'said', content: 'The pier is safe' },
      { kind: 'indirect', source: 'Okafor', cue: 'thinks', content: 'the levy will pass' },
      { kind: 'direct', source: 'Lund', cue: 'added', content: 'We will see' },
    ],
  },
  {
    // Negative: the next paragraph opens with no mark, so the open one carries nothing on.
    text: 'Ferro was blunt. “The pier is not safe. I think the levy will fail.\n\nOkafor said the council would vote in May.',
    claims: [
      { kind: 'indirect', source: 'I', cue: 'think', content: 'the levy will fail' },
      { kind: 'indirect', source: 'Okafor', cue: 'said', content: 'the council would vote in May' },
    ],
  },
]);
