/**
 * Quotation marks that pair although nothing separates them or only an invisible mark does (src/text/tokenize.ts:
 * a closing mark glued to the next opening one, direction marks next to a mark, a closing mark that closes a mark
 * below the top of the stack), and a speaker with a restrictive relative clause after a quotation
 * (src/extract/attribution/en-known.ts). Sentences written for this test; conventions as in claims-en.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { getLanguage } from '../../src/lang/index.js';
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const direct = (text: string, source: string, cue: string, content: string): Case => ({ text, claims: [{ kind: 'direct', source, cue, content }] });

const roles = (text: string): string =>
  tokenize(text, getLanguage('en'))
    .filter((t) => t.kind === 'quote')
    .map((t) => (t.role === 'open' ? 'o' : 'c'))
    .join('');

test('en quote pairing: a closing mark glued to an opening one closes, then opens', () => {
  assert.equal(roles('“Rain.”“Sun,” she said.'), 'ococ');
  assert.equal(roles('“Rain.”“Sun.”“Wind,” she said.'), 'ocococ');
});

test('en quote pairing: direction marks beside a mark count as space, not as letters', () => {
  assert.equal(roles('\u200e“Rain,\u200f” she said. \u202a“Sun,” he said.'), 'ococ');
});

test('en quote pairing: a closing mark closes a mark below the top, so the next line starts clean', () => {
  // The inner ‘ is turned on both sides; the ” closes the outer “, and the turned ” on the next line opens.
  assert.equal(roles('“Say ‘no‘ twice!” wrote Ada.\n\n\u202a”Never,” wrote Bo.'), 'ooccoc');
});

family('en quote pairing 1. glued and invisible-marked quotations keep their claims', [
  direct('“We lost.”“We will win again,” said John Smith.', 'John Smith', 'said', 'We will win again'),
  direct('“We lost.” \u200f“We will win again,\u200e” said John Smith.', 'John Smith', 'said', 'We will win again'),
  {
    text: '“Say ‘no‘ to the toll!” wrote Ada Park.\n\n\u202a”It is a scandal,” wrote Bo Lind.',
    claims: [
      { kind: 'direct', source: 'Ada Park', cue: 'wrote', content: 'Say ‘no‘ to the toll!' },
      { kind: 'direct', source: 'Bo Lind', cue: 'wrote', content: 'It is a scandal' },
    ],
  },
]);

family('en quote pairing 2. a restrictive relative clause belongs to the speaker after a quotation', [
  direct('“It will fail,” voters who backed Smith said.', 'voters who backed Smith', 'said', 'It will fail'),
  direct('“The rent is too high,” tenants who live near the port said on Friday.', 'tenants who live near the port', 'said', 'The rent is too high'),
]);
