/**
 * Speakers of English participle cues (src/extract/attribution/en-participle-speakers.ts, quotedAs of
 * en-short-frames.ts). Every sentence is written for this test (invented people and places); conventions as in
 * claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en participle speakers 1. the passive of a verb of perceiving: its subject speaks', [
  {
    text: 'Ms. Varga was heard saying the ferry would close.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'saying', content: 'the ferry would close' }],
  },
  {
    text: 'The harbour master was caught on tape saying the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'saying', content: 'the pier was unsafe' }],
  },
  {
    text: 'Mr. Oduya was overheard telling aides that the budget was gone.',
    claims: [{ kind: 'indirect', source: 'Mr. Oduya', cue: 'telling', content: 'the budget was gone' }],
  },
  {
    // Negative: a perceived act that is no speech.
    text: 'Mr. Oduya was seen leaving the town hall.',
    claims: [],
  },
]);

family('en participle speakers 2. a document the speaker issues: the participle speaks for the issuer', [
  {
    text: 'The ferry company issued a statement Wednesday saying the pier would reopen.',
    claims: [{ kind: 'indirect', source: 'The ferry company', cue: 'issued a statement Wednesday saying', content: 'the pier would reopen' }],
  },
  {
    text: "Lindqvist's campaign sent out a press release saying the mayor owed voters an apology.",
    claims: [{ kind: 'indirect', source: "Lindqvist's campaign", cue: 'sent out a press release saying', content: 'the mayor owed voters an apology' }],
  },
  {
    text: 'She also sent a tweet saying the harbour tax was unfair.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'also sent a tweet saying', content: 'the harbour tax was unfair' }],
  },
  {
    text: 'All four councillors issued statements condemning the closure.',
    claims: [{ kind: 'reported', source: 'All four councillors', cue: 'issued statements condemning', content: 'the closure' }],
  },
  {
    text: 'The mayor released a new radio ad calling his rival a liar.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'released a new radio ad calling', content: 'his rival a liar' }],
  },
  {
    text: 'The harbour committee published a report detailing the repairs.',
    claims: [{ kind: 'indirect', source: 'The harbour committee', cue: 'published a report detailing', content: 'the repairs' }],
  },
  {
    // Negative: a document with no participle after it is the content of the verb, not a speaker.
    text: 'The mayor has released a report on the harbour.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'has released', content: 'a report on the harbour' }],
  },
]);

family('en participle speakers 3. the quoted-as frame with the reporter named', [
  {
    text: 'Ms. Varga was quoted by the Harbour Gazette as saying the ferry would close.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'was quoted as saying', content: 'the ferry would close' }],
  },
]);

family('en participle speakers 4. the relative clause of an issued document speaks for its issuer', [
  {
    text: 'Mr. Oduya released a statement that said the ferry had been sold.',
    claims: [{ kind: 'indirect', source: 'Mr. Oduya', cue: 'released a statement that said', content: 'the ferry had been sold' }],
  },
  {
    // Negative: "that" before a noun is a determiner; the noun is no verb.
    text: 'Mr. Oduya said that reports of a sale were false.',
    claims: [{ kind: 'indirect', source: 'Mr. Oduya', cue: 'said', content: 'reports of a sale were false' }],
  },
]);

family('en participle speakers 5. a verb closed by a comma before a speaker aside has no content there', [
  {
    text: 'The harbour board knew, the auditors said, but did nothing.',
    claims: [{ kind: 'indirect', source: 'the auditors', cue: 'said', content: 'The harbour board knew' }],
  },
]);
