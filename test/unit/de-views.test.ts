/**
 * German attribution, round 14 (spec 4): verbs of judging with a predicate (src/extract/attribution/de-views.ts:
 * "hält X für Y", "hält es für möglich, dass C", "sah es als erwiesen an, dass C"), verbs of urging with their
 * preposition ("pocht auf", "plädierte dafür, …"), the field before the verb (sentence adverbs, a verb after a comma
 * that shares the subject before it, an inverted speaker before the verb's preposition, a zu-infinitive of a cue
 * verb) and "Aus Sicht X". Every sentence is written for this test (invented people and places); each case lists all
 * the claims a careful reader sees, with negative cases where a rule must not fire.
 */
import { family as familyIn, type Case } from '../claims-harness.js';

const family = (name: string, cases: Case[]): void => familyIn('de', name, cases);

family('verbs of judging with a predicate: "hält X für Y", "hält es für möglich, dass C"', [
  {
    text: "Die Bürgermeisterin hält den Vorschlag für falsch.",
    claims: [{kind: "reported", source: "Die Bürgermeisterin", cue: "hält für", content: ["den Vorschlag","falsch"]}],
  },
  {
    text: "Der Elternbeirat hält die neuen Schulzeiten für eine Zumutung.",
    claims: [{kind: "reported", source: "Der Elternbeirat", cue: "hält für", content: ["die neuen Schulzeiten","eine Zumutung"]}],
  },
  {
    text: "Die Gewerkschaft hält die Pläne für völlig unzureichend.",
    claims: [{kind: "reported", source: "Die Gewerkschaft", cue: "hält für", content: ["die Pläne","völlig unzureichend"]}],
  },
  {
    text: "Die Ärztin erachtet eine Impfung für sinnvoll.",
    claims: [{kind: "reported", source: "Die Ärztin", cue: "erachtet für", content: ["eine Impfung","sinnvoll"]}],
  },
  {
    text: "Dies hält der Gutachter aber für unwahrscheinlich.",
    claims: [{kind: "reported", source: "der Gutachter", cue: "hält für", content: ["Dies","unwahrscheinlich"]}],
  },
  {
    text: "Der Landrat sieht die Sperrung als Angriff auf die Dörfer.",
    claims: [{kind: "reported", source: "Der Landrat", cue: "sieht als", content: ["die Sperrung","Angriff auf die Dörfer"]}],
  },
  {
    text: "Der Verband betrachtet die Abgabe als Belastung des Handwerks.",
    claims: [{kind: "reported", source: "Der Verband", cue: "betrachtet als", content: ["die Abgabe","Belastung des Handwerks"]}],
  },
  {
    text: "Der Verband hält es für möglich, dass die Preise weiter steigen.",
    claims: [{kind: "indirect", source: "Der Verband", cue: "hält es für möglich", content: "dass die Preise weiter steigen"}],
  },
  {
    text: "Beobachter halten es jedoch für unwahrscheinlich, dass das Gericht die Entscheidung kassiert.",
    claims: [{kind: "indirect", source: "Beobachter", cue: "halten es für unwahrscheinlich", content: "dass das Gericht die Entscheidung kassiert"}],
  },
  {
    text: "Das Landgericht sah es als erwiesen an, dass der Angeklagte die Tat geplant hatte.",
    claims: [{kind: "indirect", source: "Das Landgericht", cue: "sah es als erwiesen an", content: "dass der Angeklagte die Tat geplant hatte"}],
  },
  {
    text: "Viele Förster halten es für notwendig, den Wald umzubauen.",
    claims: [{kind: "indirect", source: "Viele Förster", cue: "halten es für notwendig", content: "den Wald umzubauen"}],
  },
  {
    text: "Die Befürworter betrachten es als wichtiger, dass die Partei geschlossen auftritt.",
    claims: [{kind: "indirect", source: "Die Befürworter", cue: "betrachten es als wichtiger", content: "dass die Partei geschlossen auftritt"}],
  },
  {
    text: "Der Torwart hält den Ball.",
    claims: [],
  },
  {
    text: "Der Zug hält für zwei Minuten in Köln.",
    claims: [],
  },
  {
    text: "Er hält an seiner Meinung fest.",
    claims: [],
  },
  {
    text: "Sie hielt eine Rede für die Opfer.",
    claims: [],
  },
  {
    text: "Er sah als erster das Ziel.",
    claims: [],
  },
  {
    text: "Die Polizei sah den Mann, als er das Haus verließ.",
    claims: [],
  },
  {
    text: "Wir sahen den Film als Kinder.",
    claims: [],
  },
  {
    text: "Sie hielten die Tür für die Gäste offen.",
    claims: [],
  },
]);

