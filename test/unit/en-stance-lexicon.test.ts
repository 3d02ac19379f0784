/**
 * English attribution, round 10, spec 3: the long tail of stance vocabulary (src/lang/en/cue-verbs.tsv,
 * cue-senses.tsv, cue-nouns.tsv and cue-phrases.tsv, each in its "spec 3 (round 10)" block): stance verbs the
 * lexicon lacked, phrasal verbs of retort that are cues only with their particle, light verbs and nouns of
 * support, and talk without a speaker. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en stance 1. stance verbs of the long tail', [
  {
    text: 'The harbour master noticed that the pier was sinking.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'noticed', content: 'the pier was sinking' }],
  },
  {
    text: 'Ms. Okafor underscored that the ferry had never been late.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'underscored', content: 'the ferry had never been late' }],
  },
  {
    text: 'The mayor proclaimed that the festival would go ahead.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'proclaimed', content: 'the festival would go ahead' }],
  },
  {
    text: 'Mr. Lindqvist remembered that the bridge had been closed twice.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'remembered', content: 'the bridge had been closed twice' }],
  },
  {
    text: 'The council downplayed the cost of the new wall.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'downplayed', content: 'the cost of the new wall', stance: 'deny' }],
  },
  {
    text: 'Ms. Brandt lambasted the ferry company for the delays.',
    claims: [{ kind: 'reported', source: 'Ms. Brandt', cue: 'lambasted', content: 'the ferry company for the delays' }],
  },
  {
    // The third person singular of "back" (its bare form is too often an adverb or a noun to be listed).
    text: 'She backs a tax on cruise ships.',
    claims: [{ kind: 'reported', source: 'She', cue: 'backs', content: 'a tax on cruise ships' }],
  },
  {
    text: 'The mayor heralded the new ferry.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'heralded', content: 'the new ferry' }],
  },
  {
    text: 'The inspector deemed the harbour wall unsafe.',
    claims: [{ kind: 'reported', source: 'The inspector', cue: 'deemed', content: 'the harbour wall unsafe' }],
  },
  {
    text: 'The court ruled that the ferry fares were unlawful.',
    claims: [{ kind: 'indirect', source: 'The court', cue: 'ruled', content: 'the ferry fares were unlawful' }],
  },
  {
    text: 'A judge ordered the council to publish the report.',
    claims: [{ kind: 'indirect', source: 'A judge', cue: 'ordered', content: 'the council to publish the report' }],
  },
]);

family('en stance 2. phrasal verbs: a cue only with the particle or preposition', [
  {
    text: 'Ms. Okafor fired back at the council.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'fired back at', content: 'the council' }],
  },
  {
    text: 'Ms. Okafor shot back that the council had ignored the report.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'shot back', content: 'the council had ignored the report' }],
  },
  {
    text: 'The mayor hit back at her critics.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'hit back at', content: 'her critics' }],
  },
  {
    text: 'Mr. Lindqvist weighed in on the debate over the pier.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'weighed in on', content: 'the debate over the pier' }],
  },
  {
    text: 'The council shrugged off the criticism.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'shrugged off', content: 'the criticism', stance: 'deny' }],
  },
  {
    text: 'The mayor laid out his plan for the harbour.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'laid out', content: 'his plan for the harbour' }],
  },
  {
    text: 'Fishermen point to the silt that has filled the harbour.',
    claims: [{ kind: 'indirect', source: 'Fishermen', cue: 'point to', content: 'the silt that has filled the harbour' }],
  },
  {
    text: 'The inspector points out that the wall is cracked.',
    claims: [{ kind: 'indirect', source: 'The inspector', cue: 'points out', content: 'the wall is cracked' }],
  },
  {
    text: 'Ms. Okafor painted the mayor as a spendthrift.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'painted', content: 'the mayor as a spendthrift' }],
  },
  {
    text: 'Mr. Lindqvist campaigned for the new bridge.',
    claims: [{ kind: 'reported', source: 'Mr. Lindqvist', cue: 'campaigned for', content: 'the new bridge' }],
  },
  {
    text: 'The fishermen rallied behind the harbour master.',
    claims: [{ kind: 'reported', source: 'The fishermen', cue: 'rallied behind', content: 'the harbour master' }],
  },
  {
    text: 'The council balked at the cost of the wall.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'balked at', content: 'the cost of the wall', stance: 'deny' }],
  },
  {
    text: 'The mayor took issue with the report.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'took issue with', content: 'the report' }],
  },
  // Negatives: the same verbs without their particle or preposition report nothing.
  { text: 'The mayor took office in May.', claims: [] },
  { text: 'The crew took the boat to the pier.', claims: [] },
  { text: 'The firm fired the harbour pilot.', claims: [] },
  { text: 'The storm hit the coast on Monday.', claims: [] },
  { text: 'They painted the boathouse white.', claims: [] },
  { text: 'Mr. Lindqvist campaigned in the harbour district on Tuesday.', claims: [] },
  { text: 'The team scored 20 points on Sunday.', claims: [] },
]);

family('en stance 3. nouns of support and light verbs; talk without a speaker', [
  {
    text: 'Ms. Brandt made the case that the ferry needed a second boat.',
    claims: [{ kind: 'indirect', source: 'Ms. Brandt', cue: 'made the case', content: 'the ferry needed a second boat' }],
  },
  {
    text: 'Mr. Adeyemi signaled support for the harbour plan.',
    claims: [{ kind: 'reported', source: 'Mr. Adeyemi', cue: 'signaled support for', content: 'the harbour plan' }],
  },
  {
    text: 'The mayor gave her support to the new wall.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'gave her support to', content: 'the new wall' }],
  },
  {
    text: 'There is speculation that the ferry will close.',
    claims: [{ kind: 'unattributed', source: null, cue: 'There is speculation', content: 'the ferry will close', stance: 'speculate' }],
  },
  {
    text: 'The mayor voiced skepticism about the plan.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'voiced skepticism about', content: 'the plan', stance: 'speculate' }],
  },
  {
    text: 'The mayor withdrew his support for the bridge.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'withdrew his support for', content: 'the bridge' }],
  },
  // Negative: a noun of stance without a speaker makes no claim.
  { text: 'Skepticism about the plan grew in the harbour district.', claims: [] },
]);

family('en stance 4. adjectives of feeling with a clause', [
  {
    text: 'The mayor is glad the ferry is running again.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'is glad', content: 'the ferry is running again' }],
  },
  {
    text: 'Mr. Adeyemi was disappointed that the vote failed.',
    claims: [{ kind: 'indirect', source: 'Mr. Adeyemi', cue: 'was disappointed', content: 'the vote failed' }],
  },
  // Negative: without a clause or a topic the adjective reports nothing ("happy with X" is a copular stance
  // frame of en-copular.ts).
  { text: 'The mayor was happy on Friday.', claims: [] },
]);
