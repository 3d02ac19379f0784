/**
 * A content that ends inside a quotation it opened keeps the closing mark (src/extract/attribution/
 * en-quote-close.ts): the American period or comma inside the quotation no longer cuts the mark off. Sentences
 * written for this test; conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const one = (text: string, kind: 'mixed' | 'reported', source: string, cue: string, content: string): Case => ({ text, claims: [{ kind, source, cue, content }] });

family('en closing quotation mark 1. kept after a period or comma inside the quotation', [
  one('Ms. Varga called the ferry plan "a fantasy."', 'reported', 'Ms. Varga', 'called', 'the ferry plan "a fantasy."'),
  one('Mr. Ekdahl said the audit was "deeply flawed."', 'mixed', 'Mr. Ekdahl', 'said', 'the audit was "deeply flawed."'),
  one('The mayor said the harbour was "safe again!"', 'mixed', 'The mayor', 'said', 'the harbour was "safe again!"'),
]);

family('en closing quotation mark 2. no mark added where the quotation closed inside the content or opened before it', [
  one('Mr. Ekdahl said the audit was "flawed" by design.', 'mixed', 'Mr. Ekdahl', 'said', 'the audit was "flawed" by design'),
  { text: '"The audit was flawed," Mr. Ekdahl said.', claims: [{ kind: 'direct', source: 'Mr. Ekdahl', cue: 'said', content: 'The audit was flawed' }] },
]);
