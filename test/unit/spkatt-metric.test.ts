import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Claim, ClaimKind } from '../../src/extract/types.js';
import { detokenize } from '../../src/eval/spkatt-data.js';
import {
  goldAnnotations,
  matchMessages,
  maxWeightAssignment,
  predictedAnnotations,
  scoreDocument,
  scores,
  tokenTable,
  type GoldAnnotation,
  type TokenAnnotation,
} from '../../src/eval/spkatt.js';

const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const gold = (message: number[], source: number[] = [], cue: number[] = [], form = 'Indirect', isNested = false): GoldAnnotation => ({
  message,
  source,
  cue,
  form,
  isNested,
});
const pred = (message: number[], source: number[] = [], cue: number[] = []): TokenAnnotation => ({ message, source, cue });

describe('spkatt metric: matching and token counts', () => {
  test('perfect match: every token a true positive, F1 1', () => {
    const s = scoreDocument([gold(range(3, 9), [0, 1], [2])], [pred(range(3, 9), [0, 1], [2])]);
    assert.deepEqual(s.pairs, [{ pred: 0, gold: 0, overlap: 7 }]);
    assert.deepEqual(s.counts, { message: { tp: 7, fp: 0, fn: 0 }, source: { tp: 2, fp: 0, fn: 0 }, cue: { tp: 1, fp: 0, fn: 0 } });
    assert.equal(scores(s.counts.message).f1, 1);
    assert.deepEqual(s.unmatchedGold, []);
    assert.deepEqual(s.unmatchedPred, []);
  });

  test('partial overlap: TP = shared tokens, FP = predicted only, FN = gold only', () => {
    const s = scoreDocument([gold(range(1, 5), [0], [])], [pred(range(3, 7), [0, 8], [9])]);
    assert.equal(s.pairs.length, 1);
    assert.deepEqual(s.counts.message, { tp: 3, fp: 2, fn: 2 });
    assert.deepEqual(s.counts.source, { tp: 1, fp: 1, fn: 0 });
    assert.deepEqual(s.counts.cue, { tp: 0, fp: 1, fn: 0 });
    const m = scores(s.counts.message);
    assert.equal(m.precision, 3 / 5);
    assert.equal(m.recall, 3 / 5);
    assert.ok(Math.abs(m.f1 - 0.6) < 1e-12);
  });

  test('an unmatched prediction counts all its tokens as false positives', () => {
    const s = scoreDocument([gold(range(1, 4), [0])], [pred(range(1, 4), [0]), pred(range(20, 25), [18], [19])]);
    assert.deepEqual(s.unmatchedPred, [1]);
    assert.deepEqual(s.counts.message, { tp: 4, fp: 6, fn: 0 });
    assert.deepEqual(s.counts.source, { tp: 1, fp: 1, fn: 0 });
    assert.deepEqual(s.counts.cue, { tp: 0, fp: 1, fn: 0 });
    // Unmatched predictions belong to no gold Form.
    assert.deepEqual(s.byForm['Indirect']!.message, { tp: 4, fp: 0, fn: 0 });
  });

  test('an unmatched gold annotation counts all its tokens as false negatives, under its Form', () => {
    const s = scoreDocument(
      [gold(range(1, 4), [0], [], 'Indirect'), gold(range(10, 15), [8], [9], 'Direct')],
      [pred(range(1, 4), [0])],
    );
    assert.deepEqual(s.unmatchedGold, [1]);
    assert.deepEqual(s.counts.message, { tp: 4, fp: 0, fn: 6 });
    assert.deepEqual(s.counts.source, { tp: 1, fp: 0, fn: 1 });
    assert.deepEqual(s.counts.cue, { tp: 0, fp: 0, fn: 1 });
    assert.deepEqual(s.byForm['Direct']!.message, { tp: 0, fp: 0, fn: 6 });
    assert.deepEqual(s.byForm['Indirect']!.message, { tp: 4, fp: 0, fn: 0 });
  });

  test('a prediction without any shared message token is not matched, even when its source overlaps', () => {
    const s = scoreDocument([gold(range(1, 4), [0])], [pred(range(6, 8), [0])]);
    assert.deepEqual(s.pairs, []);
    assert.deepEqual(s.counts.source, { tp: 0, fp: 1, fn: 1 });
  });

  test('two predictions competing for one gold: the larger overlap wins, the other is all errors', () => {
    const s = scoreDocument([gold(range(1, 10), [0])], [pred(range(1, 2), [0]), pred(range(3, 9), [0])]);
    assert.deepEqual(s.pairs, [{ pred: 1, gold: 0, overlap: 7 }]);
    assert.deepEqual(s.unmatchedPred, [0]);
    assert.deepEqual(s.counts.message, { tp: 7, fp: 2, fn: 3 });
    assert.deepEqual(s.counts.source, { tp: 1, fp: 1, fn: 0 });
  });

  test('the assignment maximizes the total overlap where a greedy choice would not', () => {
    // P0 shares 3 tokens with G0 and 2 with G1; P1 shares 2 with G0 only. Greedy (P0–G0) gives 3; the optimum
    // P0–G1 + P1–G0 gives 4.
    const g = [gold([1, 2, 3, 20, 21]), gold([10, 11])];
    const p = [pred([1, 2, 3, 10, 11]), pred([20, 21])];
    const pairs = matchMessages(g, p);
    assert.deepEqual(
      pairs.map((x) => [x.pred, x.gold]).sort(),
      [
        [0, 1],
        [1, 0],
      ],
    );
    assert.equal(
      pairs.reduce((n, x) => n + x.overlap, 0),
      4,
    );
  });

  test('equal message overlap: the source and cue overlap break the tie', () => {
    const g = [gold([1, 2], [0], [3]), gold([5, 6], [4], [7])];
    const p = [pred([1, 2, 5, 6], [4], [7])];
    assert.deepEqual(matchMessages(g, p), [{ pred: 0, gold: 1, overlap: 2 }]);
  });

  test('nested gold annotations are ignored', () => {
    const s = scoreDocument([gold(range(1, 3), [], [], 'Direct', true), gold(range(10, 12), [9])], [pred(range(10, 12), [9])]);
    assert.equal(s.nested, 1);
    assert.deepEqual(s.pairs, [{ pred: 0, gold: 1, overlap: 3 }]);
    assert.deepEqual(s.unmatchedGold, []);
    assert.deepEqual(s.counts.message, { tp: 3, fp: 0, fn: 0 });
    assert.equal(s.byForm['Direct'], undefined);
    // A prediction that only a nested annotation would match is unmatched.
    const t = scoreDocument([gold(range(1, 3), [], [], 'Direct', true)], [pred(range(1, 3))]);
    assert.deepEqual(t.pairs, []);
    assert.deepEqual(t.counts.message, { tp: 0, fp: 3, fn: 0 });
  });

  test('empty roles: nothing to find and nothing found scores 1; missing everything scores 0', () => {
    assert.equal(scores({ tp: 0, fp: 0, fn: 0 }).f1, 1);
    assert.deepEqual(
      [scores({ tp: 0, fp: 0, fn: 5 }).precision, scores({ tp: 0, fp: 0, fn: 5 }).recall, scores({ tp: 0, fp: 0, fn: 5 }).f1],
      [0, 0, 0],
    );
    assert.equal(scores({ tp: 0, fp: 3, fn: 0 }).f1, 0);
  });
});

