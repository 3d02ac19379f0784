/**
 * German attribution: frames of src/extract/attribution/de-frames.ts — cues in a "wie"-clause,
 * "es heißt" with the place that speaks, confessing verbs with a noun phrase, the topic of a reported cue, and a
 * dative listener after an inverted speaker. Every sentence is written for this test (invented people, places
 * and numbers); each case lists all the claims a careful reader sees, with negative cases where a rule must not
 * fire. Conventions as in claims-de.test.ts.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('"wie"-clause before the statement: any cue verb, a particle written apart', [
  {
    text: 'Wie das Landesamt am Dienstag bekannt gab, soll die Gebühr steigen.',
    claims: [{ kind: 'indirect', source: 'das Landesamt', cue: 'Wie bekannt gab', content: 'soll die Gebühr steigen' }],
  },
  {
    text: 'Wie die Stadtwerke bekanntgaben, wird das Bad im Mai geschlossen.',
    claims: [{ kind: 'indirect', source: 'die Stadtwerke', cue: 'Wie bekanntgaben', content: 'wird das Bad im Mai geschlossen' }],
  },
  {
    text: 'Wie der Kreis ankündigte, werden zwei Schulen saniert.',
    claims: [{ kind: 'indirect', source: 'der Kreis', cue: 'Wie ankündigte', content: 'werden zwei Schulen saniert' }],
  },
  {
    // Negative: the infinitive's "zu" before a final verb is no particle ("zusagen").
    text: 'Er hatte dazu nichts zu sagen.',
    claims: [],
  },
]);

family('"wie"-clause after the statement: "C, wie X mitteilte."', [
  {
    text: 'Die Brücke bleibt bis Juni gesperrt, wie ein Sprecher der Stadt mitteilte.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher der Stadt', cue: 'wie mitteilte', content: 'Die Brücke bleibt bis Juni gesperrt' }],
  },
  {
    text: 'Das Werk in Halden wird geschlossen, wie der Konzern am Montag bekannt gegeben hatte.',
    claims: [{ kind: 'indirect', source: 'der Konzern', cue: 'wie bekannt gegeben hatte', content: 'Das Werk in Halden wird geschlossen' }],
  },
  {
    text: 'Die Feuerwehr hat, wie ein Sprecher sagte, drei Menschen gerettet.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher', cue: 'wie sagte', content: ['Die Feuerwehr hat', 'drei Menschen gerettet'] }],
  },
  {
    // Negative: a comparison ("so, wie …").
    text: 'Es kam alles so, wie der Förster vorhergesagt hatte.',
    claims: [],
  },
  {
    // Negative: an indirect question after a verb of knowing.
    text: 'Niemand wusste, wie die Lage erklärt wurde.',
    claims: [],
  },
]);

family('"es heißt" with the place that speaks', [
  {
    text: 'Wie es in dem Gutachten heißt, wurden die Grenzwerte überschritten.',
    claims: [{ kind: 'indirect', source: 'dem Gutachten', cue: 'Wie es heißt', content: 'wurden die Grenzwerte überschritten' }],
  },
  {
    text: 'Wie es aus dem Rathaus hieß, wird die Sitzung verschoben.',
    claims: [{ kind: 'indirect', source: 'dem Rathaus', cue: 'Wie es hieß', content: 'wird die Sitzung verschoben' }],
  },
  {
    text: 'Wie es hieß, wird die Sitzung verschoben.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Wie es hieß', content: 'wird die Sitzung verschoben' }],
  },
  {
    text: 'Die Sitzung werde verschoben, hieß es aus dem Rathaus.',
    claims: [{ kind: 'indirect', source: 'dem Rathaus', cue: 'hieß es', content: 'Die Sitzung werde verschoben' }],
  },
  {
    text: 'Der Vertrag sei unterschriftsreif, heißt es in Verhandlungskreisen.',
    claims: [{ kind: 'indirect', source: 'Verhandlungskreisen', cue: 'heißt es', content: 'Der Vertrag sei unterschriftsreif' }],
  },
  {
    // An occasion and a time are not who speaks: no source, and not the content either.
    text: 'Die Lage sei ruhig, hieß es bei der Eröffnung am Montag.',
    claims: [{ kind: 'unattributed', source: null, cue: 'hieß es', content: 'Die Lage sei ruhig' }],
  },
  {
    // Negative: "wie es hieß" as an indirect question (what it was called).
    text: 'Der Bürgermeister wusste nicht, wie es hieß.',
    claims: [],
  },
]);

family('confessing verbs with a noun phrase; the topic of a reported cue', [
  {
    text: 'Der Landrat räumte Fehler ein.',
    claims: [{ kind: 'reported', source: 'Der Landrat', cue: 'räumte ein', content: 'Fehler' }],
  },
  {
    text: 'Die Firma gab Versäumnisse bei der Wartung zu.',
    claims: [{ kind: 'reported', source: 'Die Firma', cue: 'gab zu', content: 'Versäumnisse bei der Wartung' }],
  },
  {
    // Negative: with a dative object "einräumen" grants.
    text: 'Die Kasse räumte den Mitgliedern ein Sonderrecht ein.',
    claims: [],
  },
  {
    text: 'Der Verband kritisierte die Pläne scharf.',
    claims: [{ kind: 'reported', source: 'Der Verband', cue: 'kritisierte', content: 'die Pläne' }],
  },
  {
    // The pronoun of a prepositional attribute stays; the adverb goes.
    text: 'Die Gewerkschaft wies die Vorwürfe gegen ihn entschieden zurück.',
    claims: [{ kind: 'reported', source: 'Die Gewerkschaft', cue: 'wies zurück', content: 'die Vorwürfe gegen ihn' }],
  },
]);

family('a dative listener after an inverted speaker is no part of the source', [
  {
    text: 'Man prüfe den Antrag, sagte ein Sprecher des Landratsamts der Deutschen Presse-Agentur.',
    claims: [{ kind: 'indirect', source: 'ein Sprecher des Landratsamts', cue: 'sagte', content: 'Man prüfe den Antrag' }],
  },
  {
    text: '„Wir prüfen den Antrag“, sagte Ministerin Vera Lind der „Talblick Rundschau“.',
    claims: [{ kind: 'direct', source: 'Ministerin Vera Lind', cue: 'sagte', content: 'Wir prüfen den Antrag' }],
  },
  {
    // Negative: a genitive of a role noun ("der Chefredakteur der Zeitung").
    text: 'Man prüfe den Antrag, sagte der Chefredakteur der Zeitung.',
    claims: [{ kind: 'indirect', source: 'der Chefredakteur der Zeitung', cue: 'sagte', content: 'Man prüfe den Antrag' }],
  },
  {
    // Negative: an authority whose name ends like a medium ("Bundesagentur") is no listener.
    text: '„Die Zahlen sind gut“, sagte der Chef der Bundesagentur für Arbeit.',
    claims: [{ kind: 'direct', source: 'der Chef der Bundesagentur für Arbeit', cue: 'sagte', content: 'Die Zahlen sind gut' }],
  },
]);

family('"aus X" with "hervorgehen" and "verlauten": the text or circle speaks', [
  {
    text: 'Wie aus dem Jahresbericht hervorgeht, sank die Zahl der Unfälle um zwölf Prozent.',
    claims: [{ kind: 'indirect', source: 'dem Jahresbericht', cue: 'Wie hervorgeht', content: 'sank die Zahl der Unfälle um zwölf Prozent' }],
  },
  {
    text: 'Die Zahl der Unfälle sank, wie aus dem Jahresbericht hervorgeht.',
    claims: [{ kind: 'indirect', source: 'dem Jahresbericht', cue: 'wie hervorgeht', content: 'Die Zahl der Unfälle sank' }],
  },
  {
    text: 'Aus dem Protokoll geht hervor, dass der Rat zweimal abgestimmt hat.',
    claims: [{ kind: 'indirect', source: 'dem Protokoll', cue: 'geht hervor', content: 'dass der Rat zweimal abgestimmt hat' }],
  },
  {
    text: 'Aus Kreisen der Fraktion verlautete, der Antrag sei chancenlos.',
    claims: [{ kind: 'indirect', source: 'Kreisen der Fraktion', cue: 'verlautete', content: 'der Antrag sei chancenlos' }],
  },
  {
    // "Dies geht aus X hervor": the statement is the sentence before, with the demonstrative.
    text: 'Der Markt in Selbach wird im Herbst verlegt. Dies geht aus einer Vorlage der Verwaltung hervor.',
    claims: [{ kind: 'indirect', source: 'einer Vorlage der Verwaltung', cue: 'geht hervor', content: ['Der Markt in Selbach wird im Herbst verlegt', 'Dies'] }],
  },
  {
    // Negative: "hervorgehen aus" as origin.
    text: 'Der Verein ging aus einer Bürgerinitiative hervor.',
    claims: [],
  },
]);

family('"bekannt werden" with a statement: nobody named', [
  {
    text: 'Zuvor war schon bekannt geworden, dass die Fähre nach Lünsholm eingestellt wird.',
    claims: [{ kind: 'unattributed', source: null, cue: 'war bekannt geworden', content: 'dass die Fähre nach Lünsholm eingestellt wird' }],
  },
  {
    text: 'Wie am Montag bekannt wurde, verlässt der Trainer den Verein.',
    claims: [{ kind: 'unattributed', source: null, cue: 'Wie bekannt wurde', content: 'verlässt der Trainer den Verein' }],
  },
  {
    // In a subordinate clause the statement ends at its comma.
    text: 'Nachdem bekannt geworden war, dass der Kämmerer zurücktritt, tagte der Rat.',
    claims: [{ kind: 'unattributed', source: null, cue: 'bekannt geworden war', content: 'dass der Kämmerer zurücktritt' }],
  },
  {
    // Negative: a name or thing that became known (no statement).
    text: 'Der Sänger, der durch eine Fernsehshow bekannt wurde, tritt in Halden auf.',
    claims: [],
  },
]);