family('verbs of urging with their preposition, an inverted speaker before it', [
  {
    text: "Die Landfrauen pochen auf eine schnelle Lösung.",
    claims: [{kind: "reported", source: "Die Landfrauen", cue: "pochen auf", content: "eine schnelle Lösung"}],
  },
  {
    text: "Die Partei pochte darauf, dass die Reform noch vor der Wahl beschlossen wird.",
    claims: [{kind: "indirect", source: "Die Partei", cue: "pochte darauf", content: "dass die Reform noch vor der Wahl beschlossen wird"}],
  },
  {
    text: "Der Mieterbund dringt auf niedrigere Nebenkosten.",
    claims: [{kind: "reported", source: "Der Mieterbund", cue: "dringt auf", content: "niedrigere Nebenkosten"}],
  },
  {
    text: "Die Gewerkschaft drängte darauf, die Verhandlungen fortzusetzen.",
    claims: [{kind: "indirect", source: "Die Gewerkschaft", cue: "drängte darauf", content: "die Verhandlungen fortzusetzen"}],
  },
  {
    text: "Der Verband beharrte darauf, dass die Gebühren sinken müssten.",
    claims: [{kind: "indirect", source: "Der Verband", cue: "beharrte darauf", content: "dass die Gebühren sinken müssten"}],
  },
  {
    text: "Die Grünen plädierten dafür, die Steuer zu senken.",
    claims: [{kind: "indirect", source: "Die Grünen", cue: "plädierten dafür", content: "die Steuer zu senken"}],
  },
  {
    text: "Die Bürgermeisterin wirbt für den Kompromiss.",
    claims: [{kind: "reported", source: "Die Bürgermeisterin", cue: "wirbt für", content: "den Kompromiss"}],
  },
  {
    text: "Im Landtag warb die Ministerin für das Gesetz.",
    claims: [{kind: "reported", source: "die Ministerin", cue: "warb für", content: "das Gesetz"}],
  },
  {
    text: "Im Stadtrat sprach der Kämmerer von einem Erfolg.",
    claims: [{kind: "reported", source: "der Kämmerer", cue: "sprach von", content: "einem Erfolg"}],
  },
  {
    text: "Die Ratingagentur stuft das Land als sicheres Anlageziel ein.",
    claims: [{kind: "reported", source: "Die Ratingagentur", cue: "stuft als ein", content: ["das Land","sicheres Anlageziel"]}],
  },
  {
    text: "Er drängte sich durch die Menge.",
    claims: [],
  },
  {
    text: "Der Rauch drang aus dem Fenster.",
    claims: [],
  },
  {
    text: "Die Firma wirbt mit niedrigen Preisen.",
    claims: [],
  },
  {
    text: "Die Polizei drängte die Demonstranten zurück.",
    claims: [],
  },
]);

family('the field before the verb: sentence adverbs, a shared subject, zu-infinitives, "Aus Sicht X"', [
  {
    text: "Demgegenüber kritisierte der Kämmerer den Plan der Stadt.",
    claims: [{kind: "reported", source: "der Kämmerer", cue: "kritisierte", content: "den Plan der Stadt"}],
  },
  {
    text: "Zusammen mit dem Finanzminister fordert die Ministerin eine Reform der Pflege.",
    claims: [{kind: "reported", source: "die Ministerin", cue: "fordert", content: "eine Reform der Pflege"}],
  },
  {
    text: "Gemeinsam mit den Ländern verlangt der Bund mehr Personal.",
    claims: [{kind: "reported", source: "der Bund", cue: "verlangt", content: "mehr Personal"}],
  },
  {
    text: "Die Anwohner bestreiten diesen Vorwurf, fordern aber eine neue Zählung.",
    claims: [{kind: "reported", source: "Die Anwohner", cue: "bestreiten", content: "diesen Vorwurf"}, {kind: "reported", source: "Die Anwohner", cue: "fordern", content: "eine neue Zählung"}],
  },
  {
    text: "Die Fischer weisen die Kritik zurück, verlangen aber höhere Quoten.",
    claims: [{kind: "reported", source: "Die Fischer", cue: "weisen zurück", content: "die Kritik"}, {kind: "reported", source: "Die Fischer", cue: "verlangen", content: "höhere Quoten"}],
  },
  {
    text: "Die Stadt bestellte den Investor ins Rathaus, um ihn zu drängen, den Bau fortzusetzen.",
    claims: [],
  },
  {
    text: "Der Trainer verließ den Raum, ohne zu sagen, wer spielen werde.",
    claims: [],
  },
  {
    text: "Aus Sicht der Opposition ist das Gesetz verfassungswidrig.",
    claims: [{kind: "indirect", source: "der Opposition", cue: "Aus Sicht", content: "ist das Gesetz verfassungswidrig"}],
  },
  {
    text: "Das Gesetz ist aus Sicht der Opposition verfassungswidrig.",
    claims: [{kind: "indirect", source: "der Opposition", cue: "aus Sicht", content: ["Das Gesetz ist","verfassungswidrig"]}],
  },
  {
    text: "Aus der Sicht von Umweltschützern kommt der Ausstieg zu spät.",
    claims: [{kind: "indirect", source: "Umweltschützern", cue: "Aus der Sicht von", content: "kommt der Ausstieg zu spät"}],
  },
  {
    // A place, not a speaker: "Sicht" names no one here.
    text: 'Aus Sicht des Ufers sah das Boot klein aus.',
    claims: [],
  },
]);

