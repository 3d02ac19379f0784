import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { eventOf, generateDocs, loadExamples } from '../../bench/corpus-gen.js';
import { EVENT_KINDS } from '../../bench/corpus-templates.js';

describe('bench/corpus-gen: several events from templates', () => {
  const EVENTS = 2 * EVENT_KINDS.length;
  const docs = [...generateDocs(6 * EVENTS, { stories: EVENTS, seed: 7 })];

  test('the same seed gives the same corpus, another seed another one', () => {
    assert.deepEqual([...generateDocs(6 * EVENTS, { stories: EVENTS, seed: 7 })], docs);
    assert.notDeepEqual([...generateDocs(6 * EVENTS, { stories: EVENTS, seed: 8 })].map((d) => d.text), docs.map((d) => d.text));
  });

  test('every template slot is filled and every text is distinct', () => {
    const leftovers = docs.filter((d) => /\$[A-Z]|[[\]{}]/.test(d.text)).map((d) => d.text.split('\n', 1)[0]);
    assert.deepEqual(leftovers, []);
    assert.equal(new Set(docs.map((d) => d.text)).size, docs.length);
  });

  test("an event's town is named by its own reports only, two events of one kind included", () => {
    // The lede names the town first in both languages' titles; take it from the event's first report.
    const townOf = new Map<number, Set<string>>();
    docs.forEach((d, i) => {
      const words = new Set(d.text.match(/\p{Lu}\p{Ll}+/gu) ?? []);
      const e = eventOf(i + 1, EVENTS);
      townOf.set(e, townOf.has(e) ? new Set([...townOf.get(e)!].filter((w) => words.has(w))) : words);
    });
    // Words every report of an event shares, minus those another event shares too, leave each event its own names.
    for (const [e, words] of townOf) {
      const own = [...words].filter((w) => ![...townOf].some(([o, ws]) => o !== e && ws.has(w)));
      assert.ok(own.length > 0, `event ${e} has no name of its own among ${[...words].join(', ')}`);
    }
    assert.equal(townOf.size, EVENTS);
  });

  test('negative: one event (the default) is the example articles with figures varied, not the templates', () => {
    const titles = new Set(loadExamples().map((x) => x.title.replace(/\d[\d.,]*/g, '#')));
    const one = [...generateDocs(20)];
    assert.equal(one.filter((d) => titles.has(d.title.replace(/\d[\d.,]*/g, '#'))).length, one.length);
    assert.equal(eventOf(5, 1), 0);
  });
});
