import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis, type AnalysisJSON, type TextSpan } from '../../src/analysis/format.js';
import { Document } from '../../src/core/document.js';
import { sentencizer, tokenizer } from '../../src/text/components.js';

/**
 * Property tests over random Unicode (issue 18): the tokenizer, the sentence splitter and every extractor never
 * throw, every span lies inside the text, and every span's text is the text's slice at its offsets (code points
 * in the contract). Inputs are short and many: 80,000 through tokenizer and splitter, 20,000 through the whole
 * pipeline — 100,000 per run. fast-check prints the seed and the shrunk input of a failure.
 */

/** Pieces that reach the rules: cues, quotes, figures, dates, names, and characters that break naive code. */
const PIECES = [
  'Der Minister sagte', 'sagte', ', ', '. ', '? ', '!', ':', ' ', '  ', '\n', '\r\n', '\n\n', '\t',
  '„', '“', '”', '"', "'", '‚', '‘', '«', '»', '(', ')', '–', '—', '-',
  '3', '4.000', '4,000', '3,5', '1.5', '12', '2025', '2025-03-04', '4. März', 'March 4', 'gestern', 'yesterday',
  'Millionen', 'million', 'Prozent', '%', 'Euro', '€', '$', 'Menschen', 'people', 'mehr als', 'more than', 'rund', 'about',
  'zwischen', 'und', 'bis', 'between', 'and', 'Dr.', 'z. B.', 'U.S.', 'Mio.', 'Nr.', 'bestritt', 'denied', 'laut', 'according to',
  'Deutschland', 'Ukraine-Region', 'Nordkoreaner', 'Angela Merkel', 'Landratsamt', 'BBC',
  '\u00AD', '\u00A0', '\u200B', '\u202E', '\u2066', '\uFEFF', '\u0301', 'e\u0301', '👍🏽', '🇩🇪', '𝔘', 'ß', 'İ', 'ﬁ', 'Å', '٣', 'ー',
];

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const shortText = (max: number) => fc.array(piece, { minLength: 0, maxLength: max }).map((ps) => ps.join(''));

function checkSpan(cps: string[], s: { start: number; end: number; text: string }, what: string): void {
  if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= cps.length)) {
    throw new Error(`${what} [${s.start}, ${s.end}) is not inside the text (${cps.length} code points)`);
  }
  const slice = cps.slice(s.start, s.end).join('');
  if (slice !== s.text) throw new Error(`${what} text ${JSON.stringify(s.text)} != slice ${JSON.stringify(slice)}`);
}

function checkTextSpan(cps: string[], s: TextSpan, what: string): void {
  checkSpan(cps, s, what);
  for (const [i, p] of (s.parts ?? []).entries()) checkSpan(cps, p, `${what} part ${i}`);
}

/** Every span of an analysis: tokens, sentences, entity mentions, times, quantities, claims' cue, source, via and content. */
function checkAnalysis(a: AnalysisJSON): number {
  const cps = [...a.document.text];
  let n = 0;
  const each = (spans: readonly TextSpan[], what: string) => {
    for (const [i, s] of spans.entries()) {
      checkTextSpan(cps, s, `${what} ${i}`);
      n++;
    }
  };
  each(a.tokens ?? [], 'token');
  each(a.sentences, 'sentence');
  for (const e of a.entities) each(e.mentions, `entity ${e.id} mention`);
  each(a.times, 'time');
  each(a.quantities, 'quantity');
  for (const c of a.claims) {
    each([c.content, ...(c.cue ? [c.cue] : []), ...(c.source ? [c.source] : []), ...c.via], `claim ${c.id}`);
  }
  return n;
}

test('found by this suite: a quote after a colon that opens its sentence (":‚Der Minister sagte\"") crashed the claim finder', () => {
  const a = toAnalysis(analyze({ text: ':‚Der Minister sagte"', lang: 'de' }), { tokens: true });
  assert.deepEqual(a.claims, []);
  assert.ok(checkAnalysis(a) > 0);
});

test('tokenizer and sentence splitter on 80,000 random texts: no throw, spans inside the text, in order', { timeout: 120_000 }, () => {
  fc.assert(
    fc.property(shortText(12), fc.constantFrom('de', 'en'), (text, lang) => {
      const doc = new Document({ text, lang });
      doc.lang = lang;
      tokenizer.run(doc);
      sentencizer.run(doc);
      for (const name of ['tokens', 'sentences'] as const) {
        let prev = 0;
        for (const s of doc.get(name).items) {
          if (!(prev <= s.start && s.start < s.end && s.end <= doc.text.length)) {
            throw new Error(`${name} [${s.start}, ${s.end}) after ${prev} in a text of ${doc.text.length}`);
          }
          prev = s.end;
        }
      }
    }),
    { numRuns: 80_000 },
  );
});

test('the whole pipeline on 20,000 random texts: no throw; every span inside the text and equal to its slice', { timeout: 120_000 }, () => {
  let spans = 0;
  fc.assert(
    fc.property(shortText(16), fc.constantFrom('de', 'en', 'auto'), (text, lang) => {
      spans += checkAnalysis(toAnalysis(analyze({ text, lang, published: '2025-03-04' }), { tokens: true }));
    }),
    { numRuns: 20_000 },
  );
  assert.ok(spans > 20_000, `only ${spans} spans were checked: the generator makes too little text`);
});