family('"bekannt werden" in verb-second order: "Am Abend wurde bekannt, dass C"', [
  {
    text: "Am Abend wurde bekannt, dass der Vorstand zurücktritt.",
    claims: [{kind: "unattributed", source: null, cue: "wurde bekannt", content: "dass der Vorstand zurücktritt"}],
  },
  {
    text: "Allerdings wurde inzwischen auch bekannt, dass kein Radar vorhanden ist.",
    claims: [{kind: "unattributed", source: null, cue: "wurde bekannt", content: "dass kein Radar vorhanden ist"}],
  },
  {
    text: "Am Abend ist bekannt geworden, dass der Vorstand zurücktritt.",
    claims: [{kind: "unattributed", source: null, cue: "ist bekannt geworden", content: "dass der Vorstand zurücktritt"}],
  },
  {
    text: "Zuvor war bekannt geworden, dass der Vorstand zurücktritt.",
    claims: [{kind: "unattributed", source: null, cue: "war bekannt geworden", content: "dass der Vorstand zurücktritt"}],
  },
  {
    text: "Der Fall wurde bekannt, weil das Opfer klagte.",
    claims: [],
  },
  {
    text: "Die Ursache ist noch nicht bekannt, die Ermittlungen laufen.",
    claims: [],
  },
  {
    text: "Es wurde bekannt, dass der Vorstand zurücktritt.",
    claims: [{kind: "unattributed", source: null, cue: "wurde bekannt", content: "dass der Vorstand zurücktritt"}],
  },
  {
    text: "Wie am Montag bekannt wurde, tritt der Vorstand zurück.",
    claims: [{kind: "unattributed", source: null, cue: "Wie bekannt wurde", content: "tritt der Vorstand zurück"}],
  },
  {
    text: "Erst nachdem er die Strafe abgesessen hatte, wurde bekannt, dass die Zeugin gelogen hatte.",
    claims: [{kind: "unattributed", source: null, cue: "wurde bekannt", content: "dass die Zeugin gelogen hatte"}],
  },
  {
    text: "Im April wurde dann bekannt, dass der Sänger krank war.",
    claims: [{kind: "unattributed", source: null, cue: "wurde bekannt", content: "dass der Sänger krank war"}],
  },
]);

