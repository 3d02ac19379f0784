/**
 * English cue verbs the lexicon knows that made no claim, or a wrong one, for structural reasons
 * (src/extract/attribution/en-known.ts): the object pronoun "her", "Several said", a cue inside a noun phrase
 * or a subject's relative clause, a quotation's speaker with a relative clause, short objects of saying, a
 * participle opening the sentence. Every sentence is written for this test (invented people and places);
 * conventions as in claims-en.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en known cues 1. "her" after a verb of telling is its object when nothing it could own follows', [
  {
    text: 'The ferry will close, the harbour master told her.',
    claims: [{ kind: 'indirect', source: 'the harbour master', cue: 'told', content: 'The ferry will close' }],
  },
  {
    text: 'The harbour master told her that the ferry would close.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'told', content: 'the ferry would close' }],
  },
  {
    text: 'Mr. Lindqvist told her the ferry would close on Sunday.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'told', content: 'the ferry would close on Sunday' }],
  },
  {
    // The listener and what it is told (not) to do are the content.
    text: 'The harbour master told the skippers not to sail.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'told', content: 'the skippers not to sail' }],
  },
  {
    // Negative: a possessive "her" with its noun is no listener by itself ("her first husband").
    text: 'Mr. Lindqvist told her first husband about the ferry.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'told', content: 'her first husband about the ferry' }],
  },
]);

family('en known cues 2. "several" stands alone as a subject', [
  {
    text: 'Several said the ferry would close.',
    claims: [{ kind: 'indirect', source: 'Several', cue: 'said', content: 'the ferry would close' }],
  },
  {
    // Negative: a plural noun after "several" is no verb.
    text: 'Several questions remain about the ferry.',
    claims: [],
  },
]);

family('en known cues 3. a cue inside a noun phrase speaks up to the main verb', [
  {
    text: 'A group backing Ms. Okafor spent thousands on leaflets.',
    claims: [{ kind: 'reported', source: 'A group', cue: 'backing', content: 'Ms. Okafor' }],
  },
  {
    text: 'Fishermen denouncing the tax gathered at the pier.',
    claims: [{ kind: 'reported', source: 'Fishermen', cue: 'denouncing', content: 'the tax' }],
  },
  {
    text: "Mr. Lindqvist's warning that the ferry would close went unheeded.",
    claims: [{ kind: 'indirect', source: "Mr. Lindqvist's", cue: 'warning', content: 'the ferry would close' }],
  },
  {
    text: "Ms. Okafor's remarks on the tax angered the fishermen.",
    claims: [{ kind: 'reported', source: "Ms. Okafor's", cue: 'remarks on', content: 'the tax' }],
  },
  {
    // The speaker takes its modifiers back to the article.
    text: 'A harbour union supporting Ms. Okafor may print leaflets.',
    claims: [{ kind: 'reported', source: 'A harbour union', cue: 'supporting', content: 'Ms. Okafor' }],
  },
  {
    // A finite verb of saying is no noun phrase: its content is its clause.
    text: 'Mr. Lindqvist warned that the ferry would close.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'warned', content: 'the ferry would close' }],
  },
]);

family("en known cues 4. a cue in the subject's relative clause without commas", [
  {
    text: 'The skipper who has proposed closing the pier said the tax was unfair.',
    claims: [
      { kind: 'indirect', source: 'who', cue: 'has proposed', content: 'closing the pier' },
      { kind: 'indirect', source: 'The skipper who has proposed closing the pier', cue: 'said', content: 'the tax was unfair' },
    ],
  },
  {
    text: 'Fishermen who backed Ms. Okafor said the tax was unfair.',
    claims: [
      { kind: 'reported', source: 'who', cue: 'backed', content: 'Ms. Okafor' },
      { kind: 'indirect', source: 'Fishermen who backed Ms. Okafor', cue: 'said', content: 'the tax was unfair' },
    ],
  },
  {
    text: 'Those who said the ferry would close were wrong.',
    claims: [{ kind: 'indirect', source: 'who', cue: 'said', content: 'the ferry would close' }],
  },
]);

family("en known cues 5. a quotation's speaker with a relative clause between commas", [
  {
    text: '"The pier is safe," Ms. Okafor, who runs the union, said on Monday.',
    claims: [{ kind: 'direct', source: 'Ms. Okafor, who runs the union', cue: 'said', content: 'The pier is safe' }],
  },
]);

family('en known cues 6. a short object for what is said', [
  {
    text: 'Mr. Lindqvist says unkind things.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'says', content: 'unkind things' }],
  },
  {
    text: 'Mr. Lindqvist said kind words about the union.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'kind words about the union' }],
  },
  {
    // Negative: "That said" is a connective, no report.
    text: 'That said, the ferry will run on Sunday.',
    claims: [],
  },
]);

family('en known cues 7. a participle after the preposition opening the sentence', [
  {
    text: 'After criticizing the new tax on the pier, Ms. Okafor left.',
    claims: [{ kind: 'reported', source: 'Ms. Okafor', cue: 'criticizing', content: 'the new tax on the pier' }],
  },
  {
    text: 'While discussing the tweet, Mr. Lindqvist said he was disappointed.',
    claims: [
      { kind: 'reported', source: 'Mr. Lindqvist', cue: 'discussing', content: 'the tweet' },
      { kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'he was disappointed' },
    ],
  },
  {
    // Negative: a participle after "of" inside a noun phrase has no speaker ("of" is none).
    text: 'The practice of calling voters at night is banned.',
    claims: [],
  },
]);

family('en known cues 8. a participle cue after "and" goes on a participle clause of the same speaker', [
  {
    text: 'Ms. Okafor moved left, criticizing the pipeline and calling for a ban on drilling.',
    claims: [
      { kind: 'reported', source: 'Ms. Okafor', cue: 'criticizing', content: 'the pipeline' },
      { kind: 'reported', source: 'Ms. Okafor', cue: 'calling for', content: 'a ban on drilling' },
    ],
  },
]);

family('en known cues 9. short clauses and questions after a verb of saying', [
  {
    text: "I think it's fair.",
    claims: [{ kind: 'indirect', source: 'I', cue: 'think', content: "it's fair" }],
  },
  {
    // Negative: a time after the contraction is no clause.
    text: "He said it's Monday.",
    claims: [],
  },
  {
    text: '"The pier is safe," Ms. Okafor said when asked whether the ferry would run.',
    claims: [
      { kind: 'direct', source: 'Ms. Okafor', cue: 'said', content: 'The pier is safe' },
      { kind: 'unattributed', source: null, cue: 'asked', content: 'whether the ferry would run' },
    ],
  },
]);

family('en known cues 10. an aside between the verb of saying and "that"', [
  {
    text: 'Mr. Lindqvist said — on the radio, as it happens — that the ferry would close.',
    claims: [{ kind: 'indirect', source: 'Mr. Lindqvist', cue: 'said', content: 'the ferry would close' }],
  },
  {
    text: 'Ms. Okafor said, among other things, that the tax was unfair.',
    claims: [{ kind: 'indirect', source: 'Ms. Okafor', cue: 'said', content: 'the tax was unfair' }],
  },
  {
    text: 'Last month, 26 percent said the same.',
    claims: [{ kind: 'indirect', source: '26 percent', cue: 'said', content: 'the same' }],
  },
]);
