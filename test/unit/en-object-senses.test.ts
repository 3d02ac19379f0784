/**
 * Cue verbs whose object is a thing acted on, no content (round 20, spec 2: kind not-object-np of
 * src/lang/en/cue-senses.tsv, objectPhraseHas in src/extract/attribution/en-senses.ts). Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en object senses 1. a festivity, an office, a price or a trophy as the object says nothing', [
  { text: 'Mayor Lund celebrated his 70th birthday on Friday with friends.', claims: [] },
  { text: 'A crowd in Ferro was celebrating the harbour holiday.', claims: [] },
  { text: 'Okafor claimed the prize for the best speech.', claims: [] },
  { text: 'Brandt could be in a position to claim the nomination in June.', claims: [] },
  { text: 'The club charged a $100,000 initiation fee.', claims: [] },
  { text: 'Ms. Ferro is not seeking a fifth term.', claims: [] },
  { text: 'Ms. Ferro, as she seeks the presidency, toured the cannery.', claims: [] },
  { text: 'The Lund harbour board will never determine the winner of the race.', claims: [] },
  { text: 'Brandt signed a lease for the old harbour office.', claims: [] },
  { text: 'Okafor assumed office in 2009.', claims: [] },
  { text: 'Trade between the two towns declined 40 percent in a year.', claims: [] },
]);

family('en object senses 2. the same verbs with a clause, an infinitive or another object keep the cue', [
  {
    text: 'Okafor claimed that the prize was rigged.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'claimed', content: 'the prize was rigged' }],
  },
  {
    // The phrase is the subject of a clause: a finite verb follows it.
    text: 'Okafor claimed the prize was rigged.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'claimed', content: 'the prize was rigged' }],
  },
  {
    text: 'Ferro sought to calm his supporters.',
    claims: [{ kind: 'indirect', source: 'Ferro', cue: 'sought', content: 'to calm his supporters' }],
  },
  {
    text: 'Lund celebrated the ruling on Monday.',
    claims: [{ kind: 'reported', source: 'Lund', cue: 'celebrated', content: 'the ruling' }],
  },
  {
    text: 'Brandt signed a letter urging the board to resign.',
    claims: [{ kind: 'reported', source: 'Brandt', cue: 'signed', content: 'a letter urging the board to resign' }],
  },
]);
