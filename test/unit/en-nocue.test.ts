/**
 * Attributions that made no claim at all (round 19, spec 4): `cast` as a verb of depiction with its `as`
 * (src/lang/en/cue-verbs.tsv); a progressive or a time after a subject with an apposition between commas (the
 * subject walk of src/extract/attribution/verbs.ts skips "is"/"was" and "on Friday" as it skips "has"); verbs of
 * saying that take a noun phrase as their object (frame `say|object`), whose bare clause stays a clause (en.ts
 * contentStart). Sentences written for this test.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en nocue 1. cast X as Y depicts, like paint X as Y', [
  {
    text: 'Lund has cast Ferro as a reckless spender.',
    claims: [{ kind: 'reported', source: 'Lund', cue: 'has cast', content: 'Ferro as a reckless spender' }],
  },
  {
    text: 'Throughout the debate, Okafor cast herself as the heir of the harbour board.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'cast', content: 'herself as the heir of the harbour board' }],
  },
  // Without its "as" the verb throws, votes or picks actors: no claim.
  { text: 'The storm cast a long shadow over the harbour.', claims: [] },
  { text: 'The die is cast.', claims: [] },
]);

family('en nocue 2. a progressive after a subject with an apposition between commas', [
  {
    text: 'Lund, the harbour chief, is saying that the tolls are fair.',
    claims: [{ kind: 'indirect', source: 'Lund, the harbour chief', cue: 'is saying', content: 'the tolls are fair' }],
  },
  {
    text: 'Okafor, a ferry pilot, was denying the claims.',
    claims: [{ kind: 'reported', source: 'Okafor, a ferry pilot', cue: 'was denying', content: 'the claims' }],
  },
  // The object after the verb group is no inverted speaker.
  {
    text: 'Lund, the harbour chief, is portraying himself as a victim.',
    claims: [{ kind: 'reported', source: 'Lund, the harbour chief', cue: 'is portraying', content: 'himself as a victim' }],
  },
  // A progressive of a verb that is no cue stays no claim.
  { text: 'Lund, the harbour chief, is painting the fence.', claims: [] },
]);

family('en nocue 3. a time between a subject with an apposition and its verb', [
  {
    text: 'Lund, the harbour chief, on Friday said the plan would fail.',
    claims: [{ kind: 'indirect', source: 'Lund, the harbour chief', cue: 'said', content: 'the plan would fail' }],
  },
  {
    text: 'Okafor, who has been feuding with the board, last week described her plan.',
    claims: [{ kind: 'reported', source: 'Okafor, who has been feuding with the board', cue: 'described', content: 'her plan' }],
  },
  // A time before a verb that is no cue makes no claim.
  { text: 'Lund, the harbour chief, on Friday opened the new pier.', claims: [] },
]);

family('en nocue 4. propose takes a noun phrase as its topic as well as a clause', [
  {
    text: 'Lund proposed a ban on night ferries.',
    claims: [{ kind: 'reported', source: 'Lund', cue: 'proposed', content: 'a ban on night ferries' }],
  },
  {
    text: 'Lund proposed that the ferries stop at night.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'proposed', content: 'the ferries stop at night' }],
  },
  // The attributive participle stays no cue.
  { text: 'The proposed ban angered the pilots.', claims: [] },
]);

family('en nocue 5. verbs of saying with a short noun phrase as their object', [
  { text: 'Okafor echoed the criticism.', claims: [{ kind: 'reported', source: 'Okafor', cue: 'echoed', content: 'the criticism' }] },
  { text: 'Lund admitted wrongdoing.', claims: [{ kind: 'reported', source: 'Lund', cue: 'admitted', content: 'wrongdoing' }] },
  { text: 'Okafor explained its importance.', claims: [{ kind: 'reported', source: 'Okafor', cue: 'explained', content: 'its importance' }] },
  // A clause keeps its indirect reading; the noun is no cue.
  {
    text: 'Okafor explained that the tolls would rise.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'explained', content: 'the tolls would rise' }],
  },
  { text: 'The mention of tolls angered the pilots.', claims: [] },
  // A noun phrase with a finite verb after it opens a bare clause: still indirect.
  { text: 'Lund predicted a landslide.', claims: [{ kind: 'reported', source: 'Lund', cue: 'predicted', content: 'a landslide' }] },
  {
    text: 'Lund predicted the ferry will run on time.',
    claims: [{ kind: 'indirect', source: 'Lund', cue: 'predicted', content: 'the ferry will run on time' }],
  },
]);
