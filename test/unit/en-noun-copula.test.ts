/**
 * English speech nouns in a copular clause (src/extract/attribution/en-noun-copula.ts: "Her view is that …", "The
 * fear among fishermen is that …", "The question is whether …"), the main verb after a subject noun's that-clause
 * (en-noun-clauses.ts) and a listener between a speech noun and its that-clause ("made the case to voters that …").
 * Every sentence is written for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en noun copula 1. a possessive speaks: the cue runs from the noun to the copula', [
  {
    text: "Lenton's argument on Monday was that the ferry had been sold.",
    claims: [
      { kind: 'indirect', source: "Lenton's", cue: 'argument on Monday was', content: 'the ferry had been sold' },
    ],
  },
  {
    text: 'Her view is that the harbour should stay open.',
    claims: [
      { kind: 'indirect', source: 'Her', cue: 'view is', content: 'the harbour should stay open' },
    ],
  },
  {
    text: "The mayor's message has always been that the pier is safe.",
    claims: [
      { kind: 'indirect', source: "The mayor's", cue: 'message has always been', content: 'the pier is safe' },
    ],
  },
  {
    text: 'Their fear was that the mill would close before winter.',
    claims: [
      { kind: 'indirect', source: 'Their', cue: 'fear was', content: 'the mill would close before winter' },
    ],
  },
  {
    text: 'My impression is that the council has no plan.',
    claims: [
      { kind: 'indirect', source: 'My', cue: 'impression is', content: 'the council has no plan' },
    ],
  },
  {
    text: "The union's response was that wages had fallen for years.",
    claims: [
      { kind: 'indirect', source: "The union's", cue: 'response was', content: 'wages had fallen for years' },
    ],
  },
  {
    text: 'His point was that the tolls hurt fishermen.',
    claims: [
      { kind: 'indirect', source: 'His', cue: 'point was', content: 'the tolls hurt fishermen' },
    ],
  },
  {
    text: "Perhaps Mr. Okafor's most surprising suggestion was that the council had lied.",
    claims: [
      { kind: 'indirect', source: "Mr. Okafor's", cue: 'most surprising suggestion was', content: 'the council had lied' },
    ],
  },
  {
    text: "But Dr. Varga's main contention is that the bridge was never inspected.",
    claims: [
      { kind: 'indirect', source: "Dr. Varga's", cue: 'main contention is', content: 'the bridge was never inspected' },
    ],
  },
  {
    text: "Councillor Brandt's answer would be that the budget is balanced.",
    claims: [
      { kind: 'indirect', source: "Councillor Brandt's", cue: 'answer would be', content: 'the budget is balanced' },
    ],
  },
  {
    text: "Her fundamental argument, much like her rival's, is that taxes are too high.",
    claims: [
      { kind: 'indirect', source: 'Her', cue: 'fundamental argument', content: 'taxes are too high' },
    ],
  },
]);

family('en noun copula 2. the speaker after among, within, in or at a name: the cue is the noun phrase', [
  {
    text: 'The fear among fishermen is that the quota will be cut.',
    claims: [
      { kind: 'indirect', source: 'fishermen', cue: 'The fear', content: 'the quota will be cut' },
    ],
  },
  {
    text: 'The consensus within the council is that the tolls must go.',
    claims: [
      { kind: 'indirect', source: 'the council', cue: 'The consensus', content: 'the tolls must go' },
    ],
  },
  {
    text: 'The hope in Port Elms is that the ferry returns in spring.',
    claims: [
      { kind: 'indirect', source: 'Port Elms', cue: 'The hope', content: 'the ferry returns in spring' },
    ],
  },
  {
    text: 'The thinking at Harwick Hall is that the vote will be close.',
    claims: [
      { kind: 'indirect', source: 'Harwick Hall', cue: 'The thinking', content: 'the vote will be close' },
    ],
  },
  {
    text: 'The worry among teachers has been that classes are too large.',
    claims: [
      { kind: 'indirect', source: 'teachers', cue: 'The worry', content: 'classes are too large' },
    ],
  },
]);

family('en noun copula 3. no speaker: unattributed, the cue takes the determiner; a question noun before whether', [
  {
    text: 'The idea is that residents can still use the old bridge.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The idea is', content: 'residents can still use the old bridge' },
    ],
  },
  {
    text: 'One view is that the mayor never intended to sell the pier.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'One view is', content: 'the mayor never intended to sell the pier' },
    ],
  },
  {
    text: 'A common refrain is that the town cannot afford a new school.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'A common refrain is', content: 'the town cannot afford a new school' },
    ],
  },
  {
    text: 'The question is whether the ferry will run next year.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The question is', content: 'the ferry will run next year' },
    ],
  },
  {
    text: 'The key question was whether the council knew about the leak.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The key question was', content: 'the council knew about the leak' },
    ],
  },
  {
    text: 'One question that has emerged is whether the ferry can be saved.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'One question that has emerged is', content: 'the ferry can be saved' },
    ],
  },
  {
    text: 'Given the delays -- which the mayor called a scandal -- one question is whether the pier will open.',
    claims: [
      { kind: 'reported', source: 'the mayor', cue: 'called', content: 'a scandal' },
      { kind: 'unattributed', source: null, cue: 'one question is', content: 'the pier will open' },
    ],
  },
  {
    text: 'Another complaint is that buses rarely run on time.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Another complaint is', content: 'buses rarely run on time' },
    ],
  },
  {
    text: 'The hope has been that tourists would return to the harbour.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The hope has been', content: 'tourists would return to the harbour' },
    ],
  },
  {
    text: 'In Port Elms, the fear is that the quota will be cut.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'the fear is', content: 'the quota will be cut' },
    ],
  },
  {
    text: 'The assumption was that the pier could be repaired cheaply.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The assumption was', content: 'the pier could be repaired cheaply' },
    ],
  },
  {
    text: 'The message is that the harbour is open for business.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The message is', content: 'the harbour is open for business' },
    ],
  },
]);

family('en noun copula 4. no claim: nouns that name no speech, relative clauses, a negated copula', [
  {
    text: 'The problem is that the bridge is old.',
    claims: [],
  },
  {
    text: 'The fact is that the pier was closed for a week.',
    claims: [],
  },
  {
    text: 'The reason is that the ferry costs too much.',
    claims: [],
  },
  {
    text: 'The result was that prices rose sharply in the town.',
    claims: [],
  },
  {
    text: 'The danger is that the river floods again.',
    claims: [],
  },
  {
    text: 'The lesson is that small towns need ferries.',
    claims: [],
  },
  {
    text: 'The view that he holds is rare in Port Elms.',
    claims: [],
  },
  {
    text: 'The question was not whether the mayor knew about the leak.',
    claims: [],
  },
  {
    text: 'The truth is that nobody reads the minutes.',
    claims: [],
  },
  {
    text: 'The plan is to reopen the pier in May.',
    claims: [],
  },
]);

family('en noun copula 5. a verb of saying takes the copular clause (or a noun clause) as its content, also one after a comma at the end', [
  {
    text: 'Lenton said his biggest worry is that the mill will close.',
    claims: [
      { kind: 'indirect', source: 'Lenton', cue: 'said', content: 'his biggest worry is that the mill will close' },
    ],
  },
  {
    text: 'The idea is that residents can still use the bridge, the mayor said.',
    claims: [
      { kind: 'indirect', source: 'the mayor', cue: 'said', content: 'The idea is that residents can still use the bridge' },
    ],
  },
  {
    text: 'There is some unease with the notion that the pier will close, Lenton said.',
    claims: [
      { kind: 'indirect', source: 'Lenton', cue: 'said', content: 'There is some unease with the notion that the pier will close' },
    ],
  },
  {
    text: 'Varga told reporters the hope is that the ferry returns.',
    claims: [
      { kind: 'indirect', source: 'Varga', cue: 'told', content: 'the hope is that the ferry returns' },
    ],
  },
]);

family("en noun copula 6. a subject noun's that-clause ends before the main verb, also an irregular past or a past form", [
  {
    text: 'The allegation that the vote was rigged spread online.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The allegation', content: 'the vote was rigged' },
    ],
  },
  {
    text: 'The report that the plant closed shocked workers.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The report', content: 'the plant closed' },
    ],
  },
  {
    text: 'The rumor that the mayor lied spread across the town.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The rumor', content: 'the mayor lied' },
    ],
  },
  {
    text: 'The suggestion that the ferry had been sold angered fishermen.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The suggestion', content: 'the ferry had been sold' },
    ],
  },
  {
    text: 'Claims that the harbour was polluted drew crowds to the pier.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Claims', content: 'the harbour was polluted' },
    ],
  },
  {
    text: 'The claim that police killed unarmed men spread quickly.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The claim', content: 'police killed unarmed men' },
    ],
  },
  {
    text: 'The fear that the bank would fail kept depositors away.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The fear', content: 'the bank would fail' },
    ],
  },
  {
    text: 'The claim that officials closed roads.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The claim', content: 'officials closed roads' },
    ],
  },
  {
    text: 'The idea that the mill would be sold upset the workers.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The idea', content: 'the mill would be sold' },
    ],
  },
  {
    text: 'The notion that the mayor resigned spread quickly.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'The notion', content: 'the mayor resigned' },
    ],
  },
]);

family('en noun copula 7. a light verb with a listener after to, and light verbs of holding a view', [
  {
    text: 'Lenton will make the case to voters gathered in Port Elms that the ferry must stay.',
    claims: [
      { kind: 'indirect', source: 'Lenton', cue: 'will make the case', content: 'the ferry must stay' },
    ],
  },
  {
    text: 'The mayor gave assurances to fishermen that the quota would not be cut.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'gave assurances', content: 'the quota would not be cut' },
    ],
  },
  {
    text: 'The mayor gave assurances that the quota would not be cut.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'gave assurances', content: 'the quota would not be cut' },
    ],
  },
  {
    text: 'She made a promise to parents that the school would reopen.',
    claims: [
      { kind: 'indirect', source: 'She', cue: 'made a promise', content: 'the school would reopen' },
    ],
  },
  {
    text: 'Dr. Varga also made the point that the bridge had never been inspected.',
    claims: [
      { kind: 'indirect', source: 'Dr. Varga', cue: 'also made the point', content: 'the bridge had never been inspected' },
    ],
  },
  {
    text: 'Many economists hold the view that the tolls hurt trade.',
    claims: [
      { kind: 'indirect', source: 'Many economists', cue: 'hold the view', content: 'the tolls hurt trade' },
    ],
  },
  {
    text: 'The mayor made the case to expand the harbour.',
    claims: [],
  },
]);
