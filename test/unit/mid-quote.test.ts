/**
 * A quotation that closes its statement in mid-sentence before the cue ('The plan is "dead on arrival," the
 * senator said.', 'Die Lage sei „sehr ernst“, sagte die Ministerin.'): the content is the whole clause with the
 * quotation (quotes.ts clauseBeforeQuote), not the quoted words alone; a following quoted sentence carries it on.
 * And "C1, but C2, said X." is read inverted: the second segment is a clause, no apposition
 * (en-apposed-subject.ts). Sentences written for this test; conventions as in claims-en.test.ts.
 */
import { family, type Case } from '../claims-harness.js';

const one = (text: string, kind: 'mixed' | 'direct' | 'indirect' | 'reported', source: string, cue: string, content: string | string[]): Case => ({ text, claims: [{ kind, source, cue, content }] });

family('en', 'mid-sentence quotation 1. the clause before the quotation belongs to the statement', [
  one('The ferry plan is "dead on arrival," the harbour master said.', 'mixed', 'the harbour master', 'said', 'The ferry plan is "dead on arrival,"'),
  one('This is a "bad season," said Ola Brenna, a trawler captain.', 'mixed', 'Ola Brenna, a trawler captain', 'said', 'This is a "bad season,"'),
  // (A leading conjunction stays out, as in "But C, X said.".)
  one('But the council "never asked us," Ms. Varga said.', 'mixed', 'Ms. Varga', 'said', 'the council "never asked us,"'),
  one('The ferry plan is "dead on arrival," the harbour master said. "Nobody will ride it."', 'mixed', 'the harbour master', 'said', ['The ferry plan is "dead on arrival,"', 'Nobody will ride it.']),
]);

family('en', 'mid-sentence quotation 2. what stays as it was', [
  one('"The ferry plan is dead," the harbour master said.', 'direct', 'the harbour master', 'said', 'The ferry plan is dead'),
  // A quoted phrase before a clause with its own object is no statement of that clause's verb.
  one('Bemoaning the "phony audit," Ms. Varga accused the council of bias.', 'reported', 'Ms. Varga', 'accused', 'the council of bias'),
  // A clause with a verb of saying before the quotation keeps that verb's claim.
  one('Mr. Ekdahl said the audit was "deeply flawed."', 'mixed', 'Mr. Ekdahl', 'said', 'the audit was "deeply flawed."'),
]);

family('de', 'mid-sentence quotation 3. German: the comma after the closing mark', [
  one('Die Lage sei „sehr ernst“, sagte die Bürgermeisterin.', 'mixed', 'die Bürgermeisterin', 'sagte', 'Die Lage sei „sehr ernst“'),
  one('„Die Lage ist ernst“, sagte die Bürgermeisterin.', 'direct', 'die Bürgermeisterin', 'sagte', 'Die Lage ist ernst'),
]);

family('en', 'inverted cue after two clauses: "C1, but C2, said X."', [
  one('The ferry is late, but the bridge will open, said Ola Brenna.', 'indirect', 'Ola Brenna', 'said', 'The ferry is late, but the bridge will open'),
  one('Prices rose, but wages fell, the report said.', 'indirect', 'the report', 'said', 'Prices rose, but wages fell'),
  one('Ms. Varga, who runs the harbour, said the ferry was late.', 'indirect', 'Ms. Varga, who runs the harbour', 'said', 'the ferry was late'),
  one('Ms. Varga, a Republican who has led the council, said the ferry was late.', 'indirect', 'Ms. Varga, a Republican who has led the council', 'said', 'the ferry was late'),
]);

family('en', '"according to" after a quotation or before a closing relative clause', [
  one('The ferry plan is "dead on arrival," according to the harbour master.', 'mixed', 'the harbour master', 'according to', 'The ferry plan is "dead on arrival,"'),
  one('The ferry is late, according to Ms. Varga, who runs the harbour.', 'indirect', 'Ms. Varga', 'according to', 'The ferry is late'),
  one('According to the police, who arrived late, the man fled.', 'indirect', 'the police', 'According to', 'the man fled'),
]);
