import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lowerOf, tokenize, type Token, type TokenKind } from '../../src/text/tokenize.js';
import { getLanguage } from '../../src/lang/index.js';

const de = getLanguage('de');
const en = getLanguage('en');

interface Tok {
  text: string;
  kind: TokenKind;
  role?: 'open' | 'close' | undefined;
}

function toks(text: string, lang = de): Tok[] {
  const tokens = tokenize(text, lang);
  checkOffsets(text, tokens);
  return tokens.map((t) => ({ text: text.slice(t.start, t.end), kind: t.kind, role: t.role }));
}

function strings(text: string, lang = de): string[] {
  return toks(text, lang).map((t) => t.text);
}

/** Tokens are non-empty, in order, do not overlap and never contain white space at their edges. */
function checkOffsets(text: string, tokens: readonly Token[]): void {
  let prev = 0;
  for (const t of tokens) {
    assert.ok(t.start < t.end, `empty token at ${t.start}`);
    assert.ok(t.start >= prev, `token at ${t.start} overlaps the one before (ends ${prev})`);
    assert.ok(t.end <= text.length);
    const s = text.slice(t.start, t.end);
    assert.equal(s, s.trim(), `token with white space: ${JSON.stringify(s)}`);
    prev = t.end;
  }
}

/** The token that spells `s` exactly, or a failure listing the tokens. */
function find(text: string, s: string, lang = de): Tok {
  const all = toks(text, lang);
  const t = all.find((x) => x.text === s);
  assert.ok(t, `no token ${JSON.stringify(s)} in ${JSON.stringify(all.map((x) => x.text))}`);
  return t;
}

describe('tokenize: German abbreviations', () => {
  for (const [text, abbr] of [
    ['Man nehme z. B. Äpfel.', 'z. B.'],
    ['Man nehme z.B. Birnen.', 'z.B.'],
    ['Dort waren u. a. Gäste aus Ulm.', 'u. a.'],
    ['Es sprach Dr. Lindner zuerst.', 'Dr.'],
    ['Sie kommt heute bzw. morgen.', 'bzw.'],
    ['Das Haus Nr. 5 steht leer.', 'Nr.'],
    ['Es fehlen 3 Mio. Euro.', 'Mio.'],
    ['Es fehlen 2 Mrd. Euro.', 'Mrd.'],
    ['Sie wohnt in St. Ingbert.', 'St.'],
  ] as const) {
    test(`"${abbr}" is one abbreviation token`, () => {
      const t = find(text, abbr);
      assert.equal(t.kind, 'abbrev');
    });
  }

  test('"Nr. 5": the number stays a separate number token', () => {
    assert.deepEqual(strings('Das Haus Nr. 5 steht leer.'), ['Das', 'Haus', 'Nr.', '5', 'steht', 'leer', '.']);
    assert.equal(find('Das Haus Nr. 5 steht leer.', '5').kind, 'number');
  });

  test('the full stop of a plain word at the end of a sentence is its own token', () => {
    assert.deepEqual(strings('Er ging nach Hause.'), ['Er', 'ging', 'nach', 'Hause', '.']);
  });
});

describe('tokenize: English abbreviations', () => {
  for (const [text, abbr] of [
    ['We met Mr. Okafor yesterday.', 'Mr.'],
    ['She moved to the U.S. in spring.', 'U.S.'],
    ['It started in Jan. and ended late.', 'Jan.'],
    ['Ask Dr. Hale about it.', 'Dr.'],
  ] as const) {
    test(`"${abbr}" is one abbreviation token`, () => {
      assert.equal(find(text, abbr, en).kind, 'abbrev');
    });
  }

  test('initials are tokens of their own with their full stops', () => {
    const s = strings('It was J. F. Kennedy who spoke.', en);
    assert.deepEqual(s.slice(0, 6), ['It', 'was', 'J.', 'F.', 'Kennedy', 'who']);
  });
});

describe('tokenize: ordinals, dates and numbers', () => {
  test('"am 14. Oktober": the day is an ordinal with its dot', () => {
    const t = find('Die Wahl war am 14. Oktober vorbei.', '14.');
    assert.equal(t.kind, 'ordinal');
  });

  test('"der 2. Weltkrieg": ordinal', () => {
    assert.equal(find('Nach dem 2. Weltkrieg wurde die Stadt neu gebaut.', '2.').kind, 'ordinal');
  });

  test('"14.10.2024" is one date token', () => {
    const t = find('Am 14.10.2024 tagte der Rat.', '14.10.2024');
    assert.equal(t.kind, 'date');
  });

  test('ISO dates are one token', () => {
    assert.equal(find('Stand: 2024-10-14 mittags.', '2024-10-14').kind, 'date');
  });

  test('"auf Platz 1. Dann": the number is not an ordinal, the full stop is separate', () => {
    assert.deepEqual(strings('Sie landete auf Platz 1. Dann kam der Regen.').slice(3, 7), ['Platz', '1', '.', 'Dann']);
  });

  for (const n of ['600.000', '1,5', '10,000.5', '3.500', '4,200']) {
    test(`"${n}" is one number token`, () => {
      assert.equal(find(`Es waren ${n} Menschen da.`, n).kind, 'number');
      assert.equal(find(`There were ${n} people there.`, n, en).kind, 'number');
    });
  }

  test('"2.500-seitigen" is one token', () => {
    find('Der Ausschuss legte einen 2.500-seitigen Bericht vor.', '2.500-seitigen');
  });

  test('a number at the end of a sentence keeps no dot', () => {
    assert.deepEqual(strings('Es waren 600.000.').slice(-2), ['600.000', '.']);
  });
});

