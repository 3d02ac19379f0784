/**
 * English sources (src/extract/attribution/en-sources.ts, the number step of en-np.ts): numbers inside a
 * source phrase, relative clauses inside the speaker, cue nouns after a verb, degree words before a quantity, small
 * clauses after find/show, polls that "have" a standing, and contact relatives. Every sentence is written for this
 * test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en sources 1. a number between the article and the head of a source phrase', [
  {
    text: 'Ferry use fell sharply, according to a 2019 harbour board survey.',
    claims: [{ kind: 'indirect', source: 'a 2019 harbour board survey', cue: 'according to', content: 'Ferry use fell sharply' }],
  },
  {
    // A cue word after the number is a noun, as after the article.
    text: 'According to a 2021 report by the port auditor, the ferry lost money.',
    claims: [{ kind: 'indirect', source: 'a 2021 report by the port auditor', cue: 'According to', content: 'the ferry lost money' }],
  },
  {
    text: 'Most ferries run late, according to the 2018 study.',
    claims: [{ kind: 'indirect', source: 'the 2018 study', cue: 'according to', content: 'Most ferries run late' }],
  },
]);

family('en sources 2. a relative clause inside the speaker', [
  {
    text: 'Those who know the captain say she is careful.',
    claims: [{ kind: 'indirect', source: 'Those who know the captain', cue: 'say', content: 'she is careful' }],
  },
  {
    text: 'Anyone who has sailed with him says he is calm.',
    claims: [{ kind: 'indirect', source: 'Anyone who has sailed with him', cue: 'says', content: 'he is calm' }],
  },
  {
    text: 'Fishermen who know the reef say it is dying.',
    claims: [{ kind: 'indirect', source: 'Fishermen who know the reef', cue: 'say', content: 'it is dying' }],
  },
  {
    // Negative: a verb after the relative clause with nothing to say leaves the relative's own claim alone.
    text: 'The skipper who said it was safe resigned.',
    claims: [{ kind: 'indirect', source: 'who', cue: 'said', content: 'it was safe' }],
  },
]);

family('en sources 3. a cue noun after a verb is no cue verb of its own', [
  {
    text: 'The harbour board says claims of fraud are false.',
    claims: [{ kind: 'indirect', source: 'The harbour board', cue: 'says', content: 'claims of fraud are false' }],
  },
  {
    text: 'The port authority did not confirm reports that the captain had resigned.',
    claims: [{ kind: 'reported', source: 'The port authority', cue: 'did not confirm', content: 'reports that the captain had resigned' }],
  },
  {
    text: 'The council denied reports of a merger.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'denied', content: 'reports of a merger' }],
  },
  {
    // Negative: a noun before a cue verb stays the noun ("report"), the verb the cue.
    text: 'A news report shows the ferry sank.',
    claims: [{ kind: 'indirect', source: 'A news report', cue: 'shows', content: 'the ferry sank' }],
  },
]);

family('en sources 4. degree words before a quantity belong to the speaker', [
  {
    text: 'At least half of the residents in each village say the ferry is too slow.',
    claims: [{ kind: 'indirect', source: 'At least half of the residents in each village', cue: 'say', content: 'the ferry is too slow' }],
  },
  {
    text: 'More than a third of the fishermen say the quota is unfair.',
    claims: [{ kind: 'indirect', source: 'More than a third of the fishermen', cue: 'say', content: 'the quota is unfair' }],
  },
  {
    // Negative: "more than" before no quantity is a comparison, no speaker.
    text: 'He spent more than the board\'s budget on repairs.',
    claims: [],
  },
]);

family('en sources 5. small clauses after find/show, and polls that have a standing', [
  {
    text: 'The harbour poll found Lund ahead.',
    claims: [{ kind: 'indirect', source: 'The harbour poll', cue: 'found', content: 'Lund ahead' }],
  },
  {
    text: 'Polls show the mayor trailing.',
    claims: [{ kind: 'indirect', source: 'Polls', cue: 'show', content: 'the mayor trailing' }],
  },
  {
    text: 'The new harbour poll has Lund leading Brisk by four points.',
    claims: [{ kind: 'indirect', source: 'The new harbour poll', cue: 'has', content: 'Lund leading Brisk by four points' }],
  },
  {
    // Negative: a poll that has a property says nothing.
    text: 'The poll has a margin of error of three points.',
    claims: [],
  },
]);

family('en sources 6. contact and free relatives: the relative\'s subject speaks, the modified noun is the content', [
  {
    text: 'While not everything Okafor says is true, she is popular.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'says', content: 'everything' }],
  },
  {
    text: 'He later took back everything he said.',
    claims: [{ kind: 'indirect', source: 'he', cue: 'said', content: 'everything' }],
  },
  {
    text: 'The columns Okafor wrote were reprinted.',
    claims: [{ kind: 'indirect', source: 'Okafor', cue: 'wrote', content: 'columns' }],
  },
  {
    text: 'Despite what she wrote in the letter, the mayor voted no.',
    claims: [{ kind: 'indirect', source: 'she', cue: 'wrote in the letter', content: 'what' }],
  },
  {
    // Negative: a title before a name is no noun of a contact relative.
    text: 'Campaign manager Ada Brisk said the ferry was safe.',
    claims: [{ kind: 'indirect', source: 'Campaign manager Ada Brisk', cue: 'said', content: 'the ferry was safe' }],
  },
]);
