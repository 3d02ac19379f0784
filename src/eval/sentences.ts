import { analyze } from '../analysis/analyze.js';
import { toRawSpan } from '../text/normalize.js';
import { scores, type Scores } from './metrics.js';
import { detokenize, readSpkAttDir } from './spkatt-data.js';

/** Boundary counts with P/R/F1. */
export type BoundaryScores = Scores;

export interface BoundaryError {
  file: string;
  /** Offset of the boundary in the rebuilt text. */
  offset: number;
  /** Text around it, with ‖ at the boundary. */
  context: string;
  /** For missed gold boundaries: the next gold sentence goes on in lower case or after an ordinal/abbreviation, i.e. the boundary falls inside a sentence (an annotation artifact). */
  insideSentence?: boolean;
}

export interface SentenceEvalReport {
  documents: number;
  goldSentences: number;
  ours: BoundaryScores;
  intl: BoundaryScores;
  /** Gold boundaries we do not make. */
  missed: BoundaryError[];
  /** Boundaries we make that the gold does not have. */
  spurious: BoundaryError[];
}


function context(text: string, at: number, width = 40): string {
  return (text.slice(Math.max(0, at - width), at) + '‖' + text.slice(at, at + width)).replace(/\n/g, '⏎');
}

/**
 * Sentence-boundary evaluation on SpkAtt documents: rebuilds each text from its tokens, splits it with
 * our splitter and with Intl.Segmenter, and compares the boundaries (sentence ends, excluding the
 * document end) with the gold sentences.
 */
export function evalSentences(dir: string, onProgress?: (done: number, total: number) => void): SentenceEvalReport {
  const docs = readSpkAttDir(dir);
  const intlSeg = new Intl.Segmenter('de', { granularity: 'sentence' });
  let goldSentences = 0;
  const ours = { tp: 0, fp: 0, fn: 0 };
  const intl = { tp: 0, fp: 0, fn: 0 };
  const missed: BoundaryError[] = [];
  const spurious: BoundaryError[] = [];

  const count = (acc: { tp: number; fp: number; fn: number }, gold: Set<number>, pred: Set<number>) => {
    for (const b of pred) {
      if (gold.has(b)) acc.tp++;
      else acc.fp++;
    }
    for (const b of gold) if (!pred.has(b)) acc.fn++;
  };

  docs.forEach((d, k) => {
    const det = detokenize(d.sentences);
    const text = det.text;
    goldSentences += det.sentences.length;
    const gold = new Set(det.sentences.slice(0, -1).map((s) => s.end));

    const doc = analyze({ text, lang: 'de', published: d.published });
    const ourEnds = doc.get('sentences').items.map((s) => toRawSpan(doc.normalized, s.start, s.end).end);
    const pred = new Set(ourEnds.slice(0, -1));
    count(ours, gold, pred);

    const intlEnds: number[] = [];
    for (const seg of intlSeg.segment(text)) {
      const trimmed = seg.segment.trimEnd();
      if (trimmed.length > 0) intlEnds.push(seg.index + trimmed.length);
    }
    count(intl, gold, new Set(intlEnds.slice(0, -1)));

    for (const b of gold) {
      if (pred.has(b)) continue;
      const nextStart = det.sentences.find((s) => s.start > b)?.start ?? b;
      const nextChar = text[nextStart] ?? '';
      const insideSentence = /\p{Ll}/u.test(nextChar) || /\d\.$|\b\p{L}{1,4}\.$/u.test(text.slice(Math.max(0, b - 6), b));
      missed.push({ file: d.file, offset: b, context: context(text, b), insideSentence });
    }
    for (const b of pred) if (!gold.has(b)) spurious.push({ file: d.file, offset: b, context: context(text, b) });
    onProgress?.(k + 1, docs.length);
  });

  return {
    documents: docs.length,
    goldSentences,
    ours: scores(ours),
    intl: scores(intl),
    missed,
    spurious,
  };
}
