/**
 * Where an English noun phrase ends (src/extract/attribution/en-np-end.ts, en-as-clause.ts): auxiliaries and
 * modals end a speaker phrase, "according to" in every position, inverted speakers with post-modifiers or
 * trailers, "as X put it". Every sentence is written for this test (invented people and places); conventions as
 * in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en np-end 1. an opening "according to": the source ends before the statement', [
  {
    text: 'According to the Harbour Gazette, Ms. Varga will run for mayor.',
    claims: [{ kind: 'indirect', source: 'the Harbour Gazette', cue: 'According to', content: 'Ms. Varga will run for mayor' }],
  },
  {
    text: 'According to Ms. Varga, the ferry plan failed.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'According to', content: 'the ferry plan failed' }],
  },
  {
    text: 'According to two people familiar with the talks, the ferry deal has collapsed.',
    claims: [{ kind: 'indirect', source: 'two people familiar with the talks', cue: 'According to', content: 'the ferry deal has collapsed' }],
  },
  {
    // A time after the speaker is no part of it.
    text: 'According to Ms. Varga on Tuesday, the ferry deal has collapsed.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'According to', content: 'the ferry deal has collapsed' }],
  },
  {
    // Negative: a phrase cue with no statement of its own.
    text: 'According to Brackwater Radio, basically.',
    claims: [],
  },
]);

family('en np-end 2. "according to" between subject and predicate: both parts are the content', [
  {
    text: 'The regatta, according to Ms. Varga, is rigged.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'according to', content: ['The regatta', 'is rigged'] }],
  },
  {
    text: 'Mr. Lindqvist, according to the Harbour Gazette, will sue the port.',
    claims: [{ kind: 'indirect', source: 'the Harbour Gazette', cue: 'according to', content: ['Mr. Lindqvist', 'will sue the port'] }],
  },
  {
    text: 'The ferry will not sail on Monday, according to Ms. Varga.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'according to', content: 'The ferry will not sail on Monday' }],
  },
]);

family('en np-end 3. an inverted speaker with a post-modifier or a trailer', [
  {
    text: 'The regatta is over, said two people familiar with the matter.',
    claims: [{ kind: 'indirect', source: 'two people familiar with the matter', cue: 'said', content: 'The regatta is over' }],
  },
  {
    text: 'The harbour is closed, said an official briefed on the inspection.',
    claims: [{ kind: 'indirect', source: 'an official briefed on the inspection', cue: 'said', content: 'The harbour is closed' }],
  },
  {
    text: 'The harbour is closed, said a person close to the port authority.',
    claims: [{ kind: 'indirect', source: 'a person close to the port authority', cue: 'said', content: 'The harbour is closed' }],
  },
  {
    // A time or the statement itself after a name says when or how, not who.
    text: 'The regatta is over, said Ms. Varga on Tuesday.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'The regatta is over' }],
  },
  {
    text: 'The regatta is over, said Ms. Varga in a statement.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: 'The regatta is over' }],
  },
  {
    // Negative for inversion: a subject with its apposition before the verb, an object and a trailer after it.
    text: 'Ms. Varga, the director of the port, stressed safety rules during a visit.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga, the director of the port', cue: 'stressed', content: 'safety rules during a visit' }],
  },
]);

family('en np-end 4. auxiliaries between speaker and verb', [
  {
    text: '“The harbour is closed,” Ms. Varga has repeatedly said.',
    claims: [{ kind: 'direct', source: 'Ms. Varga', cue: 'has repeatedly said', content: 'The harbour is closed' }],
  },
  {
    text: 'The harbour, Ms. Varga has said, will stay closed.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'has said', content: ['The harbour', 'will stay closed'] }],
  },
  {
    text: 'The race in Brackwater is tight, a new poll has found.',
    claims: [{ kind: 'indirect', source: 'a new poll', cue: 'has found', content: 'The race in Brackwater is tight' }],
  },
  {
    // Negative: a passive after a quotation is no act of saying.
    text: '“Did the port lower its fees?” Mr. Lindqvist has never been charged.',
    claims: [],
  },
]);

family('en np-end 5. "as X put it", "in the words of X"', [
  {
    text: 'As Ms. Varga put it, the ferry is a relic.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'put it', content: 'the ferry is a relic' }],
  },
  {
    text: 'As the director put it in a memo, the ferry is a relic.',
    claims: [{ kind: 'indirect', source: 'the director', cue: 'put it', content: 'the ferry is a relic' }],
  },
  {
    text: 'The ferry is a relic, as Ms. Varga put it.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'put it', content: 'The ferry is a relic' }],
  },
  {
    text: 'In the words of Ms. Varga, the ferry is a relic.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'In the words of', content: 'the ferry is a relic' }],
  },
  {
    // Negative: "as" of time, and "put" without "it".
    text: 'As the ferry aged, the crew put new paint on it.',
    claims: [],
  },
]);

family('en np-end 6. a subject with a post-modifier or a relative clause before its verb', [
  {
    text: 'Officials familiar with the plan said the ferry would sail.',
    claims: [{ kind: 'indirect', source: 'Officials familiar with the plan', cue: 'said', content: 'the ferry would sail' }],
  },
  {
    text: 'People who attended the meeting said the ferry would sail.',
    claims: [{ kind: 'indirect', source: 'People who attended the meeting', cue: 'said', content: 'the ferry would sail' }],
  },
  {
    text: 'But two people close to the director have repeatedly said the ferry would sail.',
    claims: [{ kind: 'indirect', source: 'two people close to the director', cue: 'have repeatedly said', content: 'the ferry would sail' }],
  },
  {
    // An object relative keeps its own speaker: "who Ms. Varga said …".
    text: 'The captain, who Ms. Varga said was drunk, resigned.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'said', content: ['who', 'was drunk'] }],
  },
]);
