/**
 * English attribution (src/extract/attribution/, rules in en.ts), one describe per rule family. Every sentence
 * is written for this test (invented people and places). Each case lists all the claims in its text — no
 * more, no fewer (harness: test/claims-harness.ts). Conventions: a cue takes its auxiliaries, modals,
 * negation and adverbs between them ("has said", "did not deny", "had basically said"), a passive its "by"; an indirect content leaves out "that"; parts of a discontinuous cue or
 * content are joined by one space or listed.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('en', name, cases);

family('en 1. cue before, inside or after the content', [
  {
    text: 'The harbour master said that the pier would reopen in May.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'said', content: 'the pier would reopen in May' }],
  },
  {
    text: 'The pier will reopen in May, the harbour master said.',
    claims: [{ kind: 'indirect', source: 'the harbour master', cue: 'said', content: 'The pier will reopen in May' }],
  },
  {
    // Inverted: the speaker after the verb at the end of the sentence.
    text: 'The pier will reopen in May, said the harbour master.',
    claims: [{ kind: 'indirect', source: 'the harbour master', cue: 'said', content: 'The pier will reopen in May' }],
  },
  {
    // A verb inside the statement does not take it from the cue that closes the sentence.
    text: 'They want to rebuild the old mill, the mayor said.',
    claims: [{ kind: 'indirect', source: 'the mayor', cue: 'said', content: 'They want to rebuild the old mill' }],
  },
  {
    text: 'Ms. Varga told reporters that the vote had been postponed.',
    claims: [{ kind: 'indirect', source: 'Ms. Varga', cue: 'told', content: 'the vote had been postponed' }],
  },
  {
    text: 'The council said in a statement that the levy would rise.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'said in a statement', content: 'the levy would rise' }],
  },
  {
    // Two attributions of one speaker in one sentence: the first content ends before the second cue.
    text: 'Mr. Okafor said the budget was balanced, telling the committee that no cuts were planned.',
    claims: [
      { kind: 'indirect', source: 'Mr. Okafor', cue: 'said', content: 'the budget was balanced' },
      { kind: 'indirect', source: 'Mr. Okafor', cue: 'telling', content: 'no cuts were planned' },
    ],
  },
  {
    // Negative: "said" inside a quotation is not a cue of the sentence around it.
    text: 'The poster read "Nobody said it would be easy" in red letters.',
    claims: [],
  },
]);

family('en 2. nouns and phrases as cues, source chains', [
  {
    text: 'Turnout fell to 41 percent, according to a count by the Lakeside Herald.',
    claims: [{ kind: 'indirect', source: 'a count by the Lakeside Herald', cue: 'according to', content: 'Turnout fell to 41 percent' }],
  },
  {
    text: 'By his count, about 300 people attended the hearing.',
    claims: [{ kind: 'indirect', source: 'his', cue: 'By his count', content: 'about 300 people attended the hearing', stance: 'estimate' }],
  },
  {
    // "citing X" is the source chain of the speaker, not the speaker and not a claim of its own.
    text: 'The Valley Courier, citing two council members, reported that the plan had been dropped.',
    claims: [
      {
        kind: 'indirect',
        source: 'The Valley Courier',
        cue: 'reported',
        content: 'the plan had been dropped',
        via: [{ text: 'two council members', relation: 'based_on' }],
      },
    ],
  },
  {
    // Negative: "report" as a noun in a possessive is no cue; "his claims about X" names a speaker and a topic
    // (en-nouns.ts), whose clause ends before the sentence's verb.
    text: 'The report’s author left the town. His claims about the river were old.',
    claims: [{ kind: 'reported', source: 'His', cue: 'claims about', content: 'the river' }],
  },
]);

family('en 1b. the speaker: before a time or manner adverb, across "and"', [
  {
    // A manner adverb right before the verb belongs to the cue, not to the speaker.
    text: 'Clinton immediately said that the plan was dead.',
    claims: [{ kind: 'indirect', source: 'Clinton', cue: 'immediately said', content: 'the plan was dead' }],
  },
  {
    text: 'The senator on Tuesday said the plan was dead.',
    claims: [{ kind: 'indirect', source: 'The senator', cue: 'said', content: 'the plan was dead' }],
  },
  {
    // A verb after "and" shares the subject of the clause before it; the subject ends before that clause's verb.
    text: 'The mayor resigned on Monday and said that the board had failed.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the board had failed' }],
  },
  {
    text: 'The retired judge smiled and said that the case was closed.',
    claims: [{ kind: 'indirect', source: 'The retired judge', cue: 'said', content: 'the case was closed' }],
  },
  {
    // Negative: a clause of its own after "and" keeps its own subject.
    text: 'Prices rose, and analysts said that the rally would last.',
    claims: [{ kind: 'indirect', source: 'analysts', cue: 'said', content: 'the rally would last' }],
  },
  {
    // Negative: a noun in -ly after a possessive or an article is the speaker's head.
    text: "Tom's family said the plan was dead.",
    claims: [{ kind: 'indirect', source: "Tom's family", cue: 'said', content: 'the plan was dead' }],
  },
  {
    text: 'The family said the plan was dead.',
    claims: [{ kind: 'indirect', source: 'The family', cue: 'said', content: 'the plan was dead' }],
  },
]);

family('en 3. reported speech, accusations, attitudes', [
  {
    text: 'The union accused the company of hiding the accounts.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'accused', content: 'the company of hiding the accounts' }],
  },
  {
    text: 'Local farmers fear that the dam could break.',
    claims: [{ kind: 'indirect', source: 'Local farmers', cue: 'fear', content: 'the dam could break', stance: 'warn' }],
  },
  {
    text: 'The engineer believes the bridge is safe.',
    claims: [{ kind: 'indirect', source: 'The engineer', cue: 'believes', content: 'the bridge is safe', stance: 'speculate', certainty: 'possible' }],
  },
  {
    text: 'The mayor did not deny the allegations.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'did not deny', content: 'the allegations', stance: 'deny' }],
  },
  {
    text: 'The treasurer had basically said that the fund was empty.',
    claims: [{ kind: 'indirect', source: 'The treasurer', cue: 'had basically said', content: 'the fund was empty' }],
  },
  {
    // The preposition right after a verb of demand joins the cue; the topic follows it.
    text: 'The council called for a second bridge.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'called for', content: 'a second bridge' }],
  },
  {
    text: 'The mayor has called on residents to save water.',
    claims: [{ kind: 'reported', source: 'The mayor', cue: 'has called on', content: 'residents to save water' }],
  },
  {
    // A particle the lexicon gives the verb ("+out") belongs to the cue, not to the content.
    text: 'The mayor pointed out that the bridge was old.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'pointed out', content: 'the bridge was old' }],
  },
  {
    // Negative: pointing at something, with neither its particle nor its preposition, says nothing.
    text: 'The mayor pointed at the map.',
    claims: [],
  },
  {
    // A time between verb and preposition is not the topic: "on Friday" is when, "for a review" what.
    text: 'Critics called on Friday for a review.',
    claims: [{ kind: 'reported', source: 'Critics', cue: 'called on Friday for', content: 'a review' }],
  },
  {
    // An object before the preposition stays in the topic.
    text: 'The union praised the nurses for their patience.',
    claims: [{ kind: 'reported', source: 'The union', cue: 'praised', content: 'the nurses for their patience' }],
  },
  {
    // Negative: after a possessive or a quantifier the word is a noun ("her comments", "several questions").
    text: 'Her comments and several questions remained open.',
    claims: [],
  },
]);

family('en 4. passives and hedges without a source', [
  {
    // The agent's "by" stays out of the cue (PolNeAR keeps the verb group only: "was criticized").
    text: 'The plan was criticized by the harbour master.',
    claims: [{ kind: 'reported', source: 'the harbour master', cue: 'was criticized', content: 'The plan' }],
  },
  {
    text: 'The mill is said to be near closure.',
    claims: [{ kind: 'unattributed', source: null, cue: 'is said', content: ['The mill', 'to be near closure'], certainty: 'possible' }],
  },
  {
    text: 'The rebels reportedly seized the depot.',
    claims: [{ kind: 'unattributed', source: null, cue: 'reportedly', content: 'The rebels reportedly seized the depot', certainty: 'possible' }],
  },
  {
    // A passive without an agent has no speaker; an announced act is still an (unattributed) claim, as PolNeAR
    // counts it (round twelve, en-passive-acts.ts).
    text: 'The new rules were announced on Monday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'were announced', content: 'The new rules' }],
  },
  {
    // Negative: a passive of a verb that is no act.
    text: 'The new rules were printed on Monday.',
    claims: [],
  },
]);

family('en 5. quotes, pronouns and relative sources', [
  {
    // One statement in two quotations: one claim in two parts; the pronoun resolves to the named speaker.
    text: 'Mayor Elena Brandt spoke on Monday. "It was a mistake," she said. "We should have acted sooner."',
    claims: [{ kind: 'direct', source: 'she', name: 'Mayor Elena Brandt', cue: 'said', content: ['It was a mistake', 'We should have acted sooner.'] }],
  },
  {
    text: 'The senator, who said he usually votes early, left the hall.',
    claims: [{ kind: 'indirect', source: 'who', cue: 'said', content: 'he usually votes early' }],
  },
]);

family('en 6. headlines with a colon', [
  {
    text: 'Acme Gazette: Mill Will Close In May',
    claims: [{ kind: 'indirect', source: 'Acme Gazette', cue: ':', content: 'Mill Will Close In May' }],
  },
  {
    text: 'Mayor Brandt: “We will rebuild the bridge.”',
    claims: [{ kind: 'direct', source: 'Mayor Brandt', cue: ':', content: 'We will rebuild the bridge.' }],
  },
  {
    // Negative: a colon after a lower-case lead-in or a long phrase is no headline attribution.
    text: 'The agenda had three items: roads, schools and the new library.',
    claims: [],
  },
]);

family('en 7. questions', [
  {
    text: 'A reporter asked how the mayor was feeling on election day.',
    claims: [{ kind: 'indirect', source: 'A reporter', cue: 'asked', content: 'how the mayor was feeling on election day' }],
  },
  {
    // The question of an opening participle has no named speaker; the answer is the governor's.
    text: 'Asked whether he would run again, the governor said he had not decided.',
    claims: [
      { kind: 'unattributed', source: null, cue: 'Asked', content: 'whether he would run again' },
      { kind: 'indirect', source: 'the governor', cue: 'said', content: 'he had not decided' },
    ],
  },
  {
    // "asked for X" reports a request (round 8, en-attitude): the topic after "for" is its content.
    text: 'Tired and hungry, the crew asked for water.',
    claims: [{ kind: 'reported', source: 'the crew', cue: 'asked for', content: 'water' }],
  },
]);

family('en 8. "according to" closing the sentence', [
  {
    // It governs the whole sentence before it, verbs inside included; a closing time is when, not what.
    text: 'The committee, which supported the mayor, spent 3,000 dollars on leaflets, according to a council report on Wednesday.',
    claims: [
      {
        kind: 'indirect',
        source: 'a council report',
        cue: 'according to',
        content: 'The committee, which supported the mayor, spent 3,000 dollars on leaflets',
      },
    ],
  },
]);

family('en 8b. a source opened by "according to"; a participle of saying after a time', [
  {
    // A cue noun closing the source ("a pool report,") is part of the source; a past-tense verb with its object starts the statement.
    text: 'According to a pool report, the deputy mayor attended the hearing alone.',
    claims: [{ kind: 'indirect', source: 'a pool report', cue: 'According to', content: 'the deputy mayor attended the hearing alone' }],
  },
  {
    // Negative for the noun reading: an inflected verb before a comma stays a verb ("Mr. Lund reported, …" keeps its cue).
    text: 'The ferry will not run on Sunday, Mr. Lund reported.',
    claims: [{ kind: 'indirect', source: 'Mr. Lund', cue: 'reported', content: 'The ferry will not run on Sunday' }],
  },
  {
    // "tweeted on Monday, saying …": the participle makes the claim; its content does not start with "saying".
    text: 'Ms. Brandt wrote on Monday, saying the school would stay open.',
    claims: [{ kind: 'indirect', source: 'Ms. Brandt', cue: 'saying', content: 'the school would stay open' }],
  },
]);

family('en 9. one speaker, two cues; appositions', [
  {
    text: 'The levy will rise, he said, adding that the council had no choice.',
    claims: [
      { kind: 'indirect', source: 'he', cue: 'said', content: 'The levy will rise' },
      { kind: 'indirect', source: 'he', cue: 'adding', content: 'the council had no choice' },
    ],
  },
  {
    text: '"It is one thing to promise it," said Ines Marlow, co-director of the harbour trust.',
    claims: [{ kind: 'direct', source: 'Ines Marlow, co-director of the harbour trust', cue: 'said', content: 'It is one thing to promise it' }],
  },
]);

family('en 10. an inverted speaker after a quotation takes its apposition', [
  {
    text: '“We will rebuild the pier,” said Dana Holt, who runs the harbour office.',
    claims: [{ kind: 'direct', source: 'Dana Holt, who runs the harbour office', cue: 'said', content: 'We will rebuild the pier' }],
  },
  {
    text: '“We will rebuild the pier,” said Dana Holt, a councillor from Eastport.',
    claims: [{ kind: 'direct', source: 'Dana Holt, a councillor from Eastport', cue: 'said', content: 'We will rebuild the pier' }],
  },
  {
    // Negative: after a dash the writer goes on; the speaker ends at the name.
    text: '“We will rebuild the pier,” said Dana Holt — the pier has been closed since May.',
    claims: [{ kind: 'direct', source: 'Dana Holt', cue: 'said', content: 'We will rebuild the pier' }],
  },
  {
    // Negative: a speaker before the verb keeps the words after it out of the source.
    text: '“We will rebuild the pier,” Dana Holt said on the harbour steps.',
    claims: [{ kind: 'direct', source: 'Dana Holt', cue: 'said', content: 'We will rebuild the pier' }],
  },
]);

family('en 11. coordinated speakers, a second speaker, the cue’s own words', [
  {
    text: 'Mayor Brandt and the harbour master said the pier would reopen in May.',
    claims: [{ kind: 'indirect', source: 'Mayor Brandt and the harbour master', cue: 'said', content: 'the pier would reopen in May' }],
  },
  {
    text: 'She and her deputy have said the levy will rise.',
    claims: [{ kind: 'indirect', source: 'She and her deputy', cue: 'have said', content: 'the levy will rise' }],
  },
  {
    // Negative: a name that is the object of the clause before "and" is no speaker.
    text: 'The bill passed the Senate and most residents said they were relieved.',
    claims: [{ kind: 'indirect', source: 'most residents', cue: 'said', content: 'they were relieved' }],
  },
  {
    text: 'Six in 10 voters said the mayor was honest, and a third said the same of her rival.',
    claims: [
      { kind: 'indirect', source: 'Six in 10 voters', cue: 'said', content: 'the mayor was honest' },
      { kind: 'indirect', source: 'a third', cue: 'said', content: 'the same of her rival' },
    ],
  },
  {
    // The infinitive marker belongs to the cue of an aspectual verb ("went on to say"); "refused" is the act
    // itself, and what it refuses is the content (en-cue-extent.ts).
    text: 'The council refused to say whether the pier would reopen.',
    claims: [{ kind: 'reported', source: 'The council', cue: 'refused', content: 'to say whether the pier would reopen' }],
  },
  {
    text: 'The council went on to say that the pier would reopen.',
    claims: [{ kind: 'indirect', source: 'The council', cue: 'went on to say', content: 'the pier would reopen' }],
  },
  {
    text: 'The harbour master didn’t say when the pier would reopen.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'didn’t say', content: 'when the pier would reopen' }],
  },
  {
    text: '“It will take a year,” Ms. Holt said of the repairs.',
    claims: [{ kind: 'direct', source: 'Ms. Holt', cue: 'said of', content: 'It will take a year' }],
  },
]);

family('en 12. the speaker across a coordinator and past an adverb', [
  {
    text: 'The mayor opened the pier, but then said the repairs were not finished.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'then said', content: 'the repairs were not finished' }],
  },
  {
    text: 'The harbour report dutifully recounts that the pier was rebuilt twice.',
    claims: [{ kind: 'indirect', source: 'The harbour report', cue: 'dutifully recounts', content: 'the pier was rebuilt twice' }],
  },
  {
    // Negative: a noun after a share is no cue.
    text: 'The mayor enjoys 48 percent support in the county.',
    claims: [],
  },
]);

family('en 13. a participle after a noun phrase (reduced relative clause)', [
  {
    text: 'The police received calls saying that the pier had collapsed.',
    claims: [{ kind: 'indirect', source: 'calls', cue: 'saying', content: 'the pier had collapsed' }],
  },
  {
    // Negative: a participle after an article is a noun or adjective, not a speech act.
    text: 'The saying that pride comes before a fall is old.',
    claims: [],
  },
]);

family('en 14. nouns as cues, tied to a speaker (en-nouns.ts)', [
  {
    // A possessive speaker and a that-clause; the main verb after the clause is not content.
    text: 'Ms. Ortega’s claim that the ferry had been sold was wrong.',
    claims: [{ kind: 'indirect', source: 'Ms. Ortega’s', cue: 'claim', content: 'the ferry had been sold' }],
  },
  {
    // The subject of a light verb speaks through the noun; auxiliaries join the cue.
    text: 'The harbour master has expressed concern that the pier would not hold.',
    claims: [{ kind: 'indirect', source: 'The harbour master', cue: 'has expressed concern', content: 'the pier would not hold', stance: 'warn' }],
  },
  {
    // A topic after the noun's preposition is reported; a closing time is when, not what.
    text: 'Councillor Dibb voiced support for the new levy on Tuesday.',
    claims: [{ kind: 'reported', source: 'Councillor Dibb', cue: 'voiced support for', content: 'the new levy' }],
  },
  {
    text: 'Her criticism of the toll plan was sharp.',
    claims: [{ kind: 'reported', source: 'Her', cue: 'criticism of', content: 'the toll plan' }],
  },
  {
    // "by X" after the noun names the speaker.
    text: 'The allegation by the union that the ballots were lost was denied.',
    claims: [{ kind: 'indirect', source: 'the union', cue: 'allegation by', content: 'the ballots were lost' }],
  },
  {
    // A cue noun with a that-clause and no speaker is an unattributed claim (en-noun-clauses.ts; PolNeAR marks it).
    text: 'A claim that the mill would close spread quickly.',
    claims: [{ kind: 'unattributed', source: null, cue: 'A claim', content: 'the mill would close' }],
  },
  {
    // Negative: "report" in a possessive names a document, not a speech act of the sentence.
    text: 'The report’s author lives in Dunmore.',
    claims: [],
  },
]);

family('en 15. verbs of quotation only; "citing" closing a sentence; a verb ends the speaker', [
  {
    text: '“The mill will not reopen this year,” she continued.',
    claims: [{ kind: 'direct', source: 'she', cue: 'continued', content: 'The mill will not reopen this year' }],
  },
  {
    text: 'The banner read: “No tolls on the old bridge.”',
    claims: [{ kind: 'direct', source: 'The banner', cue: 'read', content: 'No tolls on the old bridge.' }],
  },
  {
    // Negative: without a quotation these verbs say nothing.
    text: 'Rents continued to rise in Dunmore. The clerk read the minutes twice.',
    claims: [],
  },
  {
    // A progressive's auxiliary belongs to the cue, not to the speaker ("is" is no plural noun before a participle).
    text: 'Councillor Dibb is criticizing the new levy.',
    claims: [{ kind: 'reported', source: 'Councillor Dibb', cue: 'is criticizing', content: 'the new levy' }],
  },
  {
    // An irregular verb ends the speaker: "went on to say" is the cue, not part of the source.
    text: 'Mayor Brandt went on to say the pier would reopen.',
    claims: [{ kind: 'indirect', source: 'Mayor Brandt', cue: 'went on to say', content: 'the pier would reopen' }],
  },
  {
    // A participle of citing after the main clause is a claim of the clause's subject; the speaker phrase ends at its verb.
    // (The vote itself is a reported stance since round 8: "voted against X".)
    text: 'Mayor Brandt voted against the levy, citing the cost of the new pier.',
    claims: [
      { kind: 'reported', source: 'Mayor Brandt', cue: 'voted against', content: 'the levy' },
      { kind: 'reported', source: 'Mayor Brandt', cue: 'citing', content: 'the cost of the new pier' },
    ],
  },
]);

family('en 16. a sentence that opens with "in" and a document or survey', [
  {
    text: 'In a Lakeside Herald poll, the mayor led her rival by nine points.',
    claims: [{ kind: 'indirect', source: 'a Lakeside Herald poll', cue: 'In', content: 'the mayor led her rival by nine points' }],
  },
  {
    // The verb's claim stands; the opening phrase adds none.
    text: 'In an interview, Mr. Lund said the ferry would run again.',
    claims: [{ kind: 'indirect', source: 'Mr. Lund', cue: 'said', content: 'the ferry would run again' }],
  },
  {
    // Negative: "in" with a time or a place is no source.
    text: 'In the spring, the river flooded the lower town.',
    claims: [],
  },
]);

family('en 17. coordinated speakers with the words that describe them', [
  {
    text: 'Harbour commissioners Ann Lund and Piet Varga say the pier is unsafe.',
    claims: [{ kind: 'indirect', source: 'Harbour commissioners Ann Lund and Piet Varga', cue: 'say', content: 'the pier is unsafe' }],
  },
  {
    // Negative: a verb before the first name ends the speaker at the conjunction.
    text: 'The levy passed the council and residents said it was unfair.',
    claims: [{ kind: 'indirect', source: 'residents', cue: 'said', content: 'it was unfair' }],
  },
]);

family('en 18. a listener asked or told to do something', [
  {
    // The listener and the infinitive are the content of "asked/told X to …".
    text: 'The ferry company asked passengers to board early.',
    claims: [{ kind: 'indirect', source: 'The ferry company', cue: 'asked', content: 'passengers to board early' }],
  },
  {
    // A that-clause after the listener stays the content alone.
    text: 'Ms. Holt told the council that the pier was safe.',
    claims: [{ kind: 'indirect', source: 'Ms. Holt', cue: 'told', content: 'the pier was safe' }],
  },
]);