describe('spkatt metric: the assignment is optimal', () => {
  function brute(w: number[][]): number {
    const rows = w.length;
    const cols = w[0]?.length ?? 0;
    let best = 0;
    const usedCols = new Array<boolean>(cols).fill(false);
    const go = (i: number, sum: number) => {
      if (i === rows) {
        best = Math.max(best, sum);
        return;
      }
      go(i + 1, sum); // row i unassigned
      for (let j = 0; j < cols; j++) {
        if (usedCols[j]) continue;
        usedCols[j] = true;
        go(i + 1, sum + w[i]![j]!);
        usedCols[j] = false;
      }
    };
    go(0, 0);
    return best;
  }

  test('matches exhaustive search on random small matrices (square, wide, tall)', () => {
    let seed = 12345;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rand() * 5);
      const cols = 1 + Math.floor(rand() * 5);
      const w = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rand() < 0.3 ? 0 : Math.floor(rand() * 10))));
      const a = maxWeightAssignment(w);
      assert.equal(a.length, rows);
      const cols2 = a.filter((j) => j >= 0);
      assert.equal(new Set(cols2).size, cols2.length, 'one-to-one');
      const total = a.reduce((s, j, i) => s + (j >= 0 ? w[i]![j]! : 0), 0);
      assert.equal(total, brute(w), JSON.stringify(w));
    }
  });

  test('degenerate shapes', () => {
    assert.deepEqual(maxWeightAssignment([]), []);
    assert.deepEqual(maxWeightAssignment([[], []]), [-1, -1]);
    assert.deepEqual(maxWeightAssignment([[0]]), [0]);
  });
});

