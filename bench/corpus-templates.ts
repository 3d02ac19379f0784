/**
 * Invented article templates for the generated corpus (bench/corpus-gen.ts), one set per kind of event, written
 * for this project (no third-party text). Each kind has a German and an English template: a title and sentences
 * (the first is the lede, always used; each other one is used or left out per document).
 *
 * Slots, filled per event (names, figures) or per document:
 *   $TOWN $TOWN2 $REGION $RIVER $CO        invented places, a river or forest, a company (one set per event)
 *   $P1 $P2 $P3 / $P1L $P2L $P3L          invented people (a man, two women): full name / surname
 *   $A $B $C                               counts (the event's scale, drifting a little from report to report)
 *   $M                                     an amount in millions (one decimal: 2,3 / 2.3)
 *   $K                                     a small count (injured, missing: 2–40)
 *   $WD                                    the weekday before the publication day
 * Alternatives: `[a|b]` is chosen once per event (two events of one kind differ in wording), `{a|b}` once per
 * document (two reports of one event differ in wording).
 */

export interface ArticleTemplate {
  title: string;
  sentences: readonly string[];
}

export interface EventKind {
  name: string;
  de: ArticleTemplate;
  en: ArticleTemplate;
}

export const EVENT_KINDS: readonly EventKind[] = [
  {
    name: 'flood',
    de: {
      title: '{Hochwasser|Überschwemmung} in $TOWN: {Tausende|Hunderte Menschen} {in Sicherheit gebracht|evakuiert}',
      sentences: [
        '$TOWN. Nach tagelangem Regen ist die $RIVER in der Nacht zum $WD über die Ufer getreten.',
        'Nach Angaben des Landratsamts $REGION wurden rund $A Menschen aus $TOWN und $TOWN2 [evakuiert|in Notunterkünfte gebracht].',
        'Kreisbrandmeister $P1 sprach {dagegen|am Abend} von „etwa $B Bewohnern, die wir aus ihren Häusern geholt haben“.',
        'Der Pegel der $RIVER stieg [binnen weniger Stunden|über Nacht] um fast zwei Meter, teilte der Hochwassernachrichtendienst mit.',
        '$K Menschen seien leicht verletzt worden, sagte ein Sprecher der Polizei.',
        'Landrätin $P2 schätzte den Schaden an Straßen und Brücken auf $M Millionen Euro.',
        '„Wir haben so ein [Hochwasser|Wasser] seit Jahrzehnten nicht gesehen“, sagte $P3, die in $TOWN2 eine Bäckerei betreibt.',
        'Die Gemeinde $TOWN hat [Sandsäcke|Notstrom] für $C Haushalte bereitgestellt.',
      ],
    },
    en: {
      title: '{Floods|Flooding} {force|drive} thousands from homes in $TOWN',
      sentences: [
        'The $RIVER burst its banks overnight into $WD after days of rain, flooding large parts of $TOWN.',
        'About $A residents of $TOWN and $TOWN2 were [evacuated|moved to emergency shelters], the $REGION district office said.',
        'Fire chief $P1 put the number of people his crews had brought out of their homes at $B.',
        'The water level of the $RIVER rose by almost two metres [within hours|overnight], the flood warning service said.',
        'Police said $K people were slightly injured.',
        'District administrator $P2 estimated the damage to roads and bridges at $M million euros.',
        '"We have not seen [a flood|water] like this in decades," said $P3, who runs a bakery in $TOWN2.',
        'The municipality of $TOWN said it had handed out [sandbags|emergency generators] to $C households.',
      ],
    },
  },
  {
    name: 'forest fire',
    de: {
      title: '{Waldbrand|Großbrand im Wald} bei $TOWN {außer Kontrolle|weitet sich aus}',
      sentences: [
        '$TOWN. Ein Waldbrand im $RIVER [Forst|Wald] hat sich seit $WD auf rund $A Hektar ausgedehnt.',
        'Mehr als $B Einsatzkräfte von Feuerwehr, Technischem Hilfswerk und Bundeswehr kämpfen gegen die Flammen, teilte die Kreisverwaltung $REGION mit.',
        'Einsatzleiter $P1 sagte, der Wind habe das Feuer [über Nacht|am Nachmittag] wieder angefacht.',
        'Aus $TOWN2 mussten $C Bewohner ihre Häuser verlassen.',
        'Ein Löschhubschrauber der Polizei wirft seit dem Morgen Wasser aus dem [Baggersee|Stausee] ab.',
        'Försterin $P2 hält es für möglich, dass eine weggeworfene Zigarette den Brand ausgelöst hat.',
        'Der Schaden an den Beständen wird nach Angaben der Forstverwaltung auf $M Millionen Euro geschätzt.',
        '„Die Trockenheit macht jeden Funken gefährlich“, sagte Bürgermeisterin $P3.',
      ],
    },
    en: {
      title: '{Wildfire|Forest fire} near $TOWN {spreads|grows} to $A hectares',
      sentences: [
        'A forest fire in the $RIVER [woods|forest] near $TOWN has spread to about $A hectares since $WD.',
        'More than $B firefighters, relief workers and soldiers are fighting the flames, the $REGION district administration said.',
        'Incident commander $P1 said the wind had fanned the fire again [overnight|in the afternoon].',
        'Some $C residents of $TOWN2 had to leave their homes.',
        'A police helicopter has been dropping water taken from a [quarry lake|reservoir] since the morning.',
        'Forester $P2 said a discarded cigarette may have started the fire.',
        'The forestry office put the damage to the woodland at $M million euros.',
        '"The drought makes every spark dangerous," mayor $P3 said.',
      ],
    },
  },
  {
    name: 'strike',
    de: {
      title: '{Streik|Warnstreik} bei $CO: {Bänder stehen still|Produktion ruht}',
      sentences: [
        '$TOWN. Beim [Maschinenbauer|Autozulieferer] $CO in $TOWN haben am $WD rund $A Beschäftigte die Arbeit niedergelegt.',
        'Das Unternehmen bezifferte die Zahl der Streikenden dagegen auf $B.',
        'Die Gewerkschaft fordert [acht|sieben] Prozent mehr Lohn, sagte Verhandlungsführer $P1.',
        'Geschäftsführerin $P2 nannte die Forderung „nicht bezahlbar“ und warnte vor einem Verlust von $M Millionen Euro.',
        'Auch im Werk in $TOWN2 ruhte die Arbeit, wo $C Menschen beschäftigt sind.',
        'Betriebsratschefin $P3 kündigte weitere Streiks an, falls bis zum Monatsende kein Angebot vorliege.',
        'Die Verhandlungen sollen nach Angaben beider Seiten in der kommenden Woche in $REGION fortgesetzt werden.',
      ],
    },
    en: {
      title: '{Strike|Walkout} halts production at $CO',
      sentences: [
        'About $A workers walked out at [engineering firm|car parts maker] $CO in $TOWN on $WD, the union said.',
        'The company put the number of strikers at $B.',
        'Chief negotiator $P1 said the union wanted a pay rise of [eight|seven] percent.',
        'Managing director $P2 called the demand unaffordable and warned of a loss of $M million euros.',
        'Work also stopped at the plant in $TOWN2, which employs $C people.',
        'Works council chair $P3 said more strikes would follow if there was no offer by the end of the month.',
        'Both sides said talks would resume next week in $REGION.',
      ],
    },
  },
  {
    name: 'bridge collapse',
    de: {
      title: '{Brücke|Talbrücke} über die $RIVER {eingestürzt|teilweise eingestürzt}',
      sentences: [
        '$TOWN. Ein Teil der $RIVER-Brücke zwischen $TOWN und $TOWN2 ist in der Nacht zum $WD eingestürzt.',
        'Nach Angaben der Polizei wurden $K Menschen verletzt, als zwei Autos in die Lücke stürzten.',
        'Täglich fahren rund $A Fahrzeuge über die Brücke, teilte das Straßenbauamt $REGION mit.',
        'Der Statiker $P1 sagte, Korrosion an den [Spannstählen|Stahlträgern] sei seit Jahren bekannt gewesen.',
        'Verkehrsministerin $P2 kündigte eine Prüfung aller Brücken gleicher Bauart an.',
        'Ein Neubau werde nach ersten Schätzungen $M Millionen Euro kosten.',
        'Pendler müssen einen Umweg von $C Metern über die [Umgehungsstraße|Landstraße] nehmen.',
        '„Wir haben mehrfach vor dem Zustand gewarnt“, sagte die Ortsvorsteherin von $TOWN2, $P3.',
      ],
    },
    en: {
      title: '{Bridge|Road bridge} over the $RIVER {collapses|partly collapses}',
      sentences: [
        'Part of the $RIVER bridge between $TOWN and $TOWN2 collapsed overnight into $WD.',
        'Police said $K people were injured when two cars fell into the gap.',
        'About $A vehicles cross the bridge every day, the $REGION roads authority said.',
        'Structural engineer $P1 said corrosion of the [prestressing steel|steel girders] had been known for years.',
        'Transport minister $P2 ordered checks of all bridges of the same design.',
        'A new bridge would cost $M million euros, according to first estimates.',
        'Commuters face a detour of $C metres along the [bypass|country road].',
        '"We warned about its state several times," said $P3, the local councillor of $TOWN2.',
      ],
    },
  },
  {
    name: 'chemical accident',
    de: {
      title: '{Chemieunfall|Gasaustritt} bei $CO: Anwohner sollen Fenster schließen',
      sentences: [
        '$TOWN. Bei der $CO in $TOWN ist am $WD [Chlorgas|Ammoniak] aus einem undichten Tank ausgetreten.',
        'Die Werksfeuerwehr brachte nach eigenen Angaben $B Mitarbeiter aus der Halle.',
        '$K Beschäftigte kamen mit Atemwegsreizungen ins Krankenhaus, sagte ein Sprecher der Feuerwehr.',
        'Rund $A Anwohner in $TOWN2 wurden per Warn-App aufgefordert, Fenster und Türen geschlossen zu halten.',
        'Werksleiter $P1 sprach von einem defekten Ventil und sagte, es habe keine Gefahr für die Bevölkerung bestanden.',
        'Das Umweltamt $REGION misst seitdem an $C Stellen die Luft.',
        'Umweltschützerin $P2 warf dem Unternehmen vor, Mängel an der Anlage verschwiegen zu haben.',
        'Die Sanierung des Tanklagers soll nach Angaben des Unternehmens $M Millionen Euro kosten.',
      ],
    },
    en: {
      title: '{Chemical leak|Gas leak} at $CO plant, residents told to stay indoors',
      sentences: [
        '[Chlorine gas|Ammonia] leaked from a tank at the $CO plant in $TOWN on $WD.',
        'The plant fire brigade said it had brought $B employees out of the hall.',
        'A fire service spokesman said $K workers were taken to hospital with breathing problems.',
        'About $A residents of $TOWN2 were told by a warning app to keep windows and doors shut.',
        'Plant manager $P1 blamed a faulty valve and said there had been no danger to the public.',
        'The $REGION environment agency has been measuring the air at $C sites since then.',
        'Environmental campaigner $P2 accused the company of hiding defects at the site.',
        'Repairing the tank farm will cost $M million euros, the company said.',
      ],
    },
  },
  {
    name: 'train derailment',
    de: {
      title: '{Zugunglück|Entgleisung} bei $TOWN: {Strecke gesperrt|Bahnstrecke bleibt dicht}',
      sentences: [
        '$TOWN. Ein [Regionalzug|Güterzug] ist am $WD kurz vor dem Bahnhof $TOWN entgleist.',
        'Nach Angaben der Bundespolizei wurden $K Reisende verletzt.',
        'Im Zug saßen nach Auskunft der Bahn rund $B Fahrgäste.',
        'Die Strecke zwischen $TOWN und $TOWN2 bleibt nach Angaben des Eisenbahn-Bundesamts mindestens eine Woche gesperrt.',
        'Täglich sind dort sonst etwa $A Pendler unterwegs, sagte Bahnsprecher $P1.',
        'Ermittler prüfen, ob eine gebrochene [Schiene|Weiche] das Unglück ausgelöst hat.',
        'Der Fahrgastverband $REGION schätzt den Schaden an Gleisen und Oberleitung auf $M Millionen Euro.',
        '„Es gab einen lauten Knall, dann kippte der Wagen“, sagte die Reisende $P2.',
      ],
    },
    en: {
      title: '{Train derails|Derailment} near $TOWN, {line closed|line shut for a week}',
      sentences: [
        'A [regional train|freight train] derailed just outside $TOWN station on $WD.',
        'Federal police said $K passengers were injured.',
        'About $B passengers were on board, the railway said.',
        'The line between $TOWN and $TOWN2 will stay closed for at least a week, the rail authority said.',
        'Some $A commuters use it every day, railway spokesman $P1 said.',
        'Investigators are examining whether a broken [rail|switch] caused the accident.',
        'The $REGION passengers association put the damage to track and overhead lines at $M million euros.',
        '"There was a loud bang, then the carriage tipped over," passenger $P2 said.',
      ],
    },
  },
  {
    name: 'hospital cyber attack',
    de: {
      title: '{Hackerangriff|Cyberangriff} auf Klinikum $TOWN: {Notaufnahme abgemeldet|Operationen verschoben}',
      sentences: [
        '$TOWN. Nach einem Hackerangriff auf das Klinikum $TOWN sind seit $WD fast alle Computer [abgeschaltet|vom Netz].',
        'Die Notaufnahme ist abgemeldet; Rettungswagen fahren nach $TOWN2, teilte die Leitstelle $REGION mit.',
        'Rund $B geplante Operationen mussten verschoben werden, sagte Klinikchef $P1.',
        'Die Angreifer verlangen nach Angaben der Staatsanwaltschaft ein Lösegeld von $M Millionen Euro.',
        'Betroffen sind die Daten von bis zu $A Patientinnen und Patienten.',
        'IT-Sicherheitsexpertin $P2 sagte, die Klinik habe ein bekanntes Sicherheitsupdate nicht eingespielt.',
        '$C Beschäftigte dokumentieren seitdem wieder [auf Papier|mit Stift und Formular].',
      ],
    },
    en: {
      title: '{Cyber attack|Hackers} {cripple|paralyse} $TOWN hospital',
      sentences: [
        'Almost all computers at $TOWN hospital have been [shut down|offline] since a hacker attack on $WD.',
        'The emergency department is closed and ambulances go to $TOWN2, the $REGION control centre said.',
        'About $B planned operations had to be postponed, hospital director $P1 said.',
        'The attackers are demanding a ransom of $M million euros, prosecutors said.',
        'The data of up to $A patients are affected.',
        'Security expert $P2 said the hospital had not installed a known security update.',
        'Some $C staff have gone back to [paper records|pen and paper] since then.',
      ],
    },
  },
  {
    name: 'storm',
    de: {
      title: '{Unwetter|Sturm} über $TOWN: {Dächer abgedeckt|Bäume entwurzelt}',
      sentences: [
        '$TOWN. Ein [Sturmtief|Gewittersturm] mit Böen bis 120 Kilometer pro Stunde hat am $WD in $TOWN und $TOWN2 schwere Schäden angerichtet.',
        'Die Feuerwehr rückte nach eigenen Angaben zu mehr als $B Einsätzen aus.',
        'Rund $A Haushalte waren stundenlang ohne Strom, teilte der Netzbetreiber $CO mit.',
        '$K Menschen wurden durch herabfallende Äste verletzt, sagte Stadtbrandmeister $P1.',
        'Der Landkreis $REGION schätzt den Schaden an öffentlichen Gebäuden auf $M Millionen Euro.',
        'In $TOWN2 deckte der Sturm das Dach der [Grundschule|Turnhalle] ab.',
        'Meteorologin $P2 sagte, solche Böen seien im Frühjahr selten.',
        'Die Aufräumarbeiten an $C Straßen sollen bis zum Wochenende dauern.',
      ],
    },
    en: {
      title: '{Storm|Gale} {batters|sweeps through} $TOWN',
      sentences: [
        'A [storm|thunderstorm] with gusts of up to 120 kilometres per hour caused heavy damage in $TOWN and $TOWN2 on $WD.',
        'Firefighters said they were called out more than $B times.',
        'About $A households were without power for hours, grid operator $CO said.',
        'Fire chief $P1 said $K people were hurt by falling branches.',
        'The $REGION district estimated the damage to public buildings at $M million euros.',
        'In $TOWN2 the storm tore the roof off the [primary school|sports hall].',
        'Meteorologist $P2 said such gusts were rare in spring.',
        'Clearing $C streets is expected to take until the weekend.',
      ],
    },
  },
];