describe('tokenize: quotation marks', () => {
  const cases: [string, string, string][] = [
    ['„Wir bleiben hier“, sagte sie.', '„', '“'],
    ['»Wir bleiben hier«, sagte sie.', '»', '«'],
    ['«Nous restons», dit-elle.', '«', '»'],
    ['"We stay here," she said.', '"', '"'],
    ['‚Wir bleiben‘, hieß es.', '‚', '‘'],
    ['“We stay here,” she said.', '“', '”'],
    ['„Wir bleiben hier", sagte sie.', '„', '"'],
  ];
  for (const [text, open, close] of cases) {
    test(`${open}…${close} are told apart as opening and closing`, () => {
      const quotes = toks(text).filter((t) => t.kind === 'quote');
      assert.deepEqual(
        quotes.map((q) => [q.text, q.role]),
        [
          [open, 'open'],
          [close, 'close'],
        ],
      );
    });
  }

  test('a ” that opens a line with no quotation open is a turned opening mark', () => {
    const roles = (text: string) => toks(text, en).filter((t) => t.kind === 'quote').map((q) => q.role);
    assert.deepEqual(roles('The pier closed.\n”We will reopen it,” Brisk said.'), ['open', 'close']);
    assert.deepEqual(roles('The pier closed.\n\u202a” … we will reopen it,” Brisk said.'), ['open', 'close']);
    // Not in mid-line, nor with a quotation still open.
    assert.deepEqual(roles('She said ”no” twice.'), ['close', 'close']);
    assert.deepEqual(roles('“We stay.\n” Brisk left.'), ['open', 'close']);
  });

  test('an apostrophe inside or at the end of a word is part of the word', () => {
    assert.ok(strings("Andreas' Hund und Peter’s Katze", en).includes("Andreas'"));
    assert.ok(strings("it's fine", en).includes("it's"));
  });
});

describe('tokenize: URLs, e-mail addresses, dashes', () => {
  test('a URL is one token, without the sentence-final full stop', () => {
    const s = strings('Mehr unter https://www.beispiel-stadt.de/presse/2025/meldung.html.');
    assert.ok(s.includes('https://www.beispiel-stadt.de/presse/2025/meldung.html'), JSON.stringify(s));
    assert.equal(s.at(-1), '.');
  });

  test('a www. address is one token', () => {
    assert.ok(strings('Siehe www.beispiel.org/info für Details.').includes('www.beispiel.org/info'));
  });

  test('a bare .com/.org/.net domain name is one word, the sentence-final full stop apart; not before a path', () => {
    const s = strings('The ferry is late, said Okafor, editor of Harbour.com.', en);
    assert.ok(s.includes('Harbour.com'), JSON.stringify(s));
    assert.equal(s.at(-1), '.');
    assert.ok(strings('Lund wrote on Pier-News.org that it sank.', en).includes('Pier-News.org'));
    assert.ok(!strings('See pic.twitter.com/AbC123 now.', en).includes('pic.twitter.com'));
    assert.ok(!strings('It was late.Community boards met.', en).includes('late.Com'));
  });

  test('an e-mail address is one token', () => {
    const t = find('Fragen an presse.stelle@landkreis-muster.de richten.', 'presse.stelle@landkreis-muster.de');
    assert.equal(t.kind, 'email');
  });

  test('dashes are tokens of their own and do not join words', () => {
    const s = strings('Der Preis – so hieß es – steigt — vielleicht.');
    assert.ok(s.includes('–') && s.includes('—'));
    assert.ok(s.includes('Preis') && s.includes('so'));
  });

  test('hyphenated compounds are one word', () => {
    assert.ok(strings('Die Ober-Wieslinger Feuerwehr kam.').includes('Ober-Wieslinger'));
  });

  test('astral characters are one token each and never split a surrogate pair', () => {
    const text = 'Gut 😀 gemacht';
    const tokens = tokenize(text, de);
    checkOffsets(text, tokens);
    const lone = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
    for (const t of tokens) assert.ok(!lone.test(text.slice(t.start, t.end)));
    assert.ok(tokens.some((t) => text.slice(t.start, t.end) === '😀'));
  });

  test('empty and blank text give no tokens', () => {
    assert.deepEqual(tokenize('', de), []);
    assert.deepEqual(tokenize(' \n \n', de), []);
  });
});

describe('tokenize: two apostrophes as a quotation mark', () => {
  test("''…,'' is one opening and one closing mark; a single apostrophe stays in its word", () => {
    const t = toks("''It was late,'' the clerk's aide said.", en).filter((x) => x.kind === 'quote');
    assert.deepEqual(t, [
      { text: "''", kind: 'quote', role: 'open' },
      { text: "''", kind: 'quote', role: 'close' },
    ]);
    assert.ok(strings("the clerk's aide", en).includes("clerk's"));
  });
});

describe('lowerOf', () => {
  test('gives the lower-case text, cached on the token', () => {
    const text = 'Die POLIZEI und die Polizei';
    const toks = tokenize(text, de);
    assert.equal(lowerOf(text, toks[1]!), 'polizei');
    assert.equal(toks[1]!.norm, 'polizei');
    assert.equal(lowerOf(text, toks[4]!), 'polizei');
    assert.notEqual(lowerOf(text, toks[0]!), 'Die');
  });

  test('a token whose text has no upper case keeps its text', () => {
    const text = 'kein Großbuchstabe';
    const toks = tokenize(text, de);
    assert.equal(lowerOf(text, toks[0]!), 'kein');
    assert.equal(lowerOf(text, toks[1]!), 'großbuchstabe');
  });
});