describe('spkatt: gold and predicted token sets', () => {
  const sentences = [
    ['Der', 'Minister', 'sagte', ':', '„', 'Wir', 'schaffen', 'das', '.', '“'],
    ['Nach', 'Angaben', 'der', 'Polizei', 'wurden', 'drei', 'Menschen', 'verletzt', '.'],
    ['Die', 'Regierung', 'bestreitet', 'die', 'Vorwürfe', '.'],
    ['Nach', 'Aussagen', 'von', 'Anna', 'Berg', 'sei', 'die', 'Brücke', 'gesperrt', '.'],
    ['Der', 'Umweg', 'dauere', 'zehn', 'Minuten', ',', 'sagte', 'Anna', 'Berg', '.'],
  ];
  const det = detokenize(sentences);
  const table = tokenTable(sentences, det);
  const at = (s: string, from = 0): { start: number; end: number } => {
    const start = det.text.indexOf(s, from);
    assert.ok(start >= 0, `“${s}” in “${det.text}”`);
    return { start, end: start + s.length };
  };
  const claim = (kind: ClaimKind, content: string, source: string | null, cue: string | null): Claim => {
    const c = at(content);
    return {
      ...c,
      kind,
      content: c,
      source: source === null ? null : { ...at(source), entity: null },
      cue: cue === null ? null : at(cue),
      via: [],
      stance: 'assert',
      certainty: null,
      quantities: [],
      times: [],
      rule: 'test',
    };
  };
  const words = (tokens: number[]) => tokens.map((i) => table.words[i]).join(' ');

  test('gold references "s:t" become global token indices; nested flags are kept', () => {
    const g = goldAnnotations(
      [
        { Cue: ['0:2'], Source: ['0:0', '0:1'], Message: ['0:4', '0:5', '0:9'], Form: 'Direct' },
        { Cue: ['1:0'], Source: ['1:1', '1:2', '1:3'], Message: ['1:4', '1:5', '9:9'], Form: 'Indirect', IsNested: true },
      ],
      table,
    );
    assert.deepEqual(g[0], { form: 'Direct', isNested: false, message: [4, 5, 9], source: [0, 1], cue: [2] });
    assert.deepEqual(g[1]!.message, [14, 15]); // the reference outside the text is dropped
    assert.equal(g[1]!.isNested, true);
  });

  test('a direct quote takes in its quotation marks and the punctuation inside them', () => {
    const [p] = predictedAnnotations([claim('direct', 'Wir schaffen das', 'Der Minister', 'sagte')], table);
    assert.equal(p!.form, 'Direct');
    assert.equal(words(p!.message), '„ Wir schaffen das . “');
    assert.equal(words(p!.source), 'Der Minister');
    assert.equal(words(p!.cue), 'sagte');
  });

  test('"nach Angaben der X": the cue is the preposition, the source the phrase after it', () => {
    const [p] = predictedAnnotations([claim('indirect', 'wurden drei Menschen verletzt', 'der Polizei', 'Nach')], table);
    assert.equal(words(p!.cue), 'Nach');
    assert.equal(words(p!.source), 'Angaben der Polizei');
    assert.equal(words(p!.message), 'wurden drei Menschen verletzt');
    const [q] = predictedAnnotations([claim('indirect', 'wurden drei Menschen verletzt.', 'der Polizei', 'Nach Angaben')], table);
    assert.equal(words(q!.cue), 'Nach');
    assert.equal(words(q!.source), 'Angaben der Polizei');
    assert.equal(words(q!.message), 'wurden drei Menschen verletzt', 'an indirect message has no final full stop');
  });

  test('"nach Aussagen von X": the source is "Aussagen von X", with a cue and carried on without one', () => {
    const [p, q] = predictedAnnotations([claim('indirect', 'sei die Brücke gesperrt', 'Anna Berg', 'Nach Aussagen'), claim('indirect', 'Der Umweg dauere zehn Minuten', 'Anna Berg', null)], table);
    assert.equal(words(p!.cue), 'Nach');
    assert.equal(words(p!.source), 'Aussagen von Anna Berg');
    assert.equal(words(q!.source), 'Aussagen von Anna Berg');
    // Negative: a verb cue of its own, no report noun before the source: the source stays the name.
    const own = { ...claim('indirect', 'Der Umweg dauere zehn Minuten', null, 'sagte'), source: { ...at('Anna Berg', det.text.indexOf('sagte Anna')), entity: null } };
    const [r] = predictedAnnotations([own], table);
    assert.equal(words(r!.source), 'Anna Berg');
  });

  test('a cue-less indirect claim is IndirectFreeIndirect and takes in the full stop', () => {
    const [p] = predictedAnnotations([claim('indirect', 'wurden drei Menschen verletzt', null, null)], table);
    assert.equal(p!.form, 'IndirectFreeIndirect');
    assert.equal(words(p!.message), 'wurden drei Menschen verletzt .');
  });

  test('a hearsay hedge (no speaker) is FreeIndirect: no cue, the full stop taken in', () => {
    const [p] = predictedAnnotations([{ ...claim('unattributed', 'wurden drei Menschen verletzt', null, 'wurden'), rule: 'hearsay-hedge' }], table);
    assert.equal(p!.form, 'FreeIndirect');
    assert.deepEqual(p!.cue, []);
    assert.equal(words(p!.message), 'wurden drei Menschen verletzt .');
    // Negative: another unattributed claim keeps its cue and stays Indirect.
    const [q] = predictedAnnotations([claim('unattributed', 'wurden drei Menschen verletzt', null, 'Nach Angaben')], table);
    assert.equal(q!.form, 'Indirect');
    assert.equal(words(q!.cue), 'Nach');
  });

  test('reported speech covers its sentence, with no cue', () => {
    const [p] = predictedAnnotations([claim('reported', 'die Vorwürfe', 'Die Regierung', 'bestreitet')], table);
    assert.equal(p!.form, 'Reported');
    assert.equal(words(p!.message), 'Die Regierung bestreitet die Vorwürfe .');
    assert.deepEqual(p!.cue, []);
    assert.equal(words(p!.source), 'Die Regierung');
  });

  test('mapped predictions score perfectly against matching gold', () => {
    const claims = [
      claim('direct', 'Wir schaffen das', 'Der Minister', 'sagte'),
      claim('indirect', 'wurden drei Menschen verletzt', 'der Polizei', 'Nach'),
      claim('reported', 'die Vorwürfe', 'Die Regierung', 'bestreitet'),
    ];
    const g = goldAnnotations(
      [
        { Cue: ['0:2'], Source: ['0:0', '0:1'], Message: ['0:4', '0:5', '0:6', '0:7', '0:8', '0:9'], Form: 'Direct' },
        { Cue: ['1:0'], Source: ['1:1', '1:2', '1:3'], Message: ['1:4', '1:5', '1:6', '1:7'], Form: 'Indirect' },
        { Cue: [], Source: ['2:0', '2:1'], Message: ['2:0', '2:1', '2:2', '2:3', '2:4', '2:5'], Form: 'Reported' },
      ],
      table,
    );
    const s = scoreDocument(g, predictedAnnotations(claims, table));
    assert.equal(s.pairs.length, 3);
    for (const r of ['message', 'source', 'cue'] as const) assert.equal(s.counts[r].fp + s.counts[r].fn, 0, r);
  });
});
