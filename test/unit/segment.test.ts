import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { split, splitChecked } from '../helpers.js';

interface Case {
  name: string;
  text: string;
  sentences: string[];
  todo?: string;
}

function run(lang: 'de' | 'en', cases: readonly Case[]): void {
  for (const c of cases) {
    test(c.name, c.todo ? { todo: c.todo } : {}, () => {
      assert.deepEqual(split(c.text, lang), c.sentences);
    });
  }
}

describe('segment (German): abbreviations', () => {
  run('de', [
    {
      name: 'z. B. and z.B. do not end a sentence',
      text: 'Viele Vereine, z. B. der Ruderclub, sagten ab. Andere, z.B. die Schützen, kamen trotzdem.',
      sentences: ['Viele Vereine, z. B. der Ruderclub, sagten ab.', 'Andere, z.B. die Schützen, kamen trotzdem.'],
    },
    {
      name: 'u. a. does not end a sentence',
      text: 'Eingeladen waren u. a. zwei Ministerinnen. Sie kamen nicht.',
      sentences: ['Eingeladen waren u. a. zwei Ministerinnen.', 'Sie kamen nicht.'],
    },
    {
      name: 'Dr. before a name',
      text: 'Die Rede hielt Dr. Marlene Quast. Danach gab es Kaffee.',
      sentences: ['Die Rede hielt Dr. Marlene Quast.', 'Danach gab es Kaffee.'],
    },
    {
      name: 'bzw. between alternatives',
      text: 'Der Bus fährt um acht bzw. um neun Uhr. Die Bahn fährt gar nicht.',
      sentences: ['Der Bus fährt um acht bzw. um neun Uhr.', 'Die Bahn fährt gar nicht.'],
    },
    {
      name: 'Nr. 5',
      text: 'Betroffen ist das Gebäude Nr. 5 in der Hafenstraße. Es wird geräumt.',
      sentences: ['Betroffen ist das Gebäude Nr. 5 in der Hafenstraße.', 'Es wird geräumt.'],
    },
    {
      name: 'Mio. and Mrd. before a currency',
      text: 'Der Neubau kostet 4 Mio. Euro, der Tunnel 1,2 Mrd. Euro. Beides ist teuer.',
      sentences: ['Der Neubau kostet 4 Mio. Euro, der Tunnel 1,2 Mrd. Euro.', 'Beides ist teuer.'],
    },
    {
      name: 'St. before a place name',
      text: 'Das Konzert findet in St. Blasien statt. Karten gibt es online.',
      sentences: ['Das Konzert findet in St. Blasien statt.', 'Karten gibt es online.'],
    },
    {
      name: 'a chain of academic titles does not split',
      text: 'Es sprach Prof. Dr. med. Jutta Brandl. Danach gab es Fragen.',
      sentences: ['Es sprach Prof. Dr. med. Jutta Brandl.', 'Danach gab es Fragen.'],
    },
    {
      name: 'Mio. ending a sentence before a typical opener',
      text: 'Der Schaden beträgt rund 3 Mio. Die Versicherung zahlt nur einen Teil.',
      sentences: ['Der Schaden beträgt rund 3 Mio.', 'Die Versicherung zahlt nur einen Teil.'],
    },
    {
      name: '"dieser Art. Offiziell" splits (Art. is not a paragraph reference here)',
      text: 'Es war ein Vorfall dieser Art. Offiziell bestätigt wurde er nicht.',
      sentences: ['Es war ein Vorfall dieser Art.', 'Offiziell bestätigt wurde er nicht.'],
    },
    {
      name: '"Art. 5" does not split',
      text: 'Das regelt Art. 5 des Grundgesetzes. Er schützt die Presse.',
      sentences: ['Das regelt Art. 5 des Grundgesetzes.', 'Er schützt die Presse.'],
    },
  ]);
});