family('"nach Angaben X" inside a verb-second clause: the first field and a leading clause belong to the statement', [
  {
    text: "Nach Polizeiangaben soll der Fahrer, der seit Jahren in Bremen lebt, abgeschoben werden.",
    claims: [{kind: "indirect", source: "Polizeiangaben", cue: "Nach", content: "soll der Fahrer, der seit Jahren in Bremen lebt, abgeschoben werden"}],
  },
  {
    text: "Nach Angaben der Feuerwehr wurde niemand verletzt, die Straße bleibt aber gesperrt.",
    claims: [{kind: "indirect", source: "der Feuerwehr", cue: "Nach Angaben", content: "wurde niemand verletzt, die Straße bleibt aber gesperrt"}],
  },
  {
    text: "Das neue Gesetz, das den Handel schützen soll, verstößt nach Ansicht des Gutachters gegen europäisches Recht.",
    claims: [{kind: "indirect", source: "des Gutachters", cue: "nach Ansicht", content: ["Das neue Gesetz, das den Handel schützen soll, verstößt","gegen europäisches Recht"]}],
  },
  {
    text: "Das Werk, welches von zwei Konzernen betrieben wird, bleibt nach Berichten des Ministeriums außer Betrieb.",
    claims: [{kind: "indirect", source: "des Ministeriums", cue: "nach Berichten", content: ["Das Werk, welches von zwei Konzernen betrieben wird, bleibt","außer Betrieb"]}],
  },
  {
    text: "Nachdem der Pilot gestern Probleme hatte, geht es ihm heute nach Angaben der Zentrale gut.",
    claims: [{kind: "indirect", source: "der Zentrale", cue: "nach Angaben", content: ["Nachdem der Pilot gestern Probleme hatte, geht es ihm heute","gut"]}],
  },
  {
    text: "Nach der Einschätzung eines Experten, der vom Sender befragt wurde, würde dies für einen Unfall sprechen.",
    claims: [{kind: "indirect", source: "eines Experten", cue: "Nach", content: "würde dies für einen Unfall sprechen"}],
  },
  {
    text: "Die Straße bleibt nach Angaben der Stadt bis Montag gesperrt.",
    claims: [{kind: "indirect", source: "der Stadt", cue: "nach Angaben", content: ["Die Straße bleibt","bis Montag gesperrt"]}],
  },
  {
    text: "Der Tunnel, der erst im Mai eröffnet wurde, muss laut Stadtwerken saniert werden.",
    claims: [{kind: "indirect", source: "Stadtwerken", cue: "laut", content: ["Der Tunnel, der erst im Mai eröffnet wurde, muss","saniert werden"]}],
  },
  {
    text: "Weil es stark geregnet hatte, blieb die Brücke nach Angaben der Polizei gesperrt.",
    claims: [{kind: "indirect", source: "der Polizei", cue: "nach Angaben", content: ["Weil es stark geregnet hatte, blieb die Brücke","gesperrt"]}],
  },
  {
    text: "Sie ist eine von drei Zeuginnen, die nach eigenen Angaben den Unfall sahen, zumindest aber laut Polizei am Ort waren.",
    claims: [{kind: "indirect", source: "eigenen Angaben", cue: "nach", content: ["die","den Unfall sahen"]}, {kind: "indirect", source: "Polizei", cue: "laut", content: ["zumindest aber","am Ort waren"]}],
  },
]);

family('the speaker after "laut": a relative pronoun, a name before the subject of the clause', [
  {
    text: "Jedoch wurde laut Sergei Voznyak der persönliche Sprecher des Kandidaten festgenommen.",
    claims: [{kind: "indirect", source: "Sergei Voznyak", cue: "laut", content: ["Jedoch wurde","der persönliche Sprecher des Kandidaten festgenommen"]}],
  },
  {
    text: "Jedoch wurde laut Anna Berger der Sprecher des Kandidaten festgenommen.",
    claims: [{kind: "indirect", source: "Anna Berger", cue: "laut", content: ["Jedoch wurde","der Sprecher des Kandidaten festgenommen"]}],
  },
  {
    text: "Dem Gericht liegt ein Gutachten vor, laut dem das Kind misshandelt worden war.",
    claims: [{kind: "indirect", source: "dem", cue: "laut", content: "das Kind misshandelt worden war"}],
  },
  {
    text: "Es gab Pläne, laut denen jeder Bürger ein Radio haben sollte.",
    claims: [{kind: "indirect", source: "denen", cue: "laut", content: "jeder Bürger ein Radio haben sollte"}],
  },
]);

family('a noun before a colon that announces a report in Konjunktiv: "Der Vorwurf: C"', [
  {
    text: "Der Vorwurf: Die Behörde habe zu spät reagiert.",
    claims: [{kind: "unattributed", source: null, cue: "Der Vorwurf", content: "Die Behörde habe zu spät reagiert"}],
  },
  {
    text: "Seine Botschaft: Niemand werde zurückgelassen.",
    claims: [{kind: "indirect", source: "Seine", cue: "Botschaft", content: "Niemand werde zurückgelassen"}],
  },
  {
    text: "Die Bilanz: 20 Tote und 100 Verletzte.",
    claims: [],
  },
  {
    text: "Das Fazit der Ministerin: Die Reform sei gescheitert.",
    claims: [{kind: "indirect", source: "der Ministerin", cue: "Das Fazit", content: "Die Reform sei gescheitert"}],
  },
  {
    text: "Die Bilanz der Feuerwehr: Zwei Häuser brannten ab.",
    claims: [],
  },
  {
    text: "Der Grund: Die Bahn habe zu wenig Personal.",
    claims: [{kind: "unattributed", source: null, cue: "Der Grund", content: "Die Bahn habe zu wenig Personal"}],
  },
  {
    text: "Der Trainer sagte: Das Spiel sei verloren.",
    claims: [{kind: "indirect", source: "Der Trainer", cue: "sagte", content: "Das Spiel sei verloren"}],
  },
]);

