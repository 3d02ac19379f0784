/**
 * Participle adjuncts of speech and support (src/extract/attribution/en-adjunct-ing.ts): "in" / "instead of" +
 * participle, the bounds of an opening participle adjunct, reduced relatives whose object opens with a modifier.
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en adjunct ing 1. "in" or "instead of" + participle opening the clause: the main subject speaks', [
  {
    text: 'In describing the levy as a failure, the councillors ignored the figures.',
    claims: [{ kind: 'reported', source: 'the councillors', cue: 'describing', content: 'the levy as a failure' }],
  },
  {
    text: 'Instead of calling herself a centrist, Ms. Varga said she was a pragmatist.',
    claims: [
      { kind: 'reported', source: 'Ms. Varga', cue: 'calling', content: 'herself a centrist' },
      { kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'she was a pragmatist' },
    ],
  },
  {
    text: 'But in denouncing the harbour tax, Mr. Oduya won over the fishermen.',
    claims: [{ kind: 'reported', source: 'Mr. Oduya', cue: 'denouncing', content: 'the harbour tax' }],
  },
  {
    // After a comma; the speaker ends before the main clause's verb.
    text: 'For years, instead of criticizing the port authority, the mayor praised it.',
    claims: [
      { kind: 'reported', source: 'the mayor', cue: 'criticizing', content: 'the port authority' },
      { kind: 'reported', source: 'the mayor', cue: 'praised', content: 'it' },
    ],
  },
  { text: 'In running the race, she won.', claims: [] },
  { text: 'He won by using his money.', claims: [] },
  // Negative: after a noun "in" opens the noun's complement.
  { text: "The city's delay in releasing the report angered voters.", claims: [] },
]);

family('en adjunct ing 2. the opening adjunct bounds the spans of the main clause', [
  {
    // The main clause's speaker does not start inside the adjunct.
    text: 'In opposing the ferry plan, her lawyer, Tom Reyes, wrote that it was unlawful.',
    claims: [
      { kind: 'reported', source: 'her lawyer, Tom Reyes', cue: 'opposing', content: 'the ferry plan' },
      { kind: 'indirect', source: 'her lawyer, Tom Reyes', cue: 'wrote', content: 'it was unlawful' },
    ],
  },
  {
    // The participle's content ends at the adjunct's comma; after it there is none.
    text: 'After responding Friday, the campaign took an unusual step.',
    claims: [],
  },
]);

family('en adjunct ing 3. a reduced relative whose object opens with a modifier', [
  {
    text: 'The donors gave money to a group backing former Governor Lena Holt.',
    claims: [{ kind: 'reported', source: 'a group', cue: 'backing', content: 'former Governor Lena Holt' }],
  },
  {
    text: 'Local committees supporting regional candidates spent heavily.',
    claims: [{ kind: 'reported', source: 'Local committees', cue: 'supporting', content: 'regional candidates' }],
  },
  { text: 'With prices rising, voters are angry.', claims: [] },
  { text: 'Those living nearby left.', claims: [] },
  // A contracted subject before a progressive: no reduced relative, the progressive of "He is projecting" (en.ts).
  {
    text: "He's projecting big profits next year.",
    claims: [{ kind: 'indirect', source: "He's", cue: "He's projecting", content: 'big profits next year' }],
  },
]);

family('en adjunct ing 4. an absolute "with" phrase: its noun phrase speaks', [
  {
    text: 'The talks ended early, with Ms. Varga calling for a ban on cruise ships.',
    claims: [{ kind: 'reported', source: 'Ms. Varga', cue: 'calling for', content: 'a ban on cruise ships' }],
  },
  // Negative: a participle that is no cue.
  { text: 'The market closed early, with traders leaving for the holiday.', claims: [] },
]);