describe('segment (German): ordinals, dates, numbers', () => {
  run('de', [
    {
      name: '"am 14. Oktober" does not split',
      text: 'Die Messe beginnt am 14. Oktober in Leipzig. Erwartet werden viele Gäste.',
      sentences: ['Die Messe beginnt am 14. Oktober in Leipzig.', 'Erwartet werden viele Gäste.'],
    },
    {
      name: '"der 2. Weltkrieg" does not split',
      text: 'Der 2. Weltkrieg zerstörte die Altstadt. Sie wurde wieder aufgebaut.',
      sentences: ['Der 2. Weltkrieg zerstörte die Altstadt.', 'Sie wurde wieder aufgebaut.'],
    },
    {
      name: 'a numeric date does not split',
      text: 'Am 14.10.2024 tagte der Ausschuss. Ergebnisse gab es keine.',
      sentences: ['Am 14.10.2024 tagte der Ausschuss.', 'Ergebnisse gab es keine.'],
    },
    {
      name: '"auf Platz 1. Dann" splits',
      text: 'Die Mannschaft landete auf Platz 1. Dann begann die Feier.',
      sentences: ['Die Mannschaft landete auf Platz 1.', 'Dann begann die Feier.'],
    },
    {
      name: 'numbers with separators do not split',
      text: 'Gezählt wurden 600.000 Stimmen, ein Plus von 1,5 Prozent. Die 2.500-seitigen Akten liegen vor.',
      sentences: ['Gezählt wurden 600.000 Stimmen, ein Plus von 1,5 Prozent.', 'Die 2.500-seitigen Akten liegen vor.'],
    },
    {
      name: 'a year at the end of a sentence splits',
      text: 'Das Werk schloss im Jahr 2019. Seitdem steht es leer.',
      sentences: ['Das Werk schloss im Jahr 2019.', 'Seitdem steht es leer.'],
    },
  ]);
});

describe('segment (German): quotations', () => {
  run('de', [
    {
      name: '„…“, sagte er: a quote followed by a comma is not split',
      text: '„Das ist gut.“, sagte er. Dann ging er.',
      sentences: ['„Das ist gut.“, sagte er.', 'Dann ging er.'],
    },
    {
      name: '„…“ ending a sentence: the closing mark stays with it',
      text: '„Das ist gut.“ Er ging.',
      sentences: ['„Das ist gut.“', 'Er ging.'],
    },
    {
      name: '»…« ending a sentence',
      text: '»Wir machen weiter.« Die Halle blieb voll.',
      sentences: ['»Wir machen weiter.«', 'Die Halle blieb voll.'],
    },
    {
      name: '«…» ending a sentence',
      text: '«Wir machen weiter.» Die Halle blieb voll.',
      sentences: ['«Wir machen weiter.»', 'Die Halle blieb voll.'],
    },
    {
      name: '"…" ending a sentence',
      text: '"Wir machen weiter." Die Halle blieb voll.',
      sentences: ['"Wir machen weiter."', 'Die Halle blieb voll.'],
    },
    {
      name: '‚…‘ ending a sentence',
      text: 'Sie nannte es ‚Unsinn.‘ Danach schwieg sie.',
      sentences: ['Sie nannte es ‚Unsinn.‘', 'Danach schwieg sie.'],
    },
    {
      name: 'a German opening mark closed by ASCII "',
      text: '„Wir machen weiter." Die Halle blieb voll.',
      sentences: ['„Wir machen weiter."', 'Die Halle blieb voll.'],
    },
    {
      name: 'a question in quotes followed by the verb of saying is not split',
      text: '„Wer zahlt das?“ fragte die Rentnerin. Niemand antwortete.',
      sentences: ['„Wer zahlt das?“ fragte die Rentnerin.', 'Niemand antwortete.'],
    },
    {
      name: 'a quote inside a sentence after a colon',
      text: 'Der Wirt sagte: „Wir öffnen wieder.“ Seine Gäste jubelten.',
      sentences: ['Der Wirt sagte: „Wir öffnen wieder.“', 'Seine Gäste jubelten.'],
    },
    {
      name: 'a multi-sentence quote splits inside the quote',
      text: '„Es regnet. Wir bleiben drin“, sagte die Trainerin.',
      sentences: ['„Es regnet.', 'Wir bleiben drin“, sagte die Trainerin.'],
    },
  ]);
});

