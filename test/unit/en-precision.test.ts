/**
 * English attribution, precision filters (src/extract/attribution/en-filters.ts, src/lang/en/cue-senses.tsv,
 * src/lang/en/headline-labels.txt): cue words read as nouns, speech senses that need a word of their own,
 * naming participles, participles that modify a noun, headline labels before a colon. Every sentence is written
 * for this test (invented people and places); conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en precision 1. a cue word read as a noun', [
  // Negative: a bare form after a word that cannot be its subject, before the rest of its noun phrase.
  { text: 'After the vote, establishment support splintered in Millbrook.', claims: [] },
  { text: 'The controversy over her use of a private email server has hurt her.', claims: [] },
  // Negative: a bare form after a singular name, going on as a noun phrase.
  { text: "The Harlow ferry scandal grew; the Okafor email scandal hurt her.", claims: [] },
  // Negative: a participle after a number is an adjective.
  { text: "Ms. Varga leads by 40 pledged delegates in Harlow.", claims: [] },
  // Negative: a plural before "were" is its subject.
  { text: 'The harbour plans were shelved in May.', claims: [] },
  // Negative: a bare form in an indefinite singular noun phrase, whatever follows it.
  { text: 'The ferry company held a conference call that lasted an hour.', claims: [] },
  // Positive: the noun inside the occasion of "told" does not stop the content after it.
  {
    text: 'Ms. Varga told reporters on a conference call that the ferry would run again.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'told on a conference call', content: 'the ferry would run again' }],
  },
  // Positive: a plural subject before the bare form.
  {
    text: 'Voters in Harlow support the new bridge.',
    claims: [{ kind: 'reported', source: 'Voters in Harlow', cue: 'support', content: 'the new bridge' }],
  },
]);

family('en precision 2. speech senses that need a word of their own', [
  // Negative: "put" places a thing; "spoke to reporters" names a meeting; "compared to" compares figures.
  { text: 'Mayor Ortiz put his hand on the table.', claims: [] },
  { text: 'Ms. Okafor spoke to reporters on Tuesday after the meeting.', claims: [] },
  { text: 'Tax revenue fell 8 percent, compared to last year.', claims: [] },
  // Negative: "appeared on" is no hedge.
  { text: "The interview appeared on the front page of the Harlow Courier.", claims: [] },
  // Negative: a reflexive object of "found" is no content.
  { text: 'The captain found himself in a storm.', claims: [] },
  // Positive: "spoke about", "compared X to Y", "found that".
  {
    text: 'Ms. Okafor spoke about the ferry on Tuesday.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'spoke about', content: 'the ferry' }],
  },
  {
    text: 'Mr. Lund compared the ferry to a floating hotel.',
    claims: [{ kind: 'reported', source: 'Mr. Lund', cue: 'compared', content: 'the ferry to a floating hotel' }],
  },
  {
    text: 'Inspectors found that the pier was unsafe.',
    claims: [{ kind: 'indirect', source: 'Inspectors', cue: 'found', content: 'the pier was unsafe' }],
  },
]);

family('en precision 3. naming participles and participles that modify a noun', [
  // Negative: "called" names a group.
  { text: 'She joined a group called Harbour Watch.', claims: [] },
  // Positive: "called" with an object and its complement.
  {
    text: 'Mr. Lund called the plan a disaster.',
    claims: [{ kind: 'reported', source: 'Mr. Lund', cue: 'called', content: 'the plan a disaster' }],
  },
  // "released Saturday" modifies the poll (and stays in its source, round 21); "found" is the cue.
  {
    text: 'A poll released Saturday found that most residents oppose the bridge.',
    claims: [{ kind: 'indirect', source: 'A poll released Saturday', cue: 'found', content: 'most residents oppose the bridge' }],
  },
]);

family('en precision 4. headline colons: a label is no speaker', [
  { text: 'Breaking: Ferry company collapses in Harlow.', claims: [] },
  {
    text: 'Mayor Ortiz: The ferry will run again.',
    claims: [{ kind: 'indirect', source: 'Mayor Ortiz', cue: ':', content: 'The ferry will run again' }],
  },
]);

family('en precision 5. an inverted speaker with an apposition or relative clause to the sentence end', [
  {
    text: 'Tariffs will not bring these jobs back, said David Autor, a professor of economics at the university.',
    claims: [{ kind: 'indirect', source: 'David Autor, a professor of economics at the university', cue: 'said', content: 'Tariffs will not bring these jobs back' }],
  },
  {
    text: 'The stakes are high, said an official who was briefed on the plan.',
    claims: [{ kind: 'indirect', source: 'an official who was briefed on the plan', cue: 'said', content: 'The stakes are high' }],
  },
  // Negative: what follows the speaker is no second statement.
  {
    text: 'The ferry will run again, said Lee Epstein, who owns the boat.',
    claims: [{ kind: 'indirect', source: 'Lee Epstein, who owns the boat', cue: 'said', content: 'The ferry will run again' }],
  },
]);

family('en precision 6. discourse markers', [
  // Negative: "You know," and "You see," open no statement.
  { text: 'You know, the ferry was late again.', claims: [] },
  // Positive: "you know that …" is a cue.
  {
    text: 'The mayor knows that the ferry was late again.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'knows', content: 'the ferry was late again' }],
  },
]);

family('en precision 7. headline colons: a title, a question or a list is no statement', [
  // Negative: a question after the colon asks, it states nothing (an interview's "Q: … ?").
  { text: 'Q: Does Mayor Ortiz run again?', claims: [] },
  // Negative: a list of names after a place.
  { text: 'Harlow: Tim Varga, Ana Lund, Rob Okafor, Jo Brandt.', claims: [] },
  // Negative: a capitalized preposition or article inside the phrase before the colon makes it a title.
  { text: 'Big Day For Harlow: Ferry Company Holds Off On Fare Rise.', claims: [] },
  { text: 'QUOTE OF THE WEEK: the ferry was late again.', claims: [] },
  // Negative: a phrase that opens with an article is a title, not a name.
  { text: 'The Harbour Notebook: Fares Rise Again.', claims: [] },
  // Negative: a noun phrase that an article opens is a column's title, no statement.
  { text: 'Harlow Harbour Daily: A Ferry at Sea.', claims: [] },
  { text: 'Varga: A late surge.', claims: [] },
  // Positive: a statement that an article opens (its verb reads as finite).
  {
    text: 'Ms. Lund: The ferry fare hurts every family in Harlow.',
    claims: [{ kind: 'indirect', source: 'Ms. Lund', cue: ':', content: 'The ferry fare hurts every family in Harlow' }],
  },
  // Positive: a name, then a title-case statement.
  {
    text: 'Ana Lund: Ferry Will Run Again.',
    claims: [{ kind: 'indirect', source: 'Ana Lund', cue: ':', content: 'Ferry Will Run Again' }],
  },
  // Positive: a listener after a lower-case preposition.
  {
    text: 'Varga to Harlow Council: the ferry will run again.',
    // (The listener is no part of the speaker: round 13, en-headline.ts.)
    claims: [{ kind: 'indirect', source: 'Varga', cue: ':', content: 'the ferry will run again' }],
  },
]);

family('en precision 8. a cue verb that states nothing: questions with "do", imperatives, objects', [
  // Negative: a yes/no question put with "do" asks, it reports no stance.
  { text: 'Do you support the new bridge?', claims: [] },
  { text: 'Does Ms. Lund think the ferry will run again?', claims: [] },
  { text: 'Can you imagine if the ferry ran every hour?', claims: [] },
  { text: 'Or would you think the mayor must resign?', claims: [] },
  // Negative: an imperative has no speaker.
  { text: 'Or support the harbour board, which will decide in May.', claims: [] },
  { text: 'Just ask the mayor of Harlow about the ferry.', claims: [] },
  // Negative: the object of a participle after "have", of a mass quantifier or of "whose" is a noun.
  { text: 'The plan can gain enough support to pass the council.', claims: [] },
  { text: 'The ferry riders, whose support Ms. Lund needs, stayed home.', claims: [] },
  { text: 'Ms. Lund receives less support than Mr. Varga.', claims: [] },
  // Positive: a statement with the same verbs.
  {
    text: 'Ms. Lund supports the new bridge.',
    claims: [{ kind: 'reported', source: 'Ms. Lund', cue: 'supports', content: 'the new bridge' }],
  },
  {
    text: 'Most voters in Harlow support the new bridge.',
    claims: [{ kind: 'reported', source: 'Most voters in Harlow', cue: 'support', content: 'the new bridge' }],
  },
]);
