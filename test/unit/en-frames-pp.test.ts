/**
 * English verb + object + preposition frames and participle modifiers (spec 3, round 14;
 * src/extract/attribution/en-frames-pp.ts, src/lang/en/verb-pp-frames.tsv). Every sentence is written for this test
 * (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en frames 1. criticism that names its target and its reason', [
  {
    text: 'The new ad hits Senator Okafor for her vote on the ferry tax.',
    claims: [{ kind: 'reported', source: 'The new ad', cue: 'hits', content: 'Senator Okafor for her vote on the ferry tax' }],
  },
  {
    text: 'Mayor Lindqvist hit Okafor on her record at the harbour board.',
    claims: [{ kind: 'reported', source: 'Mayor Lindqvist', cue: 'hit', content: 'Okafor on her record at the harbour board' }],
  },
  {
    text: 'The union knocked him for skipping the debate.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'knocked', content: 'him for skipping the debate' }],
  },
  {
    text: 'Brackwater Democrats knocked Lindqvist over the toll increase.',
    claims: [{ kind: 'reported', source: 'Brackwater Democrats', cue: 'knocked', content: 'Lindqvist over the toll increase' }],
  },
  {
    text: 'Ms. Okafor hit back at the mayor.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'hit back at', content: 'the mayor' }],
  },
  {
    text: 'Councillor Okafor went after Lindqvist over the ferry contract.',
    claims: [{ kind: 'reported', source: 'Councillor Okafor', cue: 'went after', content: 'Lindqvist over the ferry contract' }],
  },
  {
    text: "The union is going after the mayor's record on tolls.",
    claims: [{ kind: 'reported', source: 'The union', cue: 'is going after', content: "the mayor's record on tolls" }],
  },
  {
    text: "The union went after the mayor's record on tolls.",
    claims: [{ kind: 'reported', source: 'The union', cue: 'went after', content: "the mayor's record on tolls" }],
  },
  {
    // Negative: chasing a thing.
    text: 'The dog went after the ball.',
    claims: [],
  },
  {
    // Negative: "after" opens a clause.
    text: 'Okafor went home after Lindqvist left.',
    claims: [],
  },
  {
    // The colon rule keeps its cue: "went" alone does not introduce the quotation.
    text: 'Lindqvist went even further: "The tolls must go."',
    claims: [{ kind: 'direct', source: 'Lindqvist', cue: 'went even further:', content: 'The tolls must go.' }],
  },
  {
    // Negative: a trip, no criticism.
    text: 'The Brackwater band hit the road for a summer tour.',
    claims: [],
  },
  {
    // Negative: a storm hits a place; "on" opens a time.
    text: 'The storm hit the coast on Tuesday.',
    claims: [],
  },
  {
    // Negative: no person as the object.
    text: 'The new toll hits families hard.',
    claims: [],
  },
  {
    // Negative: knocking on a door.
    text: 'A neighbour knocked on the door of the harbour office.',
    claims: [],
  },
  {
    // Negative: the object is no person and no reason follows.
    text: 'The ferry knocked the pier twice.',
    claims: [],
  },
]);

family('en frames 2. topic idioms in their frame', [
  {
    text: 'Governor Okafor hinted at a second term.',
    claims: [{ kind: 'reported', source: 'Governor Okafor', cue: 'hinted at', content: 'a second term' }],
  },
  {
    text: 'The harbour board hints at higher tolls.',
    claims: [{ kind: 'reported', source: 'The harbour board', cue: 'hints at', content: 'higher tolls' }],
  },
  {
    text: 'Mr. Lindqvist sounded off on the ferry deal.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'sounded off on', content: 'the ferry deal' }],
  },
  {
    text: 'Ms. Okafor opened up about her years at sea.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'opened up about', content: 'her years at sea' }],
  },
  {
    // Negative: "sounds like" is no speech.
    text: 'The ferry plan sounds like a good idea.',
    claims: [],
  },
  {
    // Negative: opening a market.
    text: 'Brackwater opened up the fish market.',
    claims: [],
  },
  {
    // Negative: a shop opens on a day.
    text: 'The new bakery opened on Monday.',
    claims: [],
  },
  {
    text: 'The mayor hinted that the tolls would rise.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'hinted', content: 'the tolls would rise' }],
  },
  {
    // Negative: without its preposition or clause.
    text: 'The mayor hinted twice during the meeting.',
    claims: [],
  },
]);

family('en frames 3. participle modifiers of a noun', [
  {
    text: 'Those supporting Mayor Lindqvist stayed home.',
    claims: [{ kind: 'reported', source: 'Those', cue: 'supporting', content: 'Mayor Lindqvist' }],
  },
  {
    text: 'The ferry workers were among those backing the new tolls.',
    claims: [{ kind: 'reported', source: 'those', cue: 'backing', content: 'the new tolls' }],
  },
  {
    text: 'Okafor leads among those describing themselves as moderates.',
    claims: [{ kind: 'reported', source: 'those', cue: 'describing', content: 'themselves as moderates' }],
  },
  {
    text: 'A harbour group backing ex-Governor Lindqvist spent heavily.',
    claims: [{ kind: 'reported', source: 'A harbour group', cue: 'backing', content: 'ex-Governor Lindqvist' }],
  },
  {
    text: 'An outside group supporting Senator Okafor bought ads.',
    claims: [{ kind: 'reported', source: 'An outside group', cue: 'supporting', content: 'Senator Okafor' }],
  },
  {
    // Negative: "those" before a noun.
    text: 'Those meetings at the harbour ran long.',
    claims: [],
  },
  {
    // Negative: a noun after "those" with a copula.
    text: 'Those warnings went unheeded in Brackwater.',
    claims: [],
  },
  {
    // Negative: reading a book is no statement.
    text: 'A man reading a book sat on the ferry.',
    claims: [],
  },
  {
    // Negative: building is no statement.
    text: 'Workers building the new pier earn more.',
    claims: [],
  },
  {
    // Negative: a progressive, no modifier.
    text: 'Those are missing from the harbour report.',
    claims: [],
  },
]);

family('en frames 4. "called" with a second complement says, after a name it names', [
  {
    text: 'One councillor called Lindqvist a liar.',
    claims: [{ kind: 'reported', source: 'One councillor', cue: 'called', content: 'Lindqvist a liar' }],
  },
  {
    text: 'Mayor Okafor, a harbour pilot, called the toll plan "a disgrace."',
    claims: [{ kind: 'reported', source: 'Mayor Okafor, a harbour pilot', cue: 'called', content: 'the toll plan "a disgrace."' }],
  },
  {
    text: 'A ferry captain called him "the worst mayor in years."',
    claims: [{ kind: 'reported', source: 'A ferry captain', cue: 'called', content: 'him "the worst mayor in years."' }],
  },
  {
    text: '64 percent call him competent.',
    claims: [{ kind: 'reported', source: '64 percent', cue: 'call', content: 'him competent' }],
  },
  {
    text: 'Many call themselves moderates.',
    claims: [{ kind: 'reported', source: 'Many', cue: 'call', content: 'themselves moderates' }],
  },
  {
    text: 'Councillor Okafor termed the toll plan a disaster.',
    claims: [{ kind: 'reported', source: 'Councillor Okafor', cue: 'termed', content: 'the toll plan a disaster' }],
  },
  {
    // Negative: a bare form after a share with no object is a noun.
    text: 'Only 30 percent support among ferry workers remains.',
    claims: [],
  },
  {
    // Negative: a name after "called" with nothing more: the group is named.
    text: 'A harbour group called Fair Tolls Now ran ads.',
    claims: [],
  },
  {
    // Negative: an article and a name, then the main verb.
    text: 'A movement called the Brackwater Alliance grew fast.',
    claims: [],
  },
]);

family('en frames 5. a participle in the subject leaves the main verb to its sentence', [
  {
    text: "Protesters shouting 'no tolls' filled the harbour square.",
    claims: [{ kind: 'mixed', source: 'Protesters', cue: 'shouting', content: "'no tolls'" }],
  },
  {
    text: 'Ferry workers demanding higher pay marched on Monday.',
    claims: [{ kind: 'indirect', source: 'Ferry workers', cue: 'demanding', content: 'higher pay' }],
  },
  {
    // The clause after "that" keeps its verb; the main verb follows it.
    text: 'A lawsuit alleging that the board inflated the costs was filed in Brackwater.',
    claims: [{ kind: 'indirect', source: 'A lawsuit', cue: 'alleging', content: 'the board inflated the costs' }],
  },
  {
    // The subject's adjective and article before an "of" phrase belong to it.
    text: 'The latest batch of leaflets urging higher tolls angered Brackwater.',
    claims: [{ kind: 'reported', source: 'The latest batch of leaflets', cue: 'urging', content: 'higher tolls' }],
  },
  {
    // Negative for the cut: a finite verb before the phrase, so the content's clause keeps its verb.
    text: 'Okafor cited a poll showing Lindqvist leads.',
    claims: [{ kind: 'reported', source: 'Okafor', cue: 'cited', content: 'a poll showing Lindqvist leads' }],
  },
]);

family('en frames 6. a verb of saying in a relative clause after "that"', [
  {
    text: 'Okafor got a message that said the ferry was late.',
    claims: [{ kind: 'indirect', source: 'that', cue: 'said', content: 'the ferry was late' }],
  },
  {
    text: 'The board adopted a rule that stated the tolls were final.',
    claims: [{ kind: 'indirect', source: 'that', cue: 'stated', content: 'the tolls were final' }],
  },
  {
    // A past participle before a noun after the demonstrative "that" is an adjective, no cue of its own; "mentioned"
    // takes the noun phrase as its object (round 19).
    text: 'Lindqvist never mentioned that alleged plot.',
    claims: [{ kind: 'reported', source: 'Lindqvist', cue: 'never mentioned', content: 'that alleged plot' }],
  },
]);

family('en frames 7. a participle of "read" before its quotation', [
  {
    text: 'Okafor wore a cap reading "No new tolls."',
    claims: [{ kind: 'mixed', source: 'a cap', cue: 'reading', content: '"No new tolls."' }],
  },
  {
    text: 'Ferry workers carried banners reading "Fair pay now."',
    claims: [{ kind: 'mixed', source: 'banners', cue: 'reading', content: '"Fair pay now."' }],
  },
  {
    // Negative: reading a book is no statement.
    text: 'A pilot reading a novel waited at the pier.',
    claims: [],
  },
  {
    // Negative: a progressive before a title.
    text: 'Lindqvist was reading "The Harbour Years" on the ferry.',
    claims: [],
  },
]);
