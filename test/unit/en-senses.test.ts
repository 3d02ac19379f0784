/**
 * English cue words in a sense that is no speech (src/extract/attribution/en-senses.ts and the rows of
 * src/lang/en/cue-senses.tsv marked for round ten). Every sentence is written for this test (invented people and
 * places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en senses 1. a plural after a number, or a noun-like plural inside a noun phrase, is a noun', [
  { text: 'The archive holds 44 emails that were never sent.', claims: [] },
  { text: 'The inspectors mailed a dozen questions to the mayor.', claims: [] },
  { text: 'The harbour board held two conference calls in the past week.', claims: [] },
  { text: 'His public remarks loomed over the ferry debate.', claims: [] },
  {
    // Positive: the verb opens a clause or takes its own preposition.
    text: 'The senator questions whether the pier is safe.',
    claims: [{ kind: 'indirect', source: 'The senator', cue: 'questions', content: 'whether the pier is safe' }],
  },
  {
    text: "The fishermen's union calls for a new pier.",
    claims: [{ kind: 'reported', source: "The fishermen's union", cue: 'calls for', content: 'a new pier' }],
  },
  {
    text: 'The harbour office reports that the ferry is late.',
    claims: [{ kind: 'indirect', source: 'The harbour office', cue: 'reports', content: 'the ferry is late' }],
  },
]);

family('en senses 2. "called" that names, "found" that founds', [
  { text: 'The mayor joined a group called the Pier Friends.', claims: [] },
  { text: 'Mr. Lindqvist started a blog called the Harbour Log.', claims: [] },
  { text: 'Ms. Okafor helped found the Harbour Trust in 2009.', claims: [] },
  {
    // Positive: a definite subject calls something names.
    text: 'The council called the pier plan a mistake.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'called', content: 'the pier plan a mistake' }],
  },
  {
    text: 'Ms. Okafor found that the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'found', content: 'the pier was unsafe' }],
  },
]);

family('en senses 3. a participle between a noun and "by" modifies the noun', [
  { text: 'The toll offered by the ferry company is too high.', claims: [] },
  { text: 'The counties identified by the harbour office are poor.', claims: [] },
  {
    // Positive: a finite passive names its agent as the source.
    text: 'The toll was criticized by the ferry company.',
    claims: [{ kind: 'reported', source: 'the ferry company', cue: 'was criticized', content: 'The toll' }],
  },
]);

family('en senses 4. "maintained" a thing, "say" as an example', [
  { text: 'Mr. Lindqvist maintained his lead over the mayor.', claims: [] },
  { text: 'Ferries are cheaper than, say, a new bridge.', claims: [] },
  {
    text: 'Mr. Lindqvist maintained that the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'maintained', content: 'the pier was safe' }],
  },
  {
    // Positive: the verb ends the clause and its content stands before it.
    text: 'The pier is safe, the harbour engineer maintains.',
    claims: [{ kind: 'indirect', source: 'the harbour engineer', cue: 'maintains', content: 'The pier is safe' }],
  },
]);

family('en senses 5. "add" an amount or a thing to a goal, "add up" (cue-senses.tsv, amount-object)', [
  { text: 'The pier plan would eventually add $84 million over ten years.', claims: [] },
  { text: 'The harbour added around 2,000 jobs in March.', claims: [] },
  { text: 'The new ferry adds another stop to the timetable.', claims: [] },
  { text: 'The storm added fuel to the dispute over the pier.', claims: [] },
  { text: 'The tolls do not add up to much.', claims: [] },
  {
    // Positive: the speech sense takes a quotation, a clause or what is said.
    text: '"The pier is closed," Ms. Okafor added.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor', cue: 'added', content: 'The pier is closed' }],
  },
  {
    text: 'Ms. Okafor added that the pier would reopen in May.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'added', content: 'the pier would reopen in May' }],
  },
  {
    // A clause after "added" keeps its "to": the goal test stops at the clause's auxiliary.
    text: 'Mr. Lindqvist added the ferry would go to the island twice a day.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'added', content: 'the ferry would go to the island twice a day' }],
  },
]);

family('en senses 6. "spoke to" an audience, "related to": no topic, no telling', [
  { text: 'The mayor spoke to a gathering of harbour workers on Monday.', claims: [] },
  { text: 'Mr. Lindqvist spoke for about 30 minutes.', claims: [] },
  { text: 'The board cut costs related to the ferry.', claims: [] },
  {
    // Positive: "of" right after the verb (past an adverb) and "about" anywhere in the clause name the topic.
    text: 'The mayor spoke highly of the harbour workers.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'spoke', content: 'highly of the harbour workers' }],
  },
  {
    text: 'The mayor spoke to the workers about the new pier.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'spoke', content: 'to the workers about the new pier' }],
  },
  {
    text: 'Ms. Okafor further related that the pier had flooded.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'further related', content: 'the pier had flooded' }],
  },
]);

family('en senses 7. the document itself as subject: a correction notice (document-frames.tsv, self)', [
  { text: 'An earlier version of this article incorrectly listed the date of the pier vote.', claims: [] },
  { text: 'This article wrongly claimed that the pier had closed.', claims: [] },
  {
    // Positive: another document ("the article", "this report") speaks.
    text: 'The article says the mayor resigned.',
    claims: [{ kind: 'indirect', source: 'The article', cue: 'says', content: 'the mayor resigned' }],
  },
  {
    text: 'This report found that the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'This report', cue: 'found', content: 'the pier was unsafe' }],
  },
]);

family('en senses 8. "found a way": the object is the way, no finding (cue-senses.tsv, not-object)', [
  { text: 'Ms. Okafor found a way to reopen the pier.', claims: [] },
  { text: 'The ferry company finds its way to the island market.', claims: [] },
  { text: 'Tollkeepers have found ways to make money.', claims: [] },
  {
    // Positive: a clause or a finding as object.
    text: 'Ms. Okafor found that the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'found', content: 'the pier was unsafe' }],
  },
]);

family('en senses 9. "show" after a kind of programme is a noun (cue-senses.tsv, not-after)', [
  { text: 'Mr. Lindqvist was a contestant on the reality TV show The Island.', claims: [] },
  { text: 'The candidates’ favorite television shows sound about right.', claims: [] },
  {
    // Positive: a poll or footage shows a finding.
    text: 'Footage from the game shows that the pier flooded.',
    claims: [{ kind: 'indirect', source: 'Footage from the game', cue: 'shows', content: 'the pier flooded' }],
  },
]);
