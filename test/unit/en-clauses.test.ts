/**
 * English reports split by clauses (spec 4, round 15): a second report inside a content after a clause connective
 * (en-siblings.ts), a parenthetical speaker after an opening adverbial clause (en-asides.ts), a speech noun with
 * its that-clause as the subject of the sentence (en-noun-clauses.ts). Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en clauses 1. a second report after "and", "while", "whereas", "though" and a subject of its own', [
  {
    text: 'Mayor Lund said the ferry would run until May, and the harbour board announced a new timetable.',
    claims: [
      { kind: 'indirect', source: 'Mayor Lund', cue: 'said', content: 'the ferry would run until May' },
      { kind: 'reported', source: 'the harbour board', cue: 'announced', content: 'a new timetable' },
    ],
  },
  {
    text: 'Ms. Varga argued the tax was unfair while Senator Okafor suggests the state needs the money.',
    claims: [
      { kind: 'indirect', source: 'Ms. Varga', cue: 'argued', content: 'the tax was unfair' },
      { kind: 'indirect', source: 'Senator Okafor', cue: 'suggests', content: 'the state needs the money' },
    ],
  },
  {
    text: 'The council said the budget was balanced, although auditors believe it is short by millions.',
    claims: [
      { kind: 'indirect', source: 'The council', cue: 'said', content: 'the budget was balanced' },
      { kind: 'indirect', source: 'auditors', cue: 'believe', content: 'it is short by millions' },
    ],
  },
  {
    text: 'Officials said the plant would close in March, and the union insists it will stay open.',
    claims: [
      { kind: 'indirect', source: 'Officials', cue: 'said', content: 'the plant would close in March' },
      { kind: 'indirect', source: 'the union', cue: 'insists', content: 'it will stay open' },
    ],
  },
  {
    text: 'The governor claimed the road was finished, and the contractor reported that work would go on until June.',
    claims: [
      { kind: 'indirect', source: 'The governor', cue: 'claimed', content: 'the road was finished' },
      { kind: 'indirect', source: 'the contractor', cue: 'reported', content: 'work would go on until June' },
    ],
  },
  {
    text: 'Ada Brisk wrote that the vote was rigged, whereas the election board insisted the count was clean.',
    claims: [
      { kind: 'indirect', source: 'Ada Brisk', cue: 'wrote', content: 'the vote was rigged' },
      { kind: 'indirect', source: 'the election board', cue: 'insisted', content: 'the count was clean' },
    ],
  },
  {
    // a coordinated subject is no new clause: one claim
    text: 'The mayor said the results in Millbrook and Eastfield show a clear trend.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the results in Millbrook and Eastfield show a clear trend' },
    ],
  },
  {
    // a report right after the outer verb stays nested: one claim
    text: 'Okafor said voters believe the plan will fail.',
    claims: [
      { kind: 'indirect', source: 'Okafor', cue: 'said', content: 'voters believe the plan will fail' },
    ],
  },
  {
    // no clause before "and": one claim
    text: 'The chief said the ferry crews and the harbour staff support the plan.',
    claims: [
      { kind: 'indirect', source: 'The chief', cue: 'said', content: 'the ferry crews and the harbour staff support the plan' },
    ],
  },
  {
    // a list of subjects: one claim
    text: 'The chief said the ferry crews, the pilots and the harbour staff announced a strike.',
    claims: [
      { kind: 'indirect', source: 'The chief', cue: 'said', content: 'the ferry crews, the pilots and the harbour staff announced a strike' },
    ],
  },
  {
    // "and that" continues the same content
    text: 'The coach said his players had trained hard and that the fans would see it.',
    claims: [
      { kind: 'indirect', source: 'The coach', cue: 'said', content: 'his players had trained hard and that the fans would see it' },
    ],
  },
  {
    // "because" is left to the outer content
    text: 'The chief said the ferry was late because the crew had argued with the captain.',
    claims: [
      { kind: 'indirect', source: 'The chief', cue: 'said', content: 'the ferry was late because the crew had argued with the captain' },
    ],
  },
]);

family('en clauses 2. a parenthetical speaker after an opening adverbial clause', [
  {
    text: 'If the plant closes, officials said, jobs will go.',
    claims: [
      { kind: 'indirect', source: 'officials', cue: 'said', content: ['If the plant closes', 'jobs will go'] },
    ],
  },
  {
    text: 'When the vote comes, aides say, he will abstain.',
    claims: [
      { kind: 'indirect', source: 'aides', cue: 'say', content: ['When the vote comes', 'he will abstain'] },
    ],
  },
  {
    text: 'Because the law changed, she argued, the case must be dropped.',
    claims: [
      { kind: 'indirect', source: 'she', cue: 'argued', content: ['Because the law changed', 'the case must be dropped'] },
    ],
  },
  {
    text: 'Although the bridge is old, engineers said, it can carry trucks.',
    claims: [
      { kind: 'indirect', source: 'engineers', cue: 'said', content: ['Although the bridge is old', 'it can carry trucks'] },
    ],
  },
  {
    text: 'While he was away, the mayor said, the council approved the plan.',
    claims: [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: ['While he was away', 'the council approved the plan'] },
    ],
  },
  {
    text: 'Once the ferry leaves, the captain told reporters, nobody can board.',
    claims: [
      { kind: 'indirect', source: 'the captain', cue: 'told', content: ['Once the ferry leaves', 'nobody can board'] },
    ],
  },
  {
    text: 'Unless the council acts, Ms. Varga warned, the harbour will flood.',
    claims: [
      { kind: 'indirect', source: 'Ms. Varga', cue: 'warned', content: ['Unless the council acts', 'the harbour will flood'] },
    ],
  },
  {
    // the ordinary trailing speaker
    text: 'If the plant closes, jobs will go, officials said.',
    claims: [
      { kind: 'indirect', source: 'officials', cue: 'said', content: 'If the plant closes, jobs will go' },
    ],
  },
  {
    // a participle after the aside: no main clause
    text: 'When the vote comes, aides say, adding that nothing is decided.',
    claims: [
      { kind: 'indirect', source: 'aides', cue: 'say', content: 'When the vote comes' },
      { kind: 'indirect', source: 'aides', cue: 'adding', content: 'nothing is decided' },
    ],
  },
  {
    // no main clause after the aside
    text: 'If the plant closes, the town said, in a statement.',
    claims: [],
  },
  {
    // a wh-clause as subject stays one statement (en-asides.ts)
    text: 'What the mayor wants, aides say, is a quick win.',
    claims: [
      { kind: 'indirect', source: 'aides', cue: 'say', content: ['What the mayor wants', 'is a quick win'] },
    ],
  },
]);

family('en clauses 3. a speech noun with its that-clause as the subject of the sentence', [
  {
    text: 'The claim that they had won was false.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The claim', content: 'they had won' },
    ],
  },
  {
    text: 'The rumor that he would resign spread quickly.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The rumor', content: 'he would resign' },
    ],
  },
  {
    text: 'Reports that the plant will close alarmed workers.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Reports', content: 'the plant will close' },
    ],
  },
  {
    text: 'The claim that he lied was false.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The claim', content: 'he lied' },
    ],
  },
  {
    text: 'The promise that wages would rise was broken.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The promise', content: 'wages would rise' },
    ],
  },
  {
    text: 'The fear that prices will climb has faded.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The fear', content: 'prices will climb' },
    ],
  },
  {
    text: 'Mayor Lund’s claim that the ferry was safe proved wrong.',
    claims: [
      { kind: 'indirect', source: 'Mayor Lund’s', cue: 'claim', content: 'the ferry was safe' },
    ],
  },
  {
    text: 'The allegation that the count was rigged has been debunked.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The allegation', content: 'the count was rigged' },
    ],
  },
  {
    // a noun that is received from someone: "drew" takes it as object
    text: 'The criticism that he drew was harsh.',
    claims: [],
  },
  {
    // a light verb without its object: a relative clause
    text: 'The claim that he made was false.',
    claims: [],
  },
  {
    // a verb that needs its object (transitive-verbs.tsv): a relative clause, whose subject reports the noun phrase
    text: 'The report that the agency published was long.',
    claims: [
      { kind: 'reported', source: 'the agency', cue: 'published', content: 'The report' },
    ],
  },
]);

family('en clauses 4. a relative clause on a speech noun whose verb of saying lacks its object', [
  {
    text: 'The rumor that the senator quoted was false.',
    claims: [
      { kind: 'reported', source: 'the senator', cue: 'quoted', content: 'The rumor' },
    ],
  },
  {
    text: 'The mayor said the ferry was late, a charge that the harbour board strongly denied.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the ferry was late' },
      { kind: 'reported', source: 'the harbour board', cue: 'strongly denied', content: 'a charge' },
    ],
  },
  {
    text: 'It was a point that the auditors have disputed.',
    claims: [
      { kind: 'reported', source: 'the auditors', cue: 'have disputed', content: 'a point' },
    ],
  },
  {
    text: 'The claim that Ms. Varga repeated turned out to be wrong.',
    claims: [
      { kind: 'reported', source: 'Ms. Varga', cue: 'repeated', content: 'The claim' },
    ],
  },
  {
    // "to" and a bare verb: the verb's complement, the clause is what the noun says
    text: 'The rumor that Lund planned to resign spread quickly.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The rumor', content: 'Lund planned to resign' },
    ],
  },
  {
    // a light verb: a relative clause, no verb of saying
    text: 'The claim that he made was false.',
    claims: [],
  },
]);

family('en clauses 5. a conjunction that opens the clause is no part of the speaker', [
  {
    text: 'But Mayor Lund and Ms. Varga stressed that the ferry would run.',
    claims: [
      { kind: 'indirect', source: 'Mayor Lund and Ms. Varga', cue: 'stressed', content: 'the ferry would run' },
    ],
  },
  {
    text: 'The bridge is old, though engineers said it can carry trucks.',
    claims: [
      { kind: 'indirect', source: 'engineers', cue: 'said', content: 'it can carry trucks' },
    ],
  },
  {
    text: 'Prices rose. And he said the ferry would run until May.',
    claims: [
      { kind: 'indirect', source: 'he', cue: 'said', content: 'the ferry would run until May' },
    ],
  },
  {
    text: 'Yet the council insisted that the budget was balanced.',
    claims: [
      { kind: 'indirect', source: 'the council', cue: 'insisted', content: 'the budget was balanced' },
    ],
  },
]);

family('en clauses 6. "and" after a bare noun phrase right after the cue joins two subjects, not two speech acts', [
  {
    text: 'The chief said that Lund and Varga expected a deal.',
    claims: [{ kind: 'indirect', source: 'The chief', cue: 'said', content: 'Lund and Varga expected a deal' }],
  },
  {
    text: 'The chief said the mayor and the governor wanted a deal.',
    claims: [{ kind: 'indirect', source: 'The chief', cue: 'said', content: 'the mayor and the governor wanted a deal' }],
  },
  {
    text: 'The report noted that the ferry board and its auditors feared a loss.',
    claims: [{ kind: 'indirect', source: 'The report', cue: 'noted', content: 'the ferry board and its auditors feared a loss' }],
  },
  {
    // (A clause before "and": the second subject's report is its own claim.)
    text: 'Mayor Lund said the ferry would run until May and she accused the board of delays.',
    claims: [
      { kind: 'indirect', source: 'Mayor Lund', cue: 'said', content: 'the ferry would run until May' },
      { kind: 'reported', source: 'she', cue: 'accused', content: 'the board of delays' },
    ],
  },
]);
