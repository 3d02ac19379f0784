/**
 * German open bugs of round 17 (spec 2 of round 18): a place adjective in -er after "laut" joins its noun
 * (de-sources.ts phraseSourceEnd, placeAdjective), and a negation before the subject's article is no part of the
 * speaker (de.ts subjectBefore). Sentences written for this test; conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('de open bugs 1. a place adjective in -er in the speaker after "laut"', [
  {
    text: 'Laut Grazer Polizei wurden drei Personen festgenommen.',
    claims: [{ kind: 'indirect', source: 'Grazer Polizei', cue: 'Laut', content: 'wurden drei Personen festgenommen' }],
  },
  {
    text: 'Laut Polizei wurden drei Personen festgenommen.',
    claims: [{ kind: 'indirect', source: 'Polizei', cue: 'Laut', content: 'wurden drei Personen festgenommen' }],
  },
]);

family('de open bugs 2. a negation before the subject', [
  {
    text: 'Nicht der Bürgermeister hat behauptet, die Fähre sei zu teuer.',
    claims: [{ kind: 'indirect', source: 'der Bürgermeister', cue: 'hat behauptet', content: 'die Fähre sei zu teuer' }],
  },
  {
    text: 'Der Bürgermeister hat behauptet, die Fähre sei zu teuer.',
    claims: [{ kind: 'indirect', source: 'Der Bürgermeister', cue: 'hat behauptet', content: 'die Fähre sei zu teuer' }],
  },
]);
