/**
 * What may follow a closing verb of saying without being its content (src/extract/attribution/en-cues.ts,
 * trailerOnly): phrases of medium and occasion, and the manner phrases whose noun stands bare ("on condition of
 * anonymity", "amid cheers", "under oath") or whose "without" takes a participle ("without elaborating"). Every
 * sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);
const before = (text: string, source: string, cue: string, content: string): Case => ({ text, claims: [{ kind: 'indirect', source, cue, content }] });

family('en trailers 1. a manner phrase after the closing verb is no content', [
  before('The ferry deal is close, an official said on condition of anonymity.', 'an official', 'said', 'The ferry deal is close'),
  before('The ferry deal is close, Ms. Varga told reporters on condition of anonymity.', 'Ms. Varga', 'told', 'The ferry deal is close'),
  before('The harbour will reopen, the mayor said amid cheers.', 'the mayor', 'said', 'The harbour will reopen'),
  before('The harbour will reopen, the mayor said despite the rain.', 'the mayor', 'said', 'The harbour will reopen'),
  before('The records were destroyed, the clerk said under oath.', 'the clerk', 'said', 'The records were destroyed'),
  before('The audit was rigged, Mr. Ekdahl said without elaborating.', 'Mr. Ekdahl', 'said', 'The audit was rigged'),
  before('The harbour will reopen, the mayor said in a statement on Friday.', 'the mayor', 'said in a statement', 'The harbour will reopen'),
]);


/** 'C, X reported on Monday, citing Y': the participle after a speech clause with a trailer speaks for X (en-adding.ts). */
const citing = (text: string, source: string, cue: string, content: string, named: string): Case => ({
  text,
  claims: [
    { kind: 'indirect', source, cue, content },
    { kind: 'reported', source, cue: 'citing', content: named },
  ],
});

family('en trailers 2. a participle after a speech clause that closes with a time or occasion', [
  citing('The ferry deal was close, the Harbour Gazette reported on Monday, citing two officials.', 'the Harbour Gazette', 'reported', 'The ferry deal was close', 'two officials'),
  citing('The ferry deal was close, the Harbour Gazette reported in a story on Monday, citing two officials.', 'the Harbour Gazette', 'reported', 'The ferry deal was close', 'two officials'),
]);
