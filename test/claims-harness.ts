/**
 * The harness of the attribution unit tests (claims-de.test.ts, claims-en.test.ts): a case is a text and all
 * the claims a careful reader sees in it, with kind, source, cue and content as exact text and, where it
 * matters, stance, certainty, source chain and the quantities and times inside the content. A case fails on a
 * missing claim, a wrong value, and an extra claim.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analysis/analyze.js';
import { toAnalysis, type AnalysisJSON, type ClaimJSON, type TextSpan } from '../src/analysis/format.js';
import { joined, validateAnalysis } from './helpers.js';

export interface Expected {
  kind: ClaimJSON['kind'];
  /** source.text, or null for an unattributed claim. */
  source: string | null;
  /** source.name: for a pronoun or an office, the named speaker it stands for. */
  name?: string;
  /** The cue; its parts joined by one space; null where there is none. */
  cue: string | null;
  /** The content; a list for a discontinuous content (its parts in order). */
  content: string | string[];
  stance?: ClaimJSON['stance'];
  certainty?: ClaimJSON['certainty'];
  via?: { text: string; relation: ClaimJSON['via'][number]['relation'] }[];
  /** Texts of the quantities and times the claim points at (default: checked only for consistency). */
  quantities?: string[];
  times?: string[];
}

export interface Case {
  text: string;
  /** All the claims in the text, in reading order. */
  claims: Expected[];
  /** What we output instead, while the extractor is wrong. */
  todo?: string;
}

function contentOf(s: TextSpan): string | string[] {
  return s.parts ? s.parts.map((p) => p.text) : s.text;
}

/** The claim as the expectation describes it, with only the fields the expectation names. */
function seen(a: AnalysisJSON, got: ClaimJSON, e: Expected): Record<string, unknown> {
  const out: Record<string, unknown> = {
    kind: got.kind,
    source: got.source?.text ?? null,
    cue: joined(got.cue),
    content: contentOf(got.content),
  };
  if (e.name !== undefined) out['name'] = got.source?.name;
  if (e.stance !== undefined) out['stance'] = got.stance;
  if (e.certainty !== undefined) out['certainty'] = got.certainty;
  if (e.via !== undefined) out['via'] = got.via.map((v) => ({ text: v.text, relation: v.relation }));
  if (e.quantities !== undefined) out['quantities'] = got.quantities.map((id) => a.quantities.find((q) => q.id === id)?.text);
  if (e.times !== undefined) out['times'] = got.times.map((id) => a.times.find((t) => t.id === id)?.text);
  return out;
}

function describeClaims(claims: ClaimJSON[]): string {
  return JSON.stringify(claims.map((x) => ({ kind: x.kind, source: x.source?.text ?? null, cue: joined(x.cue), content: contentOf(x.content) })));
}

/** A claim's quantities and times are exactly those whose spans lie inside a part of its content. */
function checkPointers(a: AnalysisJSON, got: ClaimJSON): void {
  const parts = got.content.parts ?? [got.content];
  const inside = (s: { start: number; end: number }) => parts.some((p) => p.start <= s.start && s.end <= p.end);
  const what = `“${got.content.text}”`;
  assert.deepEqual(got.quantities, a.quantities.filter(inside).map((q) => q.id), `quantities of ${what}`);
  assert.deepEqual(got.times, a.times.filter(inside).map((t) => t.id), `times of ${what}`);
}

function run(c: Case, lang: string): void {
  const doc = analyze({ text: c.text, lang });
  const a = toAnalysis(doc);
  const v = validateAnalysis(a);
  assert.ok(v.valid, v.message);
  for (const got of a.claims) checkPointers(a, got);
  const all = describeClaims(a.claims);
  for (const e of c.claims) {
    const want = JSON.stringify(e.content);
    // The claim with this content; else one that shares words with it, so the diff shows what went wrong.
    const first = typeof e.content === 'string' ? e.content : e.content[0]!;
    const got =
      a.claims.find((x) => JSON.stringify(contentOf(x.content)) === want) ??
      a.claims.find((x) => x.content.text.includes(first) || first.includes(x.content.text));
    assert.ok(got, `no claim with content ${want}; got ${all}`);
    const expected: Record<string, unknown> = { kind: e.kind, source: e.source, cue: e.cue, content: e.content };
    for (const k of ['name', 'stance', 'certainty', 'via', 'quantities', 'times'] as const) if (e[k] !== undefined) expected[k] = e[k];
    assert.deepEqual(seen(a, got, e), expected, `claim ${want}`);
  }
  assert.equal(a.claims.length, c.claims.length, `number of claims; got ${all}`);
}

/** One describe per rule family; each case lists all the claims of its text, no more, no fewer. */
export function family(lang: string, name: string, cases: Case[]): void {
  describe(name, () => {
    for (const c of cases) test(c.text, c.todo ? { todo: c.todo } : {}, () => run(c, lang));
  });
}

