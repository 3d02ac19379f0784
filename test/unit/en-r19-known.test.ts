/**
 * Round 19, spec 10: cue words the lexicons know, refused by a clause-structure check. A relative pronoun is the
 * speaker of a stance noun or adjective after its copula ("who is a fierce critic of") and of a light verb's noun
 * ("who has voiced concerns about"), as it already is of a verb ("who opposes X"). Every sentence is written for
 * this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en r19 known 1. a relative pronoun speaks for a role noun or stance adjective after its copula', [
  {
    text: 'Ferro, who is a fierce critic of the harbour board, stayed home.',
    claims: [{ kind: 'reported', source: 'who', cue: 'is a fierce critic of', content: 'the harbour board' }],
  },
  {
    text: 'Okafor, who remains deeply skeptical of the merger, spoke last.',
    claims: [{ kind: 'reported', source: 'who', cue: 'remains deeply skeptical of', content: 'the merger' }],
  },
]);

family('en r19 known 2. a relative pronoun is the subject of a light verb with a cue noun', [
  {
    text: 'Lund, who has voiced concerns about the new toll, left early.',
    claims: [{ kind: 'reported', source: 'who', cue: 'has voiced concerns about', content: 'the new toll' }],
  },
]);

family('en r19 known 3. negative: a possessive before the noun keeps the speaker; a received noun stays refused', [
  {
    text: 'The plan, which shapes her view of the town, was dropped.',
    claims: [{ kind: 'reported', source: 'her', cue: 'view of', content: 'the town' }],
  },
  { text: 'Ferro, who had the backing of the harbour board, stayed home.', claims: [] },
]);

family('en r19 known 4. a time adjunct between a relative pronoun and its verb leaves the pronoun the speaker', [
  {
    text: 'Ferro, who on Tuesday endorsed Lund, left early.',
    claims: [{ kind: 'reported', source: 'who', cue: 'endorsed', content: 'Lund' }],
  },
  {
    text: 'Okafor, who last week criticized the harbour board, said she agrees with the mayor.',
    claims: [
      { kind: 'reported', source: 'who', cue: 'criticized', content: 'the harbour board' },
      { kind: 'indirect', source: 'Okafor', cue: 'said', content: 'she agrees with the mayor' },
    ],
  },
  { text: 'The plan that on Monday won the vote was cheap.', claims: [] },
]);
