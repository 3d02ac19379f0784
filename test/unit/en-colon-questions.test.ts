/**
 * English colon frames and questions (src/extract/attribution/en-colon.ts, the colon clause before a quotation in
 * en-short-frames.ts, src/extract/attribution/en-questions.ts and askedQuestion in en-verbshapes.ts). Every
 * sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en colon 1. a clause with a noun of speech closed by a colon introduces the statement after it', [
  {
    text: 'Mayor Lund had a simple message: The harbour will stay open.',
    claims: [{ kind: 'indirect', source: 'Mayor Lund', cue: 'had a simple message:', content: 'The harbour will stay open' }],
  },
  {
    text: 'The fishermen sent the council an unmistakable warning: the pier is falling apart.',
    claims: [{ kind: 'indirect', source: 'The fishermen', cue: 'sent the council an unmistakable warning:', content: 'the pier is falling apart', stance: 'warn' }],
  },
  {
    // The clause starts after a comma; a comma inside the object does not cut it.
    text: 'Last week, the harbour board gave a blunt, honest answer: nobody will pay for the bridge.',
    claims: [{ kind: 'indirect', source: 'the harbour board', cue: 'gave a blunt, honest answer:', content: 'nobody will pay for the bridge' }],
  },
  {
    // A time after the subject's noun phrase stays in the source.
    text: 'A rally by the ferry workers on Sunday had one message: the old timetable must return.',
    claims: [{ kind: 'indirect', source: 'A rally by the ferry workers on Sunday', cue: 'had one message:', content: 'the old timetable must return' }],
  },
  {
    // A noun of speech with its owner as the subject of a linking verb.
    text: "Ms. Okafor's answer was short: the tax will not rise.",
    claims: [{ kind: 'indirect', source: "Ms. Okafor's answer", cue: 'was short:', content: 'the tax will not rise' }],
  },
  {
    // Negative: a colon that opens a list.
    text: 'The harbour plan includes: a new pier, two cranes and a ferry.',
    claims: [],
  },
  {
    // Negative: a subject that names nobody.
    text: 'There was one question: who would pay for the new pier?',
    claims: [],
  },
  {
    // Negative: no noun of speech before the colon.
    text: 'The ferry had one problem: the engine was too old for the crossing.',
    claims: [],
  },
  {
    // Negative: a noun of speech without an owner after a linking verb.
    text: 'The message was simple: the harbour will stay open.',
    claims: [],
  },
]);

family('en colon 2. a colon clause before a quotation: a prepositional phrase in its subject, "went on"', [
  {
    text: 'A footnote in the harbour study makes that clear: "The pier was never inspected."',
    claims: [{ kind: 'direct', source: 'A footnote in the harbour study', cue: 'makes that clear:', content: 'The pier was never inspected.' }],
  },
  {
    // A conjunction opening the sentence is no part of the source.
    text: 'And Mr. Berg gloated: "I told you the ferry would be late."',
    claims: [{ kind: 'direct', source: 'Mr. Berg', cue: 'gloated', content: 'I told you the ferry would be late.' }],
  },
  {
    text: 'Ms. Okafor shot back: "That would be a fine pier."',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'shot back', content: 'That would be a fine pier.' }],
  },
  {
    text: 'Mayor Lund went even further: "The pier must close tomorrow."',
    claims: [{ kind: 'direct', source: 'Mayor Lund', cue: 'went even further:', content: 'The pier must close tomorrow.' }],
  },
]);

family('en questions 1. "asked" with an occasion or a time before the topic of the question', [
  {
    text: 'Asked Tuesday about the ferry, Mayor Lund said she had no plans.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Asked', content: 'the ferry' },
      { kind: 'indirect', source: 'Mayor Lund', cue: 'said', content: 'she had no plans' },
    ],
  },
  {
    // The occasion is no part of the cue.
    text: 'When asked at a harbour meeting about the tax, Mr. Berg changed the subject.',
    claims: [{ kind: 'unattributed', source: null, cue: 'asked', content: 'the tax' }],
  },
  {
    text: 'When asked by Ms. Okafor on Thursday about the new pier, the mayor laughed.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'asked', content: 'the new pier' }],
  },
  {
    text: 'When asked for his position during a radio interview, Mr. Berg said he liked the plan.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'asked for', content: 'his position during a radio interview' },
      { kind: 'indirect', source: 'Mr. Berg', cue: 'said', content: 'he liked the plan' },
    ],
  },
  {
    // A question as the object of the passive: its topic is the content, the noun no part of the cue.
    text: 'Mr. Berg was asked a simple question about the pier during the debate.',
    claims: [{ kind: 'unattributed', source: null, cue: 'was asked', content: 'the pier during the debate' }],
  },
  {
    // Negative: an occasion with no question or topic after it.
    text: 'Asked at the harbour meeting, Mr. Berg said nothing new about the tax.',
    claims: [{ kind: 'indirect', source: 'Mr. Berg', cue: 'said', content: 'nothing new about the tax' }],
  },
]);

family('en questions 2. the asker of an active "asked Y about Z" or "asked Y whether C" is the source', [
  {
    // The topic holds a relative clause: it is no content of its own.
    text: 'Radio host Ann Lund asked the mayor about promises he had made the previous night.',
    claims: [{ kind: 'indirect', source: 'Radio host Ann Lund', cue: 'asked', content: 'promises he had made the previous night' }],
  },
  {
    text: 'When the Gazette asked Mr. Berg about the pier, his spokesman said the plans were ready.',
    claims: [
      { kind: 'indirect', source: 'the Gazette', cue: 'asked', content: 'the pier' },
      { kind: 'indirect', source: 'his spokesman', cue: 'said', content: 'the plans were ready' },
    ],
  },
  {
    // An adverb between the subject and the verb joins the cue.
    text: 'Ms. Okafor then asked the mayor which piers he would close.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'then asked', content: 'which piers he would close' }],
  },
  {
    text: 'We asked our readers which ferry they liked best.',
    claims: [{ kind: 'indirect', source: 'We', cue: 'asked', content: 'which ferry they liked best' }],
  },
  {
    // Negative for this rule: a request is the verb rules' ("asked X to C").
    text: 'The mayor asked the fishermen to leave the pier.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'asked', content: 'the fishermen to leave the pier' }],
  },
]);