family('"Für X ist klar, dass C": the phrase after "für" holds the view', [
  {
    text: "Für den Verband ist klar, dass die Reform scheitern wird.",
    claims: [{kind: "indirect", source: "den Verband", cue: "Für ist klar", content: "dass die Reform scheitern wird"}],
  },
  {
    text: "Für die Opposition ist längst ausgemacht, dass der Minister gehen muss.",
    claims: [{kind: "indirect", source: "die Opposition", cue: "Für ist ausgemacht", content: "dass der Minister gehen muss"}],
  },
  {
    text: "Für Anna Berger ist entscheidend, ob die Stadt zahlt.",
    claims: [{kind: "indirect", source: "Anna Berger", cue: "Für ist entscheidend", content: "ob die Stadt zahlt"}],
  },
  {
    text: "Für die Schule ist das Gebäude zu klein.",
    claims: [],
  },
  {
    text: "Für die Kinder ist der Spielplatz wichtig.",
    claims: [],
  },
  {
    text: "Für ihn war es schwer, die Stelle zu finden.",
    claims: [],
  },
]);

family('", wonach C": the noun phrase the comma closes is the source', [
  {
    text: "Für das Jahr 2020 gibt es eine Schätzung, wonach dort 5.000 Vögel leben.",
    claims: [{kind: "indirect", source: "eine Schätzung", cue: "wonach", content: "dort 5.000 Vögel leben"}],
  },
  {
    text: "Der Minister wies Berichte der Zeitung „Nordkurier“ zurück, wonach das Werk schließen soll.",
    claims: [{kind: "reported", source: "Der Minister", cue: "wies zurück", content: "Berichte der Zeitung „Nordkurier“"}, {kind: "indirect", source: "Der Minister", cue: "wonach", content: "das Werk schließen soll"}],
  },
  {
    text: "Spekulationen, wonach der Täter ein Nachbar war, bestätigte die Polizei nicht.",
    claims: [{kind: "indirect", source: "die Polizei", cue: "bestätigte", content: "Spekulationen"}, {kind: "indirect", source: "Spekulationen", cue: "wonach", content: "der Täter ein Nachbar war"}],
  },
  {
    text: "Der Sprecher kehrte zur alten Version zurück, wonach der Hund den Brand auslöste.",
    claims: [{kind: "indirect", source: "Der Sprecher", cue: "wonach", content: "der Hund den Brand auslöste"}],
  },
]);

family('a cue verb inside another separable verb: "rief … zusammen", "sagte … ab"', [
  {
    text: "Der Trainer rief die Spieler zusammen, ohne zu sagen, wer spielen werde.",
    claims: [],
  },
  {
    text: "Die Stadt sagte das Fest ab.",
    claims: [],
  },
  {
    text: "Der Minister wies die Vorwürfe zurück.",
    claims: [{kind: "reported", source: "Der Minister", cue: "wies zurück", content: "die Vorwürfe"}],
  },
  {
    text: "Die Polizei teilte am Abend mit, dass niemand verletzt wurde.",
    claims: [{kind: "indirect", source: "Die Polizei", cue: "teilte mit", content: "dass niemand verletzt wurde"}],
  },
  {
    text: "Der Verband rief die Mitglieder zum Streik auf.",
    claims: [{kind: "reported", source: "Der Verband", cue: "rief auf", content: "die Mitglieder zum Streik"}],
  },
  {
    text: "Er sagte, die Firma stelle die Produktion ein.",
    claims: [{kind: "indirect", source: "Er", cue: "sagte", content: "die Firma stelle die Produktion ein"}],
  },
]);