describe('segment (German): lines, datelines, headlines, dashes', () => {
  run('de', [
    {
      name: 'a dateline "Brüssel/Berlin." stands alone',
      text: 'Brüssel/Berlin. Die Minister haben sich auf neue Regeln geeinigt. Sie gelten ab Mai.',
      sentences: ['Brüssel/Berlin.', 'Die Minister haben sich auf neue Regeln geeinigt.', 'Sie gelten ab Mai.'],
    },
    {
      name: 'a headline line without final punctuation is its own sentence',
      text: 'Neue Brücke für Nordhelling\nDer Gemeinderat hat zugestimmt. Die Bauarbeiten beginnen im Herbst.',
      sentences: ['Neue Brücke für Nordhelling', 'Der Gemeinderat hat zugestimmt.', 'Die Bauarbeiten beginnen im Herbst.'],
    },
    {
      name: 'a subheading line with a colon is its own sentence',
      text: 'Der Streit geht weiter.\nOpposition: Zu teuer und zu spät\nDie Fraktion kündigte Widerstand an.',
      sentences: ['Der Streit geht weiter.', 'Opposition: Zu teuer und zu spät', 'Die Fraktion kündigte Widerstand an.'],
    },
    {
      name: 'paragraphs separated by a blank line',
      text: 'Erster Absatz ohne Punkt\n\nZweiter Absatz. Mit zwei Sätzen.',
      sentences: ['Erster Absatz ohne Punkt', 'Zweiter Absatz.', 'Mit zwei Sätzen.'],
    },
    {
      name: 'dashes do not split',
      text: 'Die Kosten – so heißt es im Rathaus – steigen weiter. Eine Lösung — falls es sie gibt — fehlt.',
      sentences: ['Die Kosten – so heißt es im Rathaus – steigen weiter.', 'Eine Lösung — falls es sie gibt — fehlt.'],
    },
  ]);
});

describe('segment (German): URLs, e-mail addresses, hard wraps', () => {
  run('de', [
    {
      name: 'a URL is not split at its dots',
      text: 'Alle Unterlagen stehen unter https://www.nordhelling.example/rat/2025.03.12/protokoll.pdf bereit. Fragen beantwortet das Amt.',
      sentences: [
        'Alle Unterlagen stehen unter https://www.nordhelling.example/rat/2025.03.12/protokoll.pdf bereit.',
        'Fragen beantwortet das Amt.',
      ],
    },
    {
      name: 'a URL at the end of a sentence',
      text: 'Mehr dazu unter www.nordhelling.example/Baustelle. Die Seite wird täglich aktualisiert.',
      sentences: ['Mehr dazu unter www.nordhelling.example/Baustelle.', 'Die Seite wird täglich aktualisiert.'],
    },
    {
      name: 'an e-mail address is not split at its dots',
      text: 'Hinweise nimmt die Polizei unter hinweise.Nord@polizei.example.de entgegen. Anonym ist möglich.',
      sentences: ['Hinweise nimmt die Polizei unter hinweise.Nord@polizei.example.de entgegen.', 'Anonym ist möglich.'],
    },
  ]);

  test('hard-wrapped text is not split at each line break', () => {
    const text = [
      'Der Gemeinderat von Nordhelling hat am Dienstagabend nach langer Debatte',
      'beschlossen, die alte Brücke über den Mühlbach bis zum Herbst zu sanieren.',
      'Die Kosten schätzt das Bauamt auf rund 1,2 Millionen Euro, wovon der Kreis',
      'einen Teil übernehmen will. Bürgermeisterin Anna Feldkamp sagte nach der',
      'Sitzung, man habe lange genug gewartet und müsse jetzt endlich handeln.',
      'Kritik kam von der Opposition, die eine günstigere Lösung gefordert hatte',
      'und nun prüfen will, ob der Beschluss rechtlich angreifbar ist. Ein Termin',
      'für den Baubeginn steht noch nicht fest, wie die Verwaltung mitteilte.',
    ].join('\n');
    const got = split(text, 'de').map((s) => s.replace(/\n/g, ' '));
    assert.deepEqual(got, [
      'Der Gemeinderat von Nordhelling hat am Dienstagabend nach langer Debatte beschlossen, die alte Brücke über den Mühlbach bis zum Herbst zu sanieren.',
      'Die Kosten schätzt das Bauamt auf rund 1,2 Millionen Euro, wovon der Kreis einen Teil übernehmen will.',
      'Bürgermeisterin Anna Feldkamp sagte nach der Sitzung, man habe lange genug gewartet und müsse jetzt endlich handeln.',
      'Kritik kam von der Opposition, die eine günstigere Lösung gefordert hatte und nun prüfen will, ob der Beschluss rechtlich angreifbar ist.',
      'Ein Termin für den Baubeginn steht noch nicht fest, wie die Verwaltung mitteilte.',
    ]);
  });

  test('hard-wrapped paragraphs: a blank line still ends a sentence without punctuation', () => {
    const para = [
      'Die Feuerwehr war mit mehreren Fahrzeugen vor Ort und sperrte die Straße',
      'für etwa drei Stunden, während die Einsatzkräfte das Dach sicherten und',
      'die Bewohner in einer nahen Turnhalle unterbrachten, wie ein Sprecher',
      'am Abend sagte. Verletzt wurde nach bisherigen Erkenntnissen niemand,',
      'der Schaden an dem Gebäude sei aber erheblich und noch nicht beziffert.',
    ].join('\n');
    const text = `Sturm deckt Dach in Nordhelling ab\n\n${para}\n\n${para}`;
    const got = split(text, 'de');
    assert.equal(got[0], 'Sturm deckt Dach in Nordhelling ab');
    assert.equal(got.length, 1 + 2 * 2);
  });
});

