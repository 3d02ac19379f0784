import { readFileSync } from 'node:fs';
import { analyze } from '../analysis/analyze.js';
import type { Document } from '../core/document.js';
import type { Span } from '../core/span.js';
import '../extract/types.js';

/** The hand-made gold annotation format `quellenlage.gold/1` (see ../shared/README.md). */
export interface GoldFile {
  format?: string;
  document: { lang?: string; published?: string; title?: string };
  quantities?: GoldQuantity[];
  not_quantities?: string[];
  optional_quantities?: string[];
  times?: { text: string; anchor?: string; value: string; match?: 'prefix' }[];
  claims?: GoldClaim[];
  optional_claims?: { id: string; content: string }[];
  entities?: { name: string; type: string | string[]; aliases: string[]; optional?: boolean }[];
}

export interface GoldEntitiesReport {
  gold: number;
  found: number;
  predicted: number;
  matchedPredicted: number;
  recall: number;
  precision: number;
  /** Occurrences of gold aliases in the text that are a mention of the right entity. */
  aliasMentions: { linked: number; total: number };
  missed: string[];
  spurious: string[];
  wrongType: string[];
}

interface GoldClaim {
  id: string;
  kind: string;
  accept_kind?: string[];
  /** Accepted names of the speaker; null in the list (or a null list) accepts "no named source". */
  source?: (string | null)[] | null;
  cue?: string;
  content: string;
  stance?: string;
  accept_stance?: string[];
  certainty?: string;
  via?: { text: string; relation: string }[];
}

export interface ClaimRoleScore {
  correct: number;
  total: number;
}

export interface GoldClaimsReport {
  gold: number;
  predicted: number;
  matched: number;
  /** Predictions that match an optional gold claim: neither right nor wrong. */
  optional: number;
  precision: number;
  recall: number;
  f1: number;
  source: ClaimRoleScore;
  kind: ClaimRoleScore;
  stance: ClaimRoleScore;
  certainty: ClaimRoleScore;
  via: ClaimRoleScore;
  items: GoldItemResult[];
  spurious: string[];
}

interface GoldQuantity {
  text: string;
  anchor?: string;
  value?: number | null;
  low?: number | null;
  high?: number | null;
  qualifier: string;
  unit?: string | null;
  group?: string;
}

export interface GoldItemResult {
  gold: string;
  found: string | null;
  correct: boolean;
  problems: string[];
}

export interface GoldReport {
  quantities: { items: GoldItemResult[]; found: number; correct: number; total: number; spurious: string[]; notQuantitiesHit: string[] };
  times: { items: GoldItemResult[]; found: number; correct: number; total: number };
  claims: GoldClaimsReport;
  entities: GoldEntitiesReport;
}

export function occurrences(text: string, s: string): Span[] {
  const out: Span[] = [];
  for (let i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length });
  return out;
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * The first item not yet used that covers at least half of one of the gold's occurrences (tried in text
 * order), marked as used; -1 if none.
 */
export function takeHalfOverlapping(items: readonly Span[], used: Set<number>, spans: readonly Span[]): number {
  for (const sp of spans) {
    const i = items.findIndex((x, k) => !used.has(k) && overlap(x, sp) * 2 >= sp.end - sp.start);
    if (i >= 0) {
      used.add(i);
      return i;
    }
  }
  return -1;
}

/**
 * Compares our analysis of a text with its gold annotation. A gold item is found when one of ours
 * overlaps its span by at least half of the gold span; it is correct when every field the gold gives
 * (qualifier, value, low, high, unit; for times the value, or its prefix where the gold says so) matches.
 */
