/**
 * English quotations bound to a cue (src/extract/attribution/en-quote-cues.ts, the topic after a cue in
 * quotes.ts, the performing verbs of cue-verbs.tsv). Every sentence is written for this test (invented people
 * and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en quote cues 1. a quotation ending in "?" or "!" before "X said of Y"', [
  {
    text: '“Who gave them the keys?” Ms. Okafor said of the harbour board in March.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said of', content: 'Who gave them the keys?' }],
  },
  {
    text: '“Not again!” Mr. Lindqvist wrote of the ferry delays.',
    claims: [{ kind: 'direct', source: 'Mr. Lindqvist', cue: 'wrote of', content: 'Not again!' }],
  },
  {
    text: '“Is that a plan?” she said about the new toll.',
    claims: [{ kind: 'direct', source: 'she', cue: 'said about', content: 'Is that a plan?' }],
  },
  {
    text: '“Never!” he joked of the offer.',
    claims: [{ kind: 'direct', source: 'he', cue: 'joked of', content: 'Never!' }],
  },
  {
    // As after a comma.
    text: '“The board is wrong,” Ms. Okafor said of the decision.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said of', content: 'The board is wrong' }],
  },
  {
    // Negative: the preposition is the verb's own; "talked about X" reports X, it does not speak the quotation.
    text: '“Who can fix the pier?” Mr. Lindqvist talked about the budget.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'talked about', content: 'the budget' }],
  },
  {
    // Negative: a new paragraph does not speak the quotation that closes the one before.
    text: '“Who can fix the pier?”\n\nMs. Okafor said of the board.',
    claims: [],
  },
]);

family('en quote cues 2. a quotation of several sentences right after its verb', [
  {
    text: 'Ms. Okafor said “The ferry will run. It always runs.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'The ferry will run. It always runs.' }],
  },
  {
    // The same with a comma or a colon.
    text: 'Ms. Okafor said, “The ferry will run. It always runs.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'The ferry will run. It always runs.' }],
  },
  {
    text: 'Ms. Okafor said: “The ferry will run. It always runs.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'The ferry will run. It always runs.' }],
  },
  {
    text: 'The mayor declared “I think the pier may be unsafe. It was built long ago.”',
    claims: [{ kind: 'direct', source: 'The mayor', cue: 'declared', content: 'I think the pier may be unsafe. It was built long ago.' }],
  },
  {
    text: 'The crowd chanted “No tolls! No tolls!”',
    claims: [{ kind: 'direct', source: 'The crowd', cue: 'chanted', content: 'No tolls! No tolls!' }],
  },
  {
    // A participle keeps its quotation mixed, now whole.
    text: 'Ms. Okafor walked onto the pier, chanting “Open it! Open it!”',
    claims: [{ kind: 'mixed', source: 'Ms. Okafor', cue: 'chanting', content: '“Open it! Open it!”' }],
  },
  {
    // Negative: a quoted phrase inside the clause is no whole quotation.
    text: 'Ms. Okafor said “the plan” was dead. Mr. Lindqvist agreed.',
    claims: [{ kind: 'mixed', source: 'Ms. Okafor', cue: 'said', content: '“the plan” was dead' }],
  },
]);

family('en quote cues 3. verbs of singing speak only through a quotation', [
  {
    text: '“Keep the lights on,” Ms. Okafor sings.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'sings', content: 'Keep the lights on' }],
  },
  {
    text: '“We will sail at dawn,” she sang.',
    claims: [{ kind: 'direct', source: 'she', cue: 'sang', content: 'We will sail at dawn' }],
  },
  {
    text: 'Ms. Okafor sang, “We shall not be moved.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'sang', content: 'We shall not be moved.' }],
  },
  {
    text: 'Ms. Okafor sings “Keep the lights on for me.”',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'sings', content: 'Keep the lights on for me.' }],
  },
  {
    text: 'The band leader called the crew to the stage, singing “It is our time.”',
    claims: [
      { kind: 'reported', source: 'The band leader', cue: 'called', content: 'the crew to the stage' },
      { kind: 'mixed', source: 'The band leader', cue: 'singing', content: '“It is our time.”' },
    ],
  },
  {
    text: 'His friends jeered, “Go home, sailor!”',
    claims: [{ kind: 'direct', source: 'His friends', cue: 'jeered', content: 'Go home, sailor!' }],
  },
  // Negative: a plain object, a title, a quotation that does not close the clause.
  { text: 'Ms. Okafor sang the anthem.', claims: [] },
  { text: 'The choir sang “Harbour Lights” at the funeral.', claims: [] },
  { text: 'The choir sang “We shall not be moved” at the gate.', claims: [] },
  { text: 'The mayor jeered the crowd.', claims: [] },
  {
    // Negative: "and singing" is no second speech act that ends the content.
    text: 'Mr. Lindqvist remembers raising the flag and singing the anthem at the pier.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'remembers', content: 'raising the flag and singing the anthem at the pier' }],
  },
]);

family('en quote cues 5. a ” that opens a line opens its quotation', [
  {
    text: 'The pier closed in May.\n\n”This is why the pier must stay shut. It is unsafe,” said Tomas Lind.',
    claims: [{ kind: 'direct', source: 'Tomas Lind', cue: 'said', content: 'This is why the pier must stay shut. It is unsafe' }],
  },
  {
    text: 'The pier closed in May.\n\n” … the board has already decided,” wrote the Brackwater Gazette.',
    claims: [{ kind: 'direct', source: 'the Brackwater Gazette', cue: 'wrote', content: '… the board has already decided' }],
  },
]);