describe('segment (English)', () => {
  run('en', [
    {
      name: 'Mr. before a name',
      text: 'The award went to Mr. Okafor. He thanked his team.',
      sentences: ['The award went to Mr. Okafor.', 'He thanked his team.'],
    },
    {
      name: 'U.S. inside a sentence',
      text: 'The U.S. delegation arrived late. Talks began at noon.',
      sentences: ['The U.S. delegation arrived late.', 'Talks began at noon.'],
    },
    {
      name: 'U.S. ending a sentence before a typical opener',
      text: 'She grew up in the U.S. She moved to Lisbon in 2010.',
      sentences: ['She grew up in the U.S.', 'She moved to Lisbon in 2010.'],
    },
    {
      name: 'Jan. before a year',
      text: 'The plant closed in Jan. 2023 after a fire. Nobody was hurt.',
      sentences: ['The plant closed in Jan. 2023 after a fire.', 'Nobody was hurt.'],
    },
    {
      name: 'Dr. before a name',
      text: 'The report was written by Dr. Hale. It runs to 80 pages.',
      sentences: ['The report was written by Dr. Hale.', 'It runs to 80 pages.'],
    },
    {
      name: 'initials do not split',
      text: 'The airport is named after J. F. Kennedy. It opened in 1948.',
      sentences: ['The airport is named after J. F. Kennedy.', 'It opened in 1948.'],
    },
    {
      name: 'a middle initial does not split',
      text: 'The case was argued by Mary T. Winslow for the county. The judge agreed.',
      sentences: ['The case was argued by Mary T. Winslow for the county.', 'The judge agreed.'],
    },
    {
      name: 'numbers with separators do not split',
      text: 'Officials counted 600,000 votes and a swing of 1.5 points. Turnout was 10,000.5 above the target.',
      sentences: ['Officials counted 600,000 votes and a swing of 1.5 points.', 'Turnout was 10,000.5 above the target.'],
    },
    {
      name: 'a quote followed by a comma is not split',
      text: '"That is good," he said. Then he left.',
      sentences: ['"That is good," he said.', 'Then he left.'],
    },
    {
      name: 'a quote ending a sentence',
      text: '“We will rebuild.” The crowd cheered.',
      sentences: ['“We will rebuild.”', 'The crowd cheered.'],
    },
    {
      name: 'a quoted question followed by the speaker is not split',
      text: '“Who pays for this?” asked a resident. Nobody answered.',
      sentences: ['“Who pays for this?” asked a resident.', 'Nobody answered.'],
    },
    {
      name: 'a dateline in capitals',
      text: 'LISBON — The council met on Monday. It approved the budget.',
      sentences: ['LISBON — The council met on Monday.', 'It approved the budget.'],
    },
    {
      name: 'a headline line without final punctuation',
      text: 'Bridge repairs approved after long debate\nThe council voted on Tuesday. Work starts in autumn.',
      sentences: ['Bridge repairs approved after long debate', 'The council voted on Tuesday.', 'Work starts in autumn.'],
    },
    {
      name: 'dashes do not split',
      text: 'The cost – officials say – keeps rising. A fix — if there is one — is far off.',
      sentences: ['The cost – officials say – keeps rising.', 'A fix — if there is one — is far off.'],
    },
    {
      name: 'a URL and an e-mail address are not split',
      text: 'Details are at https://council.example.org/minutes/2025.03.pdf today. Write to press.office@council.example.org with questions.',
      sentences: [
        'Details are at https://council.example.org/minutes/2025.03.pdf today.',
        'Write to press.office@council.example.org with questions.',
      ],
    },
    {
      name: 'question and exclamation marks end sentences',
      text: 'Is it safe? Nobody knows! Experts will check.',
      sentences: ['Is it safe?', 'Nobody knows!', 'Experts will check.'],
    },
  ]);

  test('hard-wrapped text is not split at each line break', () => {
    const text = [
      'The town council of Northfield voted on Tuesday evening, after a long and',
      'heated debate, to repair the old bridge over the mill stream by the autumn.',
      'The building office puts the cost at about 1.2 million euros, part of which',
      'the county has offered to cover. Mayor Anna Fieldcamp said after the vote',
      'that the town had waited long enough and now had to act without delay.',
      'Criticism came from the opposition, which had asked for a cheaper option',
      'and now wants to check whether the decision can be challenged in court. No',
      'date has been set for the start of work yet, the administration said.',
    ].join('\n');
    const got = split(text, 'en').map((s) => s.replace(/\n/g, ' '));
    assert.deepEqual(got, [
      'The town council of Northfield voted on Tuesday evening, after a long and heated debate, to repair the old bridge over the mill stream by the autumn.',
      'The building office puts the cost at about 1.2 million euros, part of which the county has offered to cover.',
      'Mayor Anna Fieldcamp said after the vote that the town had waited long enough and now had to act without delay.',
      'Criticism came from the opposition, which had asked for a cheaper option and now wants to check whether the decision can be challenged in court.',
      'No date has been set for the start of work yet, the administration said.',
    ]);
  });
});