export function evalGold(goldPath: string, textPath: string): GoldReport {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  const text = readFileSync(textPath, 'utf8');
  const doc: Document = analyze({ text, lang: gold.document.lang ?? 'auto', published: gold.document.published ?? null, title: gold.document.title ?? null });
  const t = doc.text;

  const qs = doc.get('quantities').items;
  const usedQ = new Set<number>();
  const qItems: GoldItemResult[] = [];
  for (const g of gold.quantities ?? []) {
    const best = takeHalfOverlapping(qs, usedQ, occurrences(t, g.text));
    if (best < 0) {
      qItems.push({ gold: g.text, found: null, correct: false, problems: ['not found'] });
      continue;
    }
    const q = qs[best]!;
    const problems: string[] = [];
    if (q.qualifier !== g.qualifier) problems.push(`qualifier ${q.qualifier} ≠ ${g.qualifier}`);
    for (const f of ['value', 'low', 'high'] as const) {
      if (g[f] !== undefined && g[f] !== q[f]) problems.push(`${f} ${q[f]} ≠ ${g[f]}`);
    }
    if (g.unit !== undefined && g.unit !== q.unit) problems.push(`unit ${q.unit} ≠ ${g.unit}`);
    qItems.push({ gold: g.text, found: doc.slice(q), correct: problems.length === 0, problems });
  }
  const optional = (gold.optional_quantities ?? []).flatMap((s) => occurrences(t, s));
  const spurious = qs
    .filter((q, i) => !usedQ.has(i) && !optional.some((o) => overlap(q, o) > 0))
    .map((q) => doc.slice(q));
  const notQuantitiesHit = (gold.not_quantities ?? []).filter((s) => occurrences(t, s).some((sp) => qs.some((q) => overlap(q, sp) > 0)));

  const times = doc.has('times') ? doc.get('times').items : [];
  const usedT = new Set<number>();
  const tItems: GoldItemResult[] = [];
  for (const g of gold.times ?? []) {
    const best = takeHalfOverlapping(times, usedT, occurrences(t, g.anchor ?? g.text));
    if (best < 0) {
      tItems.push({ gold: g.text, found: null, correct: false, problems: ['not found'] });
      continue;
    }
    const x = times[best]!;
    const ok = g.match === 'prefix' ? (x.value ?? '').startsWith(g.value) : x.value === g.value;
    tItems.push({ gold: g.text, found: doc.slice(x), correct: ok, problems: ok ? [] : [`value ${x.value} ≠ ${g.value}${g.match === 'prefix' ? ' (prefix)' : ''}`] });
  }

  const count = (items: GoldItemResult[]) => ({
    items,
    found: items.filter((i) => i.found !== null).length,
    correct: items.filter((i) => i.correct).length,
    total: items.length,
  });
  return {
    quantities: { ...count(qItems), spurious, notQuantitiesHit },
    times: count(tItems),
    claims: evalClaims(doc, gold),
    entities: evalEntities(doc, gold),
  };
}

/**
 * Entities: a gold entity is found when one predicted entity has a mention equal to one of its aliases; a
 * predicted entity is right when it matches some gold entity (optional ones included). Alias occurrences
 * check the linking: every place a gold alias stands in the text should be a mention of that entity
 * ("Kremlherrscher" a mention of Putin).
 */
function evalEntities(doc: Document, gold: GoldFile): GoldEntitiesReport {
  const t = doc.text;
  const ours = doc.has('entities') ? doc.get('entities').items : [];
  const golds = gold.entities ?? [];
  const textsOf = (e: (typeof ours)[number]) => new Set(e.mentions.map((m) => t.slice(m.start, m.end)));
  const matchOf = (g: (typeof golds)[number]) => ours.findIndex((e) => {
    const texts = textsOf(e);
    return g.aliases.some((a) => texts.has(a));
  });
  const matchedPred = new Set<number>();
  const missed: string[] = [];
  const wrongType: string[] = [];
  let found = 0;
  let required = 0;
  let linked = 0;
  let total = 0;
  for (const g of golds) {
    const i = matchOf(g);
    if (i >= 0) {
      matchedPred.add(i);
      const types = Array.isArray(g.type) ? g.type : [g.type];
      if (!types.includes(ours[i]!.type)) wrongType.push(`${g.name}: ${ours[i]!.type}`);
    }
    if (g.optional) continue;
    required++;
    if (i >= 0) found++;
    else missed.push(g.name);
    for (const a of new Set(g.aliases)) {
      for (const sp of occurrences(t, a)) {
        // Only whole words: "Kim" inside "Kims" or "Kimberley" is not an occurrence of "Kim".
        if (/[\p{L}\p{N}]/u.test(t[sp.end] ?? '') || /[\p{L}\p{N}]/u.test(t[sp.start - 1] ?? '')) continue;
        total++;
        if (i >= 0 && ours[i]!.mentions.some((m) => m.start <= sp.start && sp.end <= m.end)) linked++;
      }
    }
  }
  const spurious = ours.filter((_, i) => !matchedPred.has(i)).map((e) => `${e.name} (${e.type})`);
  return {
    gold: required,
    found,
    predicted: ours.length,
    matchedPredicted: matchedPred.size,
    recall: required === 0 ? 0 : found / required,
    precision: ours.length === 0 ? 0 : matchedPred.size / ours.length,
    aliasMentions: { linked, total },
    missed,
    spurious,
    wrongType,
  };
}

function partsOf(s: { start: number; end: number; parts?: Span[] }): Span[] {
  return s.parts && s.parts.length > 0 ? s.parts : [s];
}

