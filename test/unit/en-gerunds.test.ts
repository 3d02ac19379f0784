/**
 * English gerunds after prepositions, coordinated reports and content ends (round thirteen, spec 4;
 * src/extract/attribution/en-gerunds.ts): gerund adjuncts after a reported topic or a clause content ("dismissed
 * X by pointing out that …", "said C before claiming that D"), "aside from saying", agentless passives of blame
 * before a gerund of saying ("was criticized for saying that …"), quantifier pronouns as the subject of a
 * participle (", each touting …"), a content that goes on over "and" before a verb of attitude ("said she was
 * tired … and wanted …"), and continuations after a quote. Every sentence is written for this test (invented
 * people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en gerunds 1. a gerund adjunct ends a reported topic or a clause content and reports for the main subject', [
  {
    text: 'Mayor Ostrowski dismissed the complaints by pointing out that the budget had doubled.',
    claims: [
      { kind: 'reported', source: 'Mayor Ostrowski', cue: 'dismissed', content: 'the complaints' },
      { kind: 'indirect', source: 'Mayor Ostrowski', cue: 'pointing out', content: 'the budget had doubled' },
    ],
  },
  {
    text: 'The police charged Mr. Halvorsen after determining that the video showed him striking a guard.',
    claims: [
      { kind: 'reported', source: 'The police', cue: 'charged', content: 'Mr. Halvorsen' },
      { kind: 'indirect', source: 'The police', cue: 'determining', content: 'the video showed him striking a guard' },
    ],
  },
  {
    text: 'The union attacked the council by warning that wages had fallen.',
    claims: [
      { kind: 'reported', source: 'The union', cue: 'attacked', content: 'the council' },
      { kind: 'indirect', source: 'The union', cue: 'warning', content: 'wages had fallen' },
    ],
  },
  {
    text: 'The governor praised the bridge plan, before clarifying that the tolls would stay.',
    claims: [
      { kind: 'reported', source: 'The governor', cue: 'praised', content: 'the bridge plan' },
      { kind: 'indirect', source: 'The governor', cue: 'clarifying', content: 'the tolls would stay' },
    ],
  },
  {
    text: 'Senator Quist criticized the treaty while insisting that he supported free trade.',
    claims: [
      { kind: 'reported', source: 'Senator Quist', cue: 'criticized', content: 'the treaty' },
      { kind: 'indirect', source: 'Senator Quist', cue: 'insisting', content: 'he supported free trade' },
    ],
  },
  {
    text: 'The board rejected the offer after noting that the bid was too low.',
    claims: [
      { kind: 'reported', source: 'The board', cue: 'rejected', content: 'the offer' },
      { kind: 'indirect', source: 'The board', cue: 'noting', content: 'the bid was too low' },
    ],
  },
  {
    text: 'Councillor Imre thanked the volunteers before announcing that she would retire.',
    claims: [
      { kind: 'reported', source: 'Councillor Imre', cue: 'thanked', content: 'the volunteers' },
      { kind: 'indirect', source: 'Councillor Imre', cue: 'announcing', content: 'she would retire' },
    ],
  },
  {
    text: 'The club protested the ruling by giving away free tickets.',
    claims: [
      { kind: 'reported', source: 'The club', cue: 'protested', content: 'the ruling' },
    ],
  },
  {
    text: 'Mr. Lund welcomed the report after learning that the river was clean again.',
    claims: [
      { kind: 'reported', source: 'Mr. Lund', cue: 'welcomed', content: 'the report' },
      { kind: 'indirect', source: 'Mr. Lund', cue: 'learning', content: 'the river was clean again' },
    ],
  },
  {
    text: 'The mayor said the plan was sound, before adding that it needed more money.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the plan was sound' },
      { kind: 'indirect', source: 'The mayor', cue: 'adding', content: 'it needed more money' },
    ],
  },
  {
    text: 'Mr. Farrow said the deadlock had kept the town safe on radio before claiming that the levy was illegal.',
    claims: [
      { kind: 'indirect', source: 'Mr. Farrow', cue: 'said', content: 'the deadlock had kept the town safe on radio' },
      { kind: 'indirect', source: 'Mr. Farrow', cue: 'claiming', content: 'the levy was illegal' },
    ],
  },
  // Negative: "by" gives the means of the content's own verb.
  {
    text: 'Ms. Okafor said she would win by telling voters the truth.',
    claims: [
      { kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'she would win by telling voters the truth' },
    ],
  },
  {
    text: 'He said his staff did the wrong thing by looking at the files.',
    claims: [
      { kind: 'indirect', source: 'He', cue: 'said', content: 'his staff did the wrong thing by looking at the files' },
    ],
  },
  {
    text: 'The chief said the road would reopen after repairing the bridge.',
    claims: [
      { kind: 'indirect', source: 'The chief', cue: 'said', content: 'the road would reopen after repairing the bridge' },
    ],
  },
  {
    text: 'She ended the speech by praising the staff and urging voters to turn out.',
    claims: [
      { kind: 'reported', source: 'She', cue: 'praising', content: 'the staff' },
      { kind: 'reported', source: 'She', cue: 'urging', content: 'voters to turn out' },
    ],
  },
  {
    text: 'He opened the rally by thanking the crowd and saying that the polls were wrong.',
    claims: [
      { kind: 'reported', source: 'He', cue: 'thanking', content: 'the crowd' },
      { kind: 'indirect', source: 'He', cue: 'saying', content: 'the polls were wrong' },
    ],
  },
  {
    text: 'Mr. Ode held a news conference, mocking the new bridge and pointedly saying the town was not safe.',
    claims: [
      { kind: 'reported', source: 'Mr. Ode', cue: 'mocking', content: 'the new bridge' },
      { kind: 'indirect', source: 'Mr. Ode', cue: 'pointedly saying', content: 'the town was not safe' },
    ],
  },
  {
    text: '"I know him well," the governor said, before clarifying that he, Mr. Ode, was the better candidate.',
    claims: [
      { kind: 'direct', source: 'the governor', cue: 'said', content: 'I know him well' },
      { kind: 'indirect', source: 'the governor', cue: 'clarifying', content: 'he, Mr. Ode, was the better candidate' },
    ],
  },
]);

family('en gerunds 2. "from" before a gerund: "aside from saying", a range of acts; after "refrained from" nobody speaks', [
  {
    text: 'Mr. Tamm refuses to discuss the candidates, aside from saying he wants a younger team.',
    claims: [
      { kind: 'reported', source: 'Mr. Tamm', cue: 'refuses', content: 'to discuss the candidates' },
      { kind: 'indirect', source: 'Mr. Tamm', cue: 'saying', content: 'he wants a younger team' },
    ],
  },
  {
    text: 'Apart from noting that the law was old, the judge said nothing.',
    claims: [
      { kind: 'indirect', source: 'the judge', cue: 'noting', content: 'the law was old' },
    ],
  },
  {
    text: 'Aside from calling the plan a disaster, Ms. Reyes offered no details.',
    claims: [
      { kind: 'reported', source: 'Ms. Reyes', cue: 'calling', content: 'the plan a disaster' },
      { kind: 'reported', source: 'Ms. Reyes', cue: 'offered', content: 'no details' },
    ],
  },
  {
    text: 'The mayor used the stage for everything, from claiming that the port would double its trade to boasting about his health.',
    claims: [
      { kind: 'indirect', source: 'The mayor', cue: 'claiming', content: 'the port would double its trade' },
    ],
  },
  // Negative: after a verb of refraining or keeping the act did not take place.
  { text: 'Mr. Novak refrained from attacking his rivals.', claims: [] },
  { text: 'The court barred him from saying that the trial was rigged.', claims: [] },
  { text: 'She has refrained from endorsing either candidate.', claims: [] },
]);

family('en gerunds 3. an agentless passive of blame before a gerund of saying is the subject\'s claim', [
  {
    text: 'Dr. Pell was criticized for saying that the tea was a cure.',
    claims: [
      { kind: 'indirect', source: 'Dr. Pell', cue: 'saying', content: 'the tea was a cure' },
    ],
  },
  {
    text: 'She was praised for arguing that the dam would fail.',
    claims: [
      { kind: 'indirect', source: 'She', cue: 'arguing', content: 'the dam would fail' },
    ],
  },
  {
    text: 'Mr. Ruiz has been widely mocked for claiming that he built the bridge himself.',
    claims: [
      { kind: 'indirect', source: 'Mr. Ruiz', cue: 'claiming', content: 'he built the bridge himself' },
    ],
  },
  {
    text: 'The coach was blamed for telling players that the match did not matter.',
    claims: [
      { kind: 'indirect', source: 'The coach', cue: 'telling', content: 'the match did not matter' },
    ],
  },
  // Other gerunds stay in the blame, which names no critic.
  {
    text: 'Mr. Berg was criticized for trading the land for a park.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'was criticized', content: ['Mr. Berg', 'for trading the land for a park'] },
    ],
  },
  { text: 'The firm was fined for polluting the river.', claims: [] },
  {
    text: 'Ms. Aalto criticized him for saying he had paid for the road.',
    claims: [
      { kind: 'reported', source: 'Ms. Aalto', cue: 'criticized', content: 'him for saying he had paid for the road' },
    ],
  },
  // Negative: "saying" after a noun of thanks, as a noun, or after "known for".
  { text: 'Thanks for saying so.', claims: [] },
  { text: 'As the saying goes, the house always wins.', claims: [] },
  {
    text: 'He is known for saying little.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'is known for', content: ['He', 'saying little'] },
    ],
  },
]);

family('en gerunds 4. a quantifier pronoun after a comma is the subject of the participles after it', [
  {
    text: 'The candidates met Wednesday, each touting their own experience and saying the other lacks the judgment to lead.',
    claims: [
      { kind: 'reported', source: 'each', cue: 'touting', content: 'their own experience' },
      { kind: 'indirect', source: 'each', cue: 'saying', content: 'the other lacks the judgment to lead' },
    ],
  },
  {
    text: 'The two senators spoke Monday, each saying the bill would fail.',
    claims: [
      { kind: 'indirect', source: 'each', cue: 'saying', content: 'the bill would fail' },
    ],
  },
  {
    text: 'The rivals clashed again, both claiming that the other had lied.',
    claims: [
      { kind: 'indirect', source: 'both', cue: 'claiming', content: 'the other had lied' },
    ],
  },
  {
    text: 'The protesters marched downtown, many denouncing the mayor.',
    claims: [
      { kind: 'reported', source: 'many', cue: 'denouncing', content: 'the mayor' },
    ],
  },
  { text: 'The ministers arrived in Oslo, several praising the new pact.', claims: [] },
  // Negative: "both … and" joins two participles of the subject before it (and these are no cues).
  { text: 'The editor met both writers, both riding with her and eating with her in Lyon.', claims: [] },
  { text: 'The leaders arrived, some wearing hats and others carrying flags.', claims: [] },
]);

family('en gerunds 5. a content with a pronoun subject goes on over "and" before an agreeing verb of attitude', [
  {
    text: 'The actress said she was tired of the status quo and wanted a candidate who would fight.',
    claims: [
      { kind: 'indirect', source: 'The actress', cue: 'said', content: 'she was tired of the status quo and wanted a candidate who would fight' },
    ],
  },
  {
    text: 'Mr. Singh said he was alarmed by the images and wanted to see the rally for himself.',
    claims: [
      { kind: 'indirect', source: 'Mr. Singh', cue: 'said', content: 'he was alarmed by the images and wanted to see the rally for himself' },
    ],
  },
  {
    text: 'Ms. Arnold said she did not condone violence and hoped that people would protest peacefully.',
    claims: [
      { kind: 'indirect', source: 'Ms. Arnold', cue: 'said', content: 'she did not condone violence and hoped that people would protest peacefully' },
    ],
  },
  {
    text: 'Ms. Purcell said she made her decision on old numbers and thought many people would vote by mail.',
    claims: [
      { kind: 'indirect', source: 'Ms. Purcell', cue: 'said', content: 'she made her decision on old numbers and thought many people would vote by mail' },
    ],
  },
  {
    text: 'The farmers said they were angry and want a new vote.',
    claims: [
      { kind: 'indirect', source: 'The farmers', cue: 'said', content: 'they were angry and want a new vote' },
    ],
  },
  {
    text: 'Mr. Dahl says he is tired and wants a change.',
    claims: [
      { kind: 'indirect', source: 'Mr. Dahl', cue: 'says', content: 'he is tired and wants a change' },
    ],
  },
  // Negative: a verb of saying is a report of its own; so is one whose content has no pronoun subject.
  {
    text: 'Mr. Smith said taxes would rise and argued that the plan was unfair.',
    claims: [
      { kind: 'indirect', source: 'Mr. Smith', cue: 'said', content: 'taxes would rise' },
      { kind: 'indirect', source: 'Mr. Smith', cue: 'argued', content: 'the plan was unfair' },
    ],
  },
  {
    text: 'Mr. Smith said taxes would rise and hoped for a cut.',
    claims: [
      { kind: 'indirect', source: 'Mr. Smith', cue: 'said', content: 'taxes would rise' },
      { kind: 'reported', source: 'Mr. Smith', cue: 'hoped for', content: 'a cut' },
    ],
  },
  {
    text: 'She said she was tired and warned that the party would lose.',
    claims: [
      { kind: 'indirect', source: 'She', cue: 'said', content: 'she was tired' },
      { kind: 'indirect', source: 'She', cue: 'warned', content: 'the party would lose' },
    ],
  },
  {
    text: 'He said the town was poor and wanted a new mayor.',
    claims: [
      { kind: 'indirect', source: 'He', cue: 'said', content: 'the town was poor' },
      { kind: 'indirect', source: 'He', cue: 'wanted', content: 'a new mayor' },
    ],
  },
  {
    text: 'Ms. Voss says they are going on to the next town and will see what happens.',
    claims: [
      { kind: 'indirect', source: 'Ms. Voss', cue: 'says', content: 'they are going on to the next town and will see what happens' },
    ],
  },
  {
    text: 'Mr. Pike said he was tired and has called for a vote.',
    claims: [
      { kind: 'indirect', source: 'Mr. Pike', cue: 'said', content: 'he was tired' },
      { kind: 'reported', source: 'Mr. Pike', cue: 'has called for', content: 'a vote' },
    ],
  },
]);

family('en gerunds 6. continuations after a direct quote', [
  {
    text: '"We will win," Ms. Kern said. She added that the campaign had raised more money than expected.',
    claims: [
      { kind: 'direct', source: 'Ms. Kern', cue: 'said', content: 'We will win' },
      { kind: 'indirect', source: 'She', cue: 'added', content: 'the campaign had raised more money than expected' },
    ],
  },
  {
    text: '"We will win," Ms. Kern said. She went on to say that the campaign was strong.',
    claims: [
      { kind: 'direct', source: 'Ms. Kern', cue: 'said', content: 'We will win' },
      { kind: 'indirect', source: 'She', cue: 'went on to say', content: 'the campaign was strong' },
    ],
  },
  {
    text: '"We will win," Mr. Ode said. He continued: "Nobody can stop us."',
    claims: [
      { kind: 'direct', source: 'Mr. Ode', cue: 'said', content: 'We will win' },
      { kind: 'direct', source: 'He', cue: 'continued', content: 'Nobody can stop us.' },
    ],
  },
  {
    text: '"We will win," Mr. Ode said at a rally. Mr. Ode later said that the numbers were wrong.',
    claims: [
      { kind: 'direct', source: 'Mr. Ode', cue: 'said', content: 'We will win' },
      { kind: 'indirect', source: 'Mr. Ode', cue: 'later said', content: 'the numbers were wrong' },
    ],
  },
  {
    text: '"We will win," Mr. Ode said. Later, he added: "The polls are wrong."',
    claims: [
      { kind: 'direct', source: 'Mr. Ode', cue: 'said', content: 'We will win' },
      { kind: 'direct', source: 'he', cue: 'added', content: 'The polls are wrong.' },
    ],
  },
]);
