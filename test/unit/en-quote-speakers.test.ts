/**
 * Round 19, quotations and their speakers: a one-word quotation closed by its own period after a verb of saying
 * (src/extract/attribution/quotes.ts spokenQuote, src/text/tokenize.ts for "No."), an opening participle clause
 * before "X … and said, “…”" (quotes.ts afterOpeningClause), a doubled opening mark ('"“': tokenize.ts quoteRole,
 * quotes.ts findQuotes), a restrictive relative clause on an inverted speaker (en.ts quoteTrailer), a relative
 * clause inside a speaker's apposition before the cue (en-preposed.ts describing) and a preposition with its gerund
 * inside one after a quotation (quoteSpeakerApposition), a speaker aside inside brackets
 * (en-asides.ts parentheticalSpeaker, verbs.ts beforeEarly), an adverb between subject and verb in a colon clause
 * before a quotation (en-short-frames.ts colonClause), "confess" as a verb of saying (cue-verbs.tsv), a verb of
 * saying with its comma right before a quotation taking it from a cue after it (quotes.ts directQuotes). Sentences written for this test; conventions as in
 * claims-en.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../src/text/tokenize.js';
import { getLanguage } from '../../src/lang/index.js';
import { family as familyIn, type Case, type Expected } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const one = (text: string, kind: Expected['kind'], source: string, cue: string, content: string | string[]): Case => ({ text, claims: [{ kind, source, cue, content }] });

const roles = (text: string): string =>
  tokenize(text, getLanguage('en'))
    .filter((t) => t.kind === 'quote')
    .map((t) => (t.role === 'open' ? 'o' : 'c'))
    .join('');

test('en quote speakers: "No." before a closing mark is a word and a full stop, before a number an abbreviation', () => {
  const words = (text: string): string[] => tokenize(text, getLanguage('en')).map((t) => text.slice(t.start, t.end));
  assert.deepEqual(words('said, “No.”'), ['said', ',', '“', 'No', '.', '”']);
  assert.deepEqual(words('Gate No. 4'), ['Gate', 'No.', '4']);
});

family('en quote speakers 1. a one-word quotation after a verb of saying is speech', [
  one('Okafor said, “No.” The board met later.', 'direct', 'Okafor', 'said', 'No.'),
  {
    text: 'Asked whether the harbour board would relent, Okafor shook her head and said, “No.”',
    claims: [
      { kind: 'direct', source: 'Okafor', cue: 'said', content: 'No.' },
      { kind: 'unattributed', source: null, cue: 'Asked', content: 'whether the harbour board would relent' },
    ],
  },
  // (Negative: a one-word quotation after a noun is a name; after "called" a scare quote.)
  { text: 'The ferry sailed at dawn, past the old lighthouse, “Meridian.”', claims: [] },
]);

test('en quote speakers: a double mark glued to an opening double mark opens too', () => {
  assert.equal(roles('"“We stay,” Lund said.'), 'ooc');
  // (A single mark inside a double one nests: both open.)
  assert.equal(roles('“‘Go,’ he told me,” Lund said.'), 'oocc');
});

family('en quote speakers 2. a doubled opening mark opens one quotation', [
  one('The vote was close. "“We will not win by counting piers,” Lund responded on Monday.', 'direct', 'Lund', 'responded', 'We will not win by counting piers'),
]);

family('en quote speakers 3. a restrictive relative clause belongs to an inverted speaker', [
  one('“The pier stays,” said voters who backed Lund.', 'direct', 'voters who backed Lund', 'said', 'The pier stays'),
  one('“The tolls are too high,” said a ferry captain who works the night crossing.', 'direct', 'a ferry captain who works the night crossing', 'said', 'The tolls are too high'),
  // (Negative: a relative clause about the speaking is no part of the speaker.)
  one('“The tolls are too high,” said an official who spoke on condition of anonymity.', 'direct', 'an official', 'said', 'The tolls are too high'),
]);

family('en quote speakers 4. a relative clause inside the speaker’s apposition', [
  one('The plan will fail, Ferro, a Republican who chairs the board, said.', 'indirect', 'Ferro, a Republican who chairs the board', 'said', 'The plan will fail'),
  one('The plan will fail, Ferro, who chairs the board, said.', 'indirect', 'Ferro, who chairs the board', 'said', 'The plan will fail'),
  one('The plan will fail, Ferro, a Republican, said.', 'indirect', 'Ferro, a Republican', 'said', 'The plan will fail'),
  one('“Good reporter,” Okafor, the leader in the county after winning the primary, said when Lund asked.', 'direct', 'Okafor, the leader in the county after winning the primary', 'said', 'Good reporter'),
  // (Negative: without a verb of saying after the apposition there is no claim.)
  { text: 'The ferry left late, Ferro, who chairs the board, arrived.', claims: [] },
]);

family('en quote speakers 5. a speaker aside inside brackets speaks for the bracket only', [
  {
    text: 'He tells audiences that the board may be sued over the pier (the cost of which, many residents say, is a scandal).',
    claims: [
      { kind: 'indirect', source: 'He', cue: 'tells', content: 'the board may be sued over the pier' },
      { kind: 'indirect', source: 'many residents', cue: 'say', content: ['the cost of which', 'is a scandal'] },
    ],
  },
  // (Outside brackets the aside still speaks for its whole clause.)
  one('The pier, the mayor said, will stay.', 'indirect', 'the mayor', 'said', ['The pier', 'will stay']),
]);

family('en quote speakers 6. an adverb between subject and verb of a colon clause before a quotation', [
  one('She then addressed the dock workers again: “Here is what I regret.”', 'direct', 'She', 'addressed the dock workers again:', 'Here is what I regret.'),
  one('Okafor had a message for the board: “Keep the pier.”', 'direct', 'Okafor', 'had a message for the board:', 'Keep the pier.'),
  // (Negative: an empty subject names nobody.)
  { text: 'It then was simple: “Keep the pier.”', claims: [] },
]);

family('en quote speakers 7. "confess" reports what is confessed, like "admit"', [
  { text: '“This is a big win for me,” I confessed.', claims: [{ kind: 'direct', source: 'I', cue: 'confessed', content: 'This is a big win for me', stance: 'confirm' }] },
  { text: 'Okafor confessed that the pier was lost.', claims: [{ kind: 'indirect', source: 'Okafor', cue: 'confessed', content: 'the pier was lost', stance: 'confirm' }] },
]);

family('en quote speakers 8. a verb of saying and its comma right before a quotation introduce it', [
  {
    text: 'When a docker in the crowd shouted, “Lund,” Okafor laughed.',
    claims: [{ kind: 'direct', source: 'a docker in the crowd', cue: 'shouted', content: 'Lund' }],
  },
  // (Negative: a quotation that opens its sentence keeps the cue after it.)
  one('“We stay,” Okafor said.', 'direct', 'Okafor', 'said', 'We stay'),
]);
