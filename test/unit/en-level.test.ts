/**
 * English attribution level (src/extract/attribution/en-level.ts): a quoted fragment inside a running clause
 * has no cue of its own; the verb of the clause around it is the attribution. Every sentence is written for
 * this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en level 1. a quoted fragment inside a clause: the clause verb is the cue, the fragment part of its content', [
  {
    text: 'Ms. Okafor said she was “not ready” to back the ferry plan.',
    claims: [{ kind: 'mixed', source: 'Ms. Okafor', cue: 'said', content: 'she was “not ready” to back the ferry plan' }],
  },
  {
    text: 'The mayor said he had never seen any “secret” harbour files.',
    claims: [{ kind: 'mixed', source: 'The mayor', cue: 'said', content: 'he had never seen any “secret” harbour files' }],
  },
  {
    text: 'The council said the levy was meant to head off “more drastic” toll increases.',
    claims: [{ kind: 'mixed', source: 'The council', cue: 'said', content: 'the levy was meant to head off “more drastic” toll increases' }],
  },
  {
    text: 'Mr. Brandt wrote that he was “proud and grateful” to announce the new bridge.',
    claims: [{ kind: 'mixed', source: 'Mr. Brandt', cue: 'wrote', content: 'he was “proud and grateful” to announce the new bridge' }],
  },
  {
    text: 'The harbour master told reporters that the pier was “falling apart” after the storm.',
    claims: [{ kind: 'mixed', source: 'The harbour master', cue: 'told', content: 'the pier was “falling apart” after the storm' }],
  },
  {
    text: 'Ms. Lund argued that the fares were “far too high” for most families.',
    claims: [{ kind: 'mixed', source: 'Ms. Lund', cue: 'argued', content: 'the fares were “far too high” for most families' }],
  },
  {
    text: 'The union said it would “have been fair” had the board consulted its members.',
    claims: [{ kind: 'mixed', source: 'The union', cue: 'said', content: 'it would “have been fair” had the board consulted its members' }],
  },
  {
    text: 'Brackwater officials said the “temporary” closure would last a year.',
    claims: [{ kind: 'mixed', source: 'Brackwater officials', cue: 'said', content: 'the “temporary” closure would last a year' }],
  },
  {
    text: 'The engineer insisted the new hull was “completely safe” in rough water.',
    claims: [{ kind: 'mixed', source: 'The engineer', cue: 'insisted', content: 'the new hull was “completely safe” in rough water' }],
  },
  {
    text: 'Mr. Okoye said voters felt “badly let down” by the council.',
    claims: [{ kind: 'mixed', source: 'Mr. Okoye', cue: 'said', content: 'voters felt “badly let down” by the council' }],
  },
]);

family('en level 1 (negative). a quotation that a comma closes, or that opens its sentence, keeps its cue after it', [
  {
    text: 'The plan is “dead on arrival,” the senator said.',
    claims: [{ kind: 'mixed', source: 'the senator', cue: 'said', content: 'The plan is “dead on arrival,”' }],
  },
  {
    text: '“The ferry will run all winter,” the harbour master said.',
    claims: [{ kind: 'direct', source: 'the harbour master', cue: 'said', content: 'The ferry will run all winter' }],
  },
  {
    text: '“We will keep the pier open” Ms. Lund said.',
    claims: [{ kind: 'direct', source: 'Ms. Lund', cue: 'said', content: 'We will keep the pier open' }],
  },
  {
    text: '“Fares will not rise this year,” said Mr. Brandt, the ferry director.',
    claims: [{ kind: 'direct', source: 'Mr. Brandt, the ferry director', cue: 'said', content: 'Fares will not rise this year' }],
  },
  {
    text: 'Ms. Okafor called the bridge “a floating ruin” on Monday.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'called', content: 'the bridge “a floating ruin”' }],
  },
  {
    text: 'The mayor said: “We will rebuild the pier.”',
    claims: [{ kind: 'direct', source: 'The mayor', cue: 'said', content: 'We will rebuild the pier.' }],
  },
  {
    text: 'The so-called “harbour first” group met on Tuesday.',
    claims: [],
  },
  {
    text: 'It was a “raw time,” said Mr. Okoye.',
    claims: [{ kind: 'mixed', source: 'Mr. Okoye', cue: 'said', content: 'It was a “raw time,”' }],
  },
  {
    text: '“Why close the pier now?” Ms. Lund asked.',
    claims: [{ kind: 'direct', source: 'Ms. Lund', cue: 'asked', content: 'Why close the pier now?' }],
  },
  {
    text: 'The director said, “The bridge is safe,” and left the room.',
    claims: [{ kind: 'direct', source: 'The director', cue: 'said', content: 'The bridge is safe' }],
  },
]);

family('en level 2. "appear" with a place or occasion after it tells where someone was: no hedge', [
  { text: 'Ms. Okafor appeared at a rally in Brackwater on Friday.', claims: [] },
  { text: 'The harbour master is due to appear before the council next week.', claims: [] },
  { text: 'Mr. Brandt appeared in court on Monday.', claims: [] },
  { text: 'The director appeared with Ms. Lund at the pier.', claims: [] },
  { text: 'Ms. Lund appeared Tuesday on a morning show.', claims: [] },
  { text: 'The mayor appeared on local radio amid reports of a strike.', claims: [] },
  { text: 'Mr. Okoye will appear at the harbour hearing.', claims: [] },
  { text: 'The ferry captain appeared briefly in the doorway.', claims: [] },
  { text: 'Ms. Okafor has appeared on television many times.', claims: [] },
  { text: 'Two council members appeared before reporters after the vote.', claims: [] },
]);

family('en level 2 (negative). "appear" and "seem" as hedges keep their claim', [
  {
    text: 'The ferry appears to be losing money.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appears', content: ['The ferry', 'to be losing money'] }],
  },
  {
    text: 'It appears that the pier will close.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appears', content: 'the pier will close' }],
  },
  {
    text: 'The plan appeared likely to pass.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appeared', content: ['The plan', 'likely to pass'] }],
  },
  {
    text: 'The council seemed in no hurry to decide.',
    claims: [{ kind: 'unattributed', source: null, cue: 'seemed', content: ['The council', 'in no hurry to decide'] }],
  },
  {
    text: 'The bridge appeared increasingly to sag in the middle.',
    claims: [{ kind: 'unattributed', source: null, cue: 'appeared', content: ['The bridge', 'increasingly to sag in the middle'] }],
  },
]);

family('en level 3. "X said that ADJUNCT, CLAUSE": the fronted adjunct and the clause after its comma are both what X said', [
  { text: 'The mayor said that if re-elected, she would rebuild the pier.', claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'if re-elected, she would rebuild the pier' }] },
  { text: 'Mr. Brandt said that in a vote between the two plans, he would back the cheaper one.', claims: [{ kind: 'indirect', source: 'Mr. Brandt', cue: 'said', content: 'in a vote between the two plans, he would back the cheaper one' }] },
  { text: 'The union said that despite the pay offer, its members plan to strike.', claims: [{ kind: 'indirect', source: 'The union', cue: 'said', content: 'despite the pay offer, its members plan to strike' }] },
  { text: 'Ms. Lund said that after the storm, engineers believe the bridge is unsafe.', claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: 'said', content: 'after the storm, engineers believe the bridge is unsafe' }] },
  { text: 'The council said that as a result, fares would rise in May.', claims: [{ kind: 'indirect', source: 'The council', cue: 'said', content: 'as a result, fares would rise in May' }] },
  { text: 'The director said that because of the strike, the ferry would not run.', claims: [{ kind: 'indirect', source: 'The director', cue: 'said', content: 'because of the strike, the ferry would not run' }] },
  { text: 'Mr. Okoye said that when the bridge opens, traffic will fall.', claims: [{ kind: 'indirect', source: 'Mr. Okoye', cue: 'said', content: 'when the bridge opens, traffic will fall' }] },
  { text: 'The harbour master said that although the pier is old, it is safe.', claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'said', content: 'although the pier is old, it is safe' }] },
  { text: 'Ms. Okafor told reporters that if the plan fails, she would resign.', claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'told', content: 'if the plan fails, she would resign' }] },
  { text: 'The mayor says that in the long run, the town will gain.', claims: [{ kind: 'indirect', source: 'The mayor', cue: 'says', content: 'in the long run, the town will gain' }] },
]);

family('en level 3 (negative). a comma before a speaker of its own still ends a statement', [
  { text: 'The bridge is unsafe in heavy winds, the engineer said.', claims: [{ kind: 'indirect', source: 'the engineer', cue: 'said', content: 'The bridge is unsafe in heavy winds' }] },
  { text: 'If the plan fails, she would resign, Ms. Okafor said.', claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'If the plan fails, she would resign' }] },
  {
    text: 'Six in 10 said the race was over, and three-quarters said the mayor would win.',
    claims: [
      { kind: 'indirect', source: 'Six in 10', cue: 'said', content: 'the race was over' },
      { kind: 'indirect', source: 'three-quarters', cue: 'said', content: 'the mayor would win' },
    ],
  },
  { text: 'The mayor said in a statement, the ferry will run.', claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said in a statement', content: 'the ferry will run' }] },
  { text: 'The mayor said that the fares, which rose in May, would fall.', claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the fares, which rose in May, would fall' }] },
]);

family('en level 4. a last verb with an object after its subject speaks inside the clause before it, not for it', [
  { text: 'The mayor said the pier had been flooded twice, one of the storms damaging the bridge.', claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the pier had been flooded twice, one of the storms damaging the bridge' }] },
  { text: 'The director said the ferry was late, many passengers blaming the storm.', claims: [{ kind: 'indirect', source: 'The director', cue: 'said', content: 'the ferry was late, many passengers blaming the storm' }] },
  { text: 'Ms. Okafor said the council had met twice, some of its members questioning the budget.', claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the council had met twice, some of its members questioning the budget' }] },
]);

family('en level 4 (negative). "C, X told Y", "C, said X", "C, X said Monday" keep the last verb as the cue of C', [
  { text: 'The ferry will run all winter, she told reporters.', claims: [{ kind: 'indirect', source: 'she', cue: 'told', content: 'The ferry will run all winter' }] },
  { text: 'The ferry will run all winter, said one official at the port.', claims: [{ kind: 'indirect', source: 'one official at the port', cue: 'said', content: 'The ferry will run all winter' }] },
  { text: 'The ferry will run all winter, the harbour master wrote in a letter.', claims: [{ kind: 'indirect', source: 'the harbour master', cue: 'wrote in a letter', content: 'The ferry will run all winter' }] },
  { text: 'The plan failed, and the council voted against it, one member said.', claims: [{ kind: 'indirect', source: 'one member', cue: 'said', content: 'The plan failed, and the council voted against it' }] },
]);