describe('segment: offsets and edge cases', () => {
  test('sentences are slices of doc.text, in order, without overlap, and cover all tokens', () => {
    const text =
      'Kelmstadt. Am 3. März – kurz nach 2 Uhr – brach der Damm.\n„Das kam plötzlich“, sagte Dr. Quast.  Es waren u. a. 600.000 m³ Wasser.\n\n\nNeue Zahlen\nMehr unter www.beispiel.example/info. Ende';
    const { doc, sentences } = splitChecked(text, 'de');
    assert.ok(sentences.length >= 5);
    const items = doc.get('sentences').items;
    const tokens = doc.get('tokens').items;
    // Token ranges are contiguous and cover every token exactly once.
    let next = 0;
    for (const s of items) {
      assert.equal(s.firstToken, next);
      assert.ok(s.endToken > s.firstToken);
      assert.equal(tokens[s.firstToken]!.start, s.start);
      assert.equal(tokens[s.endToken - 1]!.end, s.end);
      next = s.endToken;
    }
    assert.equal(next, tokens.length);
  });

  test('text without any final punctuation is one sentence', () => {
    assert.deepEqual(split('nur ein paar Wörter ohne Punkt', 'de'), ['nur ein paar Wörter ohne Punkt']);
  });

  test('white space only gives no sentences', () => {
    assert.deepEqual(split(' \n\t\n ', 'de'), []);
  });

  test('a text of punctuation only is one sentence', () => {
    assert.deepEqual(split('...', 'en'), ['...']);
  });
});