/**
 * Claims: a prediction matches a gold claim when its content (all its parts) covers at least half of the gold
 * content; pairs are taken greedily by overlap, one to one. The speaker is right when our source text — or the
 * named speaker a pronoun or office stands for — is or contains one of the gold's accepted names (null: no
 * named source accepted).
 */
function evalClaims(doc: Document, gold: GoldFile): GoldClaimsReport {
  const t = doc.text;
  const ours = doc.has('claims') ? doc.get('claims').items : [];
  const golds = gold.claims ?? [];
  const goldSpans = golds.map((g) => occurrences(t, g.content)[0] ?? { start: -1, end: -1 });
  const cover = (c: (typeof ours)[number], sp: Span) => partsOf(c.content).reduce((n, p) => n + overlap(p, sp), 0);
  const pairs: { g: number; o: number; ov: number }[] = [];
  golds.forEach((_, gi) => {
    const sp = goldSpans[gi]!;
    if (sp.start < 0) return;
    ours.forEach((c, oi) => {
      const ov = cover(c, sp);
      if (ov * 2 >= sp.end - sp.start) pairs.push({ g: gi, o: oi, ov });
    });
  });
  pairs.sort((a, b) => b.ov - a.ov);
  const gUsed = new Map<number, number>();
  const oUsed = new Set<number>();
  for (const p of pairs) {
    if (gUsed.has(p.g) || oUsed.has(p.o)) continue;
    gUsed.set(p.g, p.o);
    oUsed.add(p.o);
  }
  const optionalSpans = (gold.optional_claims ?? []).flatMap((o) => occurrences(t, o.content));
  let optional = 0;
  const spurious: string[] = [];
  ours.forEach((c, oi) => {
    if (oUsed.has(oi)) return;
    if (optionalSpans.some((sp) => cover(c, sp) * 2 >= sp.end - sp.start || partsOf(c.content).some((p) => overlap(p, sp) * 2 >= p.end - p.start))) optional++;
    else spurious.push(doc.slice(c.content));
  });
  const role = (): ClaimRoleScore => ({ correct: 0, total: 0 });
  const source = role();
  const kind = role();
  const stance = role();
  const certainty = role();
  const via = role();
  const items: GoldItemResult[] = golds.map((g, gi) => {
    via.total += (g.via ?? []).length;
    const oi = gUsed.get(gi);
    if (oi === undefined) return { gold: `${g.id} ${g.content}`, found: null, correct: false, problems: ['not found'] };
    const c = ours[oi]!;
    const problems: string[] = [];
    const src = c.source as (Span & { name?: string }) | null;
    const names = [src ? doc.slice(src) : null, src?.name ?? null].filter((x): x is string => x !== null);
    const accepted = g.source ?? [null];
    const sourceOk = src === null ? accepted.includes(null) : accepted.some((a) => a !== null && names.some((n) => n === a || n.includes(a)));
    source.total++;
    if (sourceOk) source.correct++;
    else problems.push(`source ${names.join(' → ') || 'none'} ∉ [${accepted.map((a) => a ?? 'none').join(', ')}]`);
    kind.total++;
    if (c.kind === g.kind || (g.accept_kind ?? []).includes(c.kind)) kind.correct++;
    else problems.push(`kind ${c.kind} ≠ ${g.kind}`);
    if (g.stance !== undefined || g.accept_stance !== undefined) {
      stance.total++;
      if (c.stance === g.stance || (g.accept_stance ?? []).includes(c.stance)) stance.correct++;
      else problems.push(`stance ${c.stance} ≠ ${g.stance ?? g.accept_stance!.join('/')}`);
    }
    if (g.certainty !== undefined) {
      certainty.total++;
      if (c.certainty === g.certainty) certainty.correct++;
      else problems.push(`certainty ${c.certainty} ≠ ${g.certainty}`);
    }
    for (const v of g.via ?? []) {
      const ok = c.via.some((x) => x.relation === v.relation && (doc.slice(x).includes(v.text) || v.text.includes(doc.slice(x))));
      if (ok) via.correct++;
      else problems.push(`via ${v.relation} “${v.text}” missing`);
    }
    return { gold: `${g.id} ${g.content}`, found: doc.slice(c.content), correct: problems.length === 0, problems };
  });
  const matched = gUsed.size;
  const predicted = ours.length - optional;
  const precision = predicted === 0 ? 0 : matched / predicted;
  const recall = golds.length === 0 ? 0 : matched / golds.length;
  return {
    gold: golds.length,
    predicted: ours.length,
    matched,
    optional,
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    source,
    kind,
    stance,
    certainty,
    via,
    items,
    spurious,
  };
}