family('"Aus Sicht X" needs someone who can hold a view (spec 6)', [
  {
    text: "Aus Sicht der Gewerkschaft ist der Tarifvertrag gescheitert.",
    claims: [{kind: "indirect", source: "der Gewerkschaft", cue: "Aus Sicht", content: "ist der Tarifvertrag gescheitert"}],
  },
  {
    text: "Aus Sicht des Ministers ist die Reform bezahlbar.",
    claims: [{kind: "indirect", source: "des Ministers", cue: "Aus Sicht", content: "ist die Reform bezahlbar"}],
  },
  {
    text: "Aus Sicht der Expertinnen kommt die Warnung zu spät.",
    claims: [{kind: "indirect", source: "der Expertinnen", cue: "Aus Sicht", content: "kommt die Warnung zu spät"}],
  },
  {
    text: "Aus Sicht Dänemarks ist der Vertrag ein Erfolg.",
    claims: [{kind: "indirect", source: "Dänemarks", cue: "Aus Sicht", content: "ist der Vertrag ein Erfolg"}],
  },
  {
    text: "Aus Sicht des Gipfels wirkt das Tal winzig.",
    claims: [],
  },
  {
    text: "Aus Sicht des Fensters sah man nur den Hof.",
    claims: [],
  },
  {
    text: "Aus der Sicht des Turms war der Fluss kaum zu erkennen.",
    claims: [],
  },
]);

family('verbs of judging after an auxiliary: "hat es für möglich gehalten, dass C" (spec 6)', [
  {
    text: "Die Ministerin hat es für möglich gehalten, dass die Wahl verschoben wird.",
    claims: [{kind: "indirect", source: "Die Ministerin", cue: "hat es für möglich gehalten", content: "dass die Wahl verschoben wird"}],
  },
  {
    text: "Der Richter hatte es als erwiesen angesehen, dass der Zeuge gelogen hatte.",
    claims: [{kind: "indirect", source: "Der Richter", cue: "hatte es als erwiesen angesehen", content: "dass der Zeuge gelogen hatte"}],
  },
  {
    text: "Die Stadtwerke werden es für nötig halten, dass die Preise steigen.",
    claims: [{kind: "indirect", source: "Die Stadtwerke", cue: "werden es für nötig halten", content: "dass die Preise steigen"}],
  },
  {
    text: "Der Verband hat es für sinnvoll erachtet, die Frist zu verlängern.",
    claims: [{kind: "indirect", source: "Der Verband", cue: "hat es für sinnvoll erachtet", content: "die Frist zu verlängern"}],
  },
  {
    text: "Die Nachbarin hat die Tür für die Gäste offen gehalten.",
    claims: [],
  },
  {
    text: "Der Torwart hat den Ball für seine Mannschaft gehalten.",
    claims: [],
  },
  {
    text: "Wir haben den Film als Kinder gesehen.",
    claims: [],
  },
]);

family('a second verb after "und" shares the subject after the first verb (spec 6)', [
  {
    text: "Dazu führte er mehrere Gründe an und führte aus, die Lage sei ernst.",
    claims: [{kind: "indirect", source: "er", cue: "führte aus", content: "die Lage sei ernst"}],
  },
  {
    text: "Am Montag lobte die Ministerin den Plan und sagte, er sei bezahlbar.",
    claims: [{kind: "reported", source: "die Ministerin", cue: "lobte", content: "den Plan"}, {kind: "indirect", source: "die Ministerin", cue: "sagte", content: "er sei bezahlbar"}],
  },
  {
    text: "Gestern kritisierte der Bürgermeister die Kommission und erklärte, die Frist sei zu kurz.",
    claims: [{kind: "reported", source: "der Bürgermeister", cue: "kritisierte", content: "die Kommission"}, {kind: "indirect", source: "der Bürgermeister", cue: "erklärte", content: "die Frist sei zu kurz"}],
  },
  {
    text: "Dann öffnete sie das Fenster und sagte, es sei kalt.",
    claims: [{kind: "indirect", source: "sie", cue: "sagte", content: "es sei kalt"}],
  },
  {
    text: "Die Trainerin lobte das Team und sagte, es habe gut gespielt.",
    claims: [{kind: "reported", source: "Die Trainerin", cue: "lobte", content: "das Team"}, {kind: "indirect", source: "Die Trainerin", cue: "sagte", content: "es habe gut gespielt"}],
  },
  {
    text: "In Hamburg traf sich die Senatorin mit den Reedern und betonte, der Hafen bleibe offen.",
    claims: [{kind: "indirect", source: "die Senatorin", cue: "betonte", content: "der Hafen bleibe offen"}],
  },
  {
    text: "Danach räumte er den Tisch ab und ging nach Hause.",
    claims: [],
  },
]);
