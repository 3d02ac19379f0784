/**
 * From one analysis to the ledger's records: each quantity that counts a thing becomes an estimate with
 * the features that decide its topic — the counted thing's class (people, munition, money …), the predicate
 * family (deploy, evacuate, killed …) and the countries that define it (origin → destination) — and each
 * denial becomes a record pointing at the topic of its document it most likely denies.
 *
 * Everything here looks at one document; src/ledger/topics.ts lines documents up.
 */
import type { AnalysisJSON, ClaimJSON, QuantityJSON, TextSpan } from '../analysis/format.js';
import { codePointMapper, codePointSlicer, type CodePointSlicer } from '../analysis/codepoints.js';
import { Layer } from '../core/layer.js';
import { insideAny, itemsInside, SortedSizes } from './indexes.js';
import { demonymAt } from '../lang/demonyms.js';
import { countryKeys, keyOf } from '../extract/entity-lexicon.js';
import { sourceOf, type SourceRef } from './source-name.js';
import { ledgerLexicon, triggerAt, type LedgerLexicon, type Trigger } from './lexicon.js';

export type { SourceRef };

export interface EstimateRecord {
  quantity: string;
  claim: string | null;
  span: { start: number; end: number; text: string };
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: QuantityJSON['qualifier'];
  unit: string | null;
  unitLemma: string | null;
  /** What is counted, language-neutral: "person", "munition", "money:EUR", or "thing:<lemma key>". */
  class: string;
  /** What happens to it, language-neutral ("deploy", "evacuate"), or null when the text does not say. */
  family: string | null;
  /** Country keys: whose things (origin) and where they go or are (destination). */
  origin: string | null;
  destination: string | null;
  /** Display names of the origin and destination keys as this document writes them. */
  names: Record<string, string>;
  source: SourceRef | null;
  via: string[];
  stance: ClaimJSON['stance'];
  /** The topic key within this document: class|family|origin after filling gaps from the document. */
  topicKey: string;
}

export interface DenialRecord {
  claim: string;
  source: SourceRef | null;
  content: string;
  /** The topic key (of this document's estimates) the denial most likely concerns; null if the document has none. */
  topicKey: string | null;
}

export interface LedgerRecords {
  estimates: EstimateRecord[];
  denials: DenialRecord[];
}

interface Word {
  /** Lower case. */
  w: string;
  /** Code-point offsets. */
  start: number;
  end: number;
  /** UTF-16 offset of the start, for looking at the punctuation between words. */
  u16: number;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu;
const CLAUSE_BREAK = /[,;:–—()]|\s-\s/;
/** Words before a country that make it a destination, an origin, or neither (an opponent). */
const DESTINATION = new Set(['nach', 'in', 'im', 'ins', 'into', 'to', 'an']);
const ORIGIN = new Set(['aus', 'von', 'vom', 'from']);
const OPPONENT = new Set(['gegen', 'against', 'über', 'on']);
/** Articles skipped between a preposition and its country ("in einer russischen Brigade"), per language. */
const ARTICLES: Record<string, Set<string>> = {
  de: new Set(['der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einer', 'einem', 'einen']),
  en: new Set(['the', 'a', 'an']),
};
/** A predicate this close (in words) to a bare figure is its own, not the one of the figure it continues. */
const ADJACENT = 2;
/** How far a predicate inside a figure with a known class counts: behind any predicate of its window. */
const INSIDE = 1000;
/** Units written as an ISO currency code by the quantity extractor. */
const CURRENCY = /^[A-Z]{3}$/;

function words(text: string): Word[] {
  const cp = codePointMapper(text);
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const u = m.index!;
    out.push({ w: m[0].toLowerCase(), start: cp(u), end: cp(u + m[0].length), u16: u });
  }
  return out;
}

/** How far (in words) from a figure its window is searched for predicates and countries: a sentence without end
 * (a text with no punctuation) would otherwise make the step quadratic. Longer than any ordinary sentence. */
const REACH = 150;

interface CountryHit {
  key: string;
  name: string;
  /** Word index. */
  at: number;
  role: 'unit' | 'origin' | 'destination' | 'other' | 'opponent';
}

/** The records of one analysed document. Documents in a language without ledger data give none. */
export function ledgerRecords(a: AnalysisJSON): LedgerRecords {
  const lex = ledgerLexicon(a.document.lang);
  if (!lex) return { estimates: [], denials: [] };
  const text = a.document.text;
  const ws = words(text);
  const wordLayer = new Layer(ws);
  /** Index of the first word ending after code point `cp` (the word at `cp`, or the next one). */
  const firstAt = (cp: number) => wordLayer.firstEndingAfter(cp);
  const sentences = new Layer(a.sentences);
  const countries = countryKeys();
  const claimOf = new Map<string, ClaimJSON>();
  for (const c of a.claims) for (const q of c.quantities) if (!claimOf.has(q)) claimOf.set(q, c);
  // Mentions of countries, by the word they start at.
  const countryAt = new Map<number, { key: string; name: string; words: number }>();
  for (const e of a.entities) {
    if (e.type !== 'LOC' || !countries.has(e.key)) continue;
    for (const m of e.mentions) {
      const i = firstAt(m.start);
      // The words up to the one holding the mention's last character: at least one, also when the mention ends
      // inside a word ("Ukraine" in "Ukraine-Region"), where counting to the first word after it gave 0 and the
      // scan below stepped back onto the same word for ever.
      if (i < ws.length && ws[i]!.start === m.start && m.end > m.start) countryAt.set(i, { key: e.key, name: e.name, words: Math.max(1, firstAt(m.end - 1) - i + 1) });
    }
  }
  const nameOfKey = new Map(a.entities.map((e) => [e.key, e.name]));
  const sentenceIndex = (start: number) => Math.min(sentences.firstEndingAfter(start), a.sentences.length - 1);
  const chars = codePointSlicer(text);
  const sentenceOf = (start: number) => a.sentences[sentenceIndex(start)] ?? { start: 0, end: chars.length };

  const lower = ws.map((x) => x.w);
  const articles = ARTICLES[a.document.lang] ?? new Set<string>();
  /** How far apart two words are beyond their distance: 3 for a clause break, 1 for a coordinator between them. */
  const between = (from: number, to: number) => {
    if (CLAUSE_BREAK.test(text.slice(ws[from]!.u16, ws[to]!.u16))) return 3;
    for (let k = from + 1; k < to; k++) if (lex.coordinators.has(lower[k]!)) return 1;
    return 0;
  };

  /** The trigger nearest to words q0..q1 among w0..w1 that may apply to a thing of class `cls` (null: any). */
  const nearestTrigger = (w0: number, w1: number, q0: number, q1: number, cls: string | null = null): (Trigger & { dist: number }) | null => {
    let best: (Trigger & { dist: number }) | null = null;
    let bestDist = Infinity;
    for (let i = w0; i < w1; i++) {
      const t = triggerAt(lex, lower, i);
      if (!t || (t.only !== null && !appliesTo(t.only, cls))) continue;
      // A predicate word inside a figure with a known class ("450 trains", "train drivers") is the counted noun,
      // not what happens to it: it decides only when nothing outside the figure does ("bis zu 6000 Evakuierten").
      const dist = i < q0 ? q0 - i + between(i, q0) : i > q1 ? i - q1 + between(q1, i) : cls !== null ? INSIDE : 0;
      if (dist < bestDist) {
        bestDist = dist;
        best = { ...t, dist };
      }
    }
    return best;
  };

  // Countries in who-says phrases ("nach südkoreanischen Geheimdienstschätzungen") name speakers, not what is counted.
  const speakerSpans: TextSpan[] = a.claims.flatMap((c) => [...(c.source ? [c.source] : []), ...c.via]);
  const inSpeakerSpan = insideAny(speakerSpans);
  const records: EstimateRecord[] = [];
  /** Bare figures nothing near them explains; they may still continue the document's main topic. */
  const pending: EstimateRecord[] = [];
  for (const q of a.quantities) {
    const claim = claimOf.get(q.id) ?? null;
    const window = claim ? claim.content : sentenceOf(q.start);
    const q0 = firstAt(q.start);
    const q1 = Math.max(q0, firstAt(q.end) - 1);
    const w0 = Math.max(firstAt(window.start), q0 - REACH);
    const w1 = Math.min(firstAt(window.end), q1 + 1 + REACH);

    // What is counted.
    let cls: string | null = null;
    const lemma = q.unitLemma;
    if (lemma && CURRENCY.test(lemma)) cls = `money:${lemma}`;
    else if (lemma && demonymAt(a.document.lang, lemma.toLowerCase().split(' '), 0)?.noun) cls = 'person';
    else if (lemma && !isTrigger(lex, lemma)) cls = lex.classOf(lemma) ?? `thing:${keyOf(lemma)}`;
    if (cls === 'skip' || q.duration !== undefined) continue; // durations ("3h", "all day") count no thing
    if (cls === 'none') cls = null; // an adverb taken for the counted thing ("dozens still missing")
    // Ages, rates and shares are no head counts ("aged 71", "10,000.5 litres per hour", "well under half").
    if (notACount(lex, chars, q, cls)) continue;
    // A bare figure before an attributive predicate and a noun counts that noun, which is no known class
    // ("the three affected municipalities"), not the people the predicate would imply.
    if (cls === null && q1 + 2 < ws.length && triggerAt(lex, lower, q1 + 1) && !triggerAt(lex, lower, q1 + 2) && nounLike(a.document.lang, ws[q1 + 2]!, text)
      && between(q1, q1 + 2) === 0) continue;

    // What happens: the nearest trigger in the window (a clause break counts as three words, a coordinator as
    // one); else in the rest of the sentence ("Wie viele Menschen an Bord waren, ist unklar: Die Reederei
    // nennt 240 Passagiere").
    const sentence = sentenceOf(q.start);
    const trigger =
      nearestTrigger(w0, w1, q0, q1, cls) ??
      (claim ? nearestTrigger(Math.max(firstAt(sentence.start), q0 - REACH), Math.min(firstAt(sentence.end), q1 + 1 + REACH), q0, q1, cls) : null);
    const implied = trigger?.impliedClass ?? null;
    // A sum of money whose own words name no purpose continues the sum of the same currency just before it, in
    // its sentence or the one before ("Das Landratsamt schätzt den Gesamtschaden auf 48 Mio. Euro. Vergangene
    // Woche hatte die Behörde noch 2,3 Millionen Euro genannt"), whatever its size: it joins that sum's topic
    // (damage), not the document's money topic closest in size (aid).
    const family = trigger?.family ?? (cls?.startsWith('money:') ? continuedPurpose(records, cls, sentenceIndex(q.start), (r) => sentenceIndex(r.span.start)) : null);


    // Which countries: inside the figure ("3000 Nordkoreaner"), after aus/from, after nach/in, or elsewhere.
    const hits: CountryHit[] = [];
    for (let i = w0; i < w1; i++) {
      const known = countryAt.get(i);
      const dem = known ? null : demonymAt(a.document.lang, lower, i);
      const key = known?.key ?? dem?.key;
      if (!key) continue;
      const span = { start: ws[i]!.start, end: ws[i + (known?.words ?? dem!.words) - 1]!.end };
      if (inSpeakerSpan(span)) continue;
      let p = i - 1;
      if (p >= w0 && articles.has(lower[p]!)) p--;
      const prev = p >= w0 ? lower[p]! : '';
      const role: CountryHit['role'] =
        span.start >= q.start && span.end <= q.end + 1 ? 'unit'
        : i === q1 + 1 && dem?.noun ? 'unit'
        : ORIGIN.has(prev) ? 'origin'
        : DESTINATION.has(prev) ? 'destination'
        : OPPONENT.has(prev) ? 'opponent'
        : 'other';
      hits.push({ key, name: known?.name ?? nameOfKey.get(key) ?? key, at: i, role });
      i += Math.max(1, known?.words ?? dem!.words) - 1;
    }
    const nearest = (role: CountryHit['role']) =>
      hits.filter((h) => h.role === role).sort((x, y) => Math.abs(x.at - q0) - Math.abs(y.at - q0))[0] ?? null;
    const dest = nearest('destination');
    const origin = [nearest('unit'), nearest('origin'), nearest('other')].find((h) => h && h.key !== dest?.key) ?? null;

    const names: Record<string, string> = {};
    for (const h of [origin, dest]) if (h) names[h.key] = h.name;
    const rec: EstimateRecord = {
      quantity: q.id,
      claim: claim?.id ?? null,
      span: { start: q.start, end: q.end, text: q.text },
      value: q.value,
      low: q.low,
      high: q.high,
      qualifier: q.qualifier,
      unit: cls ? q.unit : null,
      unitLemma: cls ? q.unitLemma : null,
      class: cls ?? '',
      family,
      origin: origin?.key ?? null,
      destination: dest?.key ?? null,
      names,
      source: claim ? sourceOf(claim, a) : null,
      via: claim ? claim.via.map((v) => v.text) : [],
      stance: claim?.stance ?? 'assert',
      topicKey: '',
    };
    if (cls) records.push(rec);
    else {
      // A bare figure: it counts what the figure before it in the sentence counts ("die nächsten hundert"),
      // or what its predicate implies ("mehr als 4.000 wurden evakuiert").
      const here = sentenceIndex(q.start);
      const prev = records.at(-1);
      const before = here > 0 ? a.sentences[here - 1]! : null;
      const b1 = before ? firstAt(before.end) : 0;
      const earlier = before && b1 > 0 ? nearestTrigger(Math.max(firstAt(before.start), b1 - REACH), b1, b1 - 1, b1 - 1) : null;
      if (prev && sentenceIndex(prev.span.start) === here && magnitudeClose(prev, rec)) {
        // It counts the same thing as the figure it continues ("wenn hundert Leute draufgehen, schicken sie die
        // nächsten hundert"), with its own predicate only when that stands right beside it ("12 Menschen getötet
        // und 40 verletzt").
        rec.class = prev.class;
        rec.origin = prev.origin;
        rec.destination = prev.destination;
        rec.names = prev.names;
        if (!trigger || trigger.dist > ADJACENT) rec.family = prev.family;
      } else if (implied) {
        rec.class = implied;
      } else if (earlier?.impliedClass) {
        // "Wie viele Menschen ihre Häuser verlassen mussten, ist offen. Das Landratsamt nennt rund 4.200 …"
        rec.class = earlier.impliedClass;
        rec.family ??= earlier.family;
      } else {
        pending.push(rec);
        continue;
      }
      records.push(rec);
    }
  }
  fillFromDocument(records);
  const topics = topicsOf(records);
  for (const rec of pending) {
    const main = mainTopicFor(topics, rec);
    if (!main) continue;
    Object.assign(rec, { class: main.class, family: main.family, origin: main.origin, topicKey: main.topicKey });
    records.push(rec);
    const t = topics.get(rec.topicKey)!;
    t.n++;
    t.sizes.add(sizeOf(rec));
  }
  records.sort((x, y) => x.span.start - y.span.start);
  return { estimates: records, denials: denialsOf(a, records, lex) };
}

/** Whether a trigger kept to `only` these classes applies to a figure of class `cls` ("money:" is every currency). */
function appliesTo(only: readonly string[], cls: string | null): boolean {
  return cls !== null && only.some((o) => (o.endsWith(':') ? cls.startsWith(o) : o === cls));
}

/**
 * The predicate of the last figure of class `cls` with one, in sentence `here` or the one before (null when
 * there is none): what a sum of money without its own purpose word continues.
 */
function continuedPurpose(records: readonly EstimateRecord[], cls: string, here: number, sentenceOfRecord: (r: EstimateRecord) => number): string | null {
  for (let i = records.length - 1; i >= 0; i--) {
    const r = records[i]!;
    if (sentenceOfRecord(r) < here - 1) break;
    if (r.class === cls && r.family !== null) return r.family;
  }
  return null;
}

/**
 * The document's largest topic whose figures are of the bare figure's size: "Die Zahl von „mehr als 4.000“
 * gelte weiterhin" in an article about evacuees counts evacuees.
 */
function mainTopicFor(topics: ReadonlyMap<string, Topic>, bare: EstimateRecord): EstimateRecord | null {
  // The closest in size wins (4.000 goes with 4.200 evacuees, not with 5.000 euros of aid); then the larger topic.
  let best: { topic: Topic; ratio: number } | null = null;
  for (const topic of topics.values()) {
    const ratio = topic.sizes.nearestRatio(sizeOf(bare));
    if (ratio > 20) continue;
    if (!best || ratio < best.ratio || (ratio === best.ratio && topic.n > best.topic.n)) best = { topic, ratio };
  }
  return best?.topic.first ?? null;
}

/** A topic of one document: its first record, how many it has, and their sizes (for mainTopicFor). */
interface Topic {
  first: EstimateRecord;
  n: number;
  sizes: SortedSizes;
}

function topicsOf(records: readonly EstimateRecord[]): Map<string, Topic> {
  const lists = new Map<string, EstimateRecord[]>();
  for (const r of records) {
    const list = lists.get(r.topicKey);
    if (list) list.push(r);
    else lists.set(r.topicKey, [r]);
  }
  return new Map([...lists].map(([k, list]) => [k, { first: list[0]!, n: list.length, sizes: new SortedSizes(list.map(sizeOf)) }]));
}

/** Whether a figure is an age, a rate or a share rather than a count of things. */
/** Slices of a text by code-point offsets (what the analysis JSON uses). */
function notACount(lex: LedgerLexicon, chars: CodePointSlicer, q: QuantityJSON, cls: string | null): boolean {
  const after = chars.slice(q.end, q.end + 24).toLowerCase();
  const before = chars.slice(Math.max(0, q.start - 24), q.start).toLowerCase().trimEnd();
  const LETTER = /\p{L}/u;
  for (const p of lex.notCount.after) {
    const t = p.startsWith('-') ? after : after.trimStart();
    if (t.startsWith(p) && (p.startsWith('-') || p.endsWith('jährig') || !LETTER.test(t.charAt(p.length)))) return true;
  }
  for (const p of lex.notCount.before) {
    if (before.endsWith(p) && !LETTER.test(before.charAt(before.length - p.length - 1))) return true;
  }
  // A share of a whole ("under half", "0.3") counts no people.
  const size = q.value ?? q.high ?? q.low;
  return (cls === null || cls === 'person') && q.unit === null && size !== null && (size < 1 || !Number.isInteger(size));
}

/** A word that names a thing: capitalised in German, not a function word in English. */
function nounLike(lang: string, w: Word, text: string): boolean {
  if (lang === 'de') return /^\p{Lu}/u.test(text.slice(w.u16, w.u16 + 1));
  return w.w.length > 3 && /s$/.test(w.w);
}

function isTrigger(lex: LedgerLexicon, lemma: string): boolean {
  const ws = lemma.toLowerCase().split(' ');
  return triggerAt(lex, ws, 0) !== null && lex.classOf(lemma) === null;
}

/** Whether two figures are of a size that one can continue the other (within a factor of 20). */
function magnitudeClose(a: EstimateRecord, b: EstimateRecord): boolean {
  return sizeRatio(a, b) <= 20;
}

const sizeOf = (r: EstimateRecord) => r.value ?? r.low ?? r.high;

/** How many times larger the larger of two figures is (Infinity when one has no size). */
function sizeRatio(a: EstimateRecord, b: EstimateRecord): number {
  const x = sizeOf(a);
  const y = sizeOf(b);
  if (x === null || y === null || x <= 0 || y <= 0) return Infinity;
  return Math.max(x, y) / Math.min(x, y);
}



const groupKey = (r: { class: string; family: string | null; origin: string | null }) =>
  `${r.class}|${r.family ?? '-'}|${r.origin ?? '-'}`;

/**
 * Fills what a figure's own sentence leaves open from the rest of its document: a figure with no predicate
 * joins the document's largest group of the same class with figures of its size; one with no country takes the country of the
 * largest group with the same class and predicate. An article is about one thing far more often than not.
 */
function fillFromDocument(records: EstimateRecord[]): void {
  const count = new Map<string, number>();
  for (const r of records) if (r.family) count.set(groupKey(r), (count.get(groupKey(r)) ?? 0) + 1);
  // The counted groups by class (in the order first seen, as ties go to the first), and the sizes of the records
  // under each key as the loop below changes them.
  const byClass = new Map<string, { key: string; n: number; f: string; o: string }[]>();
  for (const [key, n] of count) {
    const [c, f, o] = key.split('|') as [string, string, string];
    const list = byClass.get(c) ?? [];
    list.push({ key, n, f, o });
    byClass.set(c, list);
  }
  const sizeLists = new Map<string, (number | null)[]>();
  for (const r of records) {
    const k = groupKey(r);
    const list = sizeLists.get(k);
    if (list) list.push(sizeOf(r));
    else sizeLists.set(k, [sizeOf(r)]);
  }
  const sizes = new Map([...sizeLists].map(([k, list]) => [k, new SortedSizes(list)]));
  const largest = (cls: string, family: string | null, like?: EstimateRecord) => {
    let best: { key: string; n: number; f: string; o: string } | null = null;
    for (const g of byClass.get(cls) ?? []) {
      if (family !== null && (g.f !== family || g.o === '-')) continue;
      if (like && !((sizes.get(g.key)?.nearestRatio(sizeOf(like)) ?? Infinity) <= 20)) continue;
      if (!best || g.n > best.n) best = g;
    }
    return best ? [cls, best.f, best.o] : null;
  };
  for (const r of records) {
    const before = groupKey(r);
    if (!r.family) {
      const g = largest(r.class, null, r);
      if (g) {
        r.family = g[1]!;
        if (g[2] !== '-') r.origin ??= g[2]!;
      }
    } else if (!r.origin) {
      const g = largest(r.class, r.family);
      if (g) r.origin = g[2]!;
    }
    r.topicKey = groupKey(r);
    if (r.topicKey !== before) {
      sizes.get(before)?.remove(sizeOf(r));
      const to = sizes.get(r.topicKey);
      if (to) to.add(sizeOf(r));
      else sizes.set(r.topicKey, new SortedSizes([sizeOf(r)]));
    }
  }
}

/**
 * Denials point at the topic of their document they share most with: countries, counted things or
 * predicates named in the denied content count twice, the denier's own country once; ties go to the larger
 * topic. A denial that shares nothing with any topic (the operator denies a late warning) is about something
 * else and points nowhere.
 */
function denialsOf(a: AnalysisJSON, estimates: readonly EstimateRecord[], lex: LedgerLexicon): DenialRecord[] {
  // Each topic of the document: its size and the countries that define it, gathered once.
  const topics = new Map<string, { size: number; countries: Set<string> }>();
  for (const e of estimates) {
    const t = topics.get(e.topicKey) ?? { size: 0, countries: new Set<string>() };
    t.size++;
    for (const k of [e.origin, e.destination]) if (k !== null) t.countries.add(k);
    topics.set(e.topicKey, t);
  }
  const out: DenialRecord[] = [];
  const mentionsIn = itemsInside(a.entities.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, key: e.key }))));
  for (const c of a.claims) {
    if (c.stance !== 'deny') continue;
    const source = sourceOf(c, a);
    const content = c.content.text.toLowerCase().match(WORD) ?? [];
    const sourceWords = (c.source?.text.toLowerCase().match(WORD) ?? []) as string[];
    const mentioned = new Set<string>();
    const sourceCountries = new Set<string>();
    for (let i = 0; i < content.length; i++) {
      const d = demonymAt(a.document.lang, content, i);
      if (d) mentioned.add(d.key);
      const t = triggerAt(lex, content, i);
      if (t) mentioned.add(`family:${t.family}`);
      const cls = lex.classOf(content[i]!);
      if (cls) mentioned.add(`class:${cls}`);
    }
    for (let i = 0; i < sourceWords.length; i++) {
      const d = demonymAt(a.document.lang, sourceWords, i);
      if (d) sourceCountries.add(d.key);
    }
    for (const m of mentionsIn(c.content)) mentioned.add(m.key);
    if (c.source) for (const m of mentionsIn(c.source)) sourceCountries.add(m.key);
    let best: string | null = null;
    let bestScore = 0;
    for (const [key, { size, countries }] of topics) {
      const [cls, family] = key.split('|');
      let score = 0;
      if (mentioned.has(`class:${cls}`)) score += 2;
      if (mentioned.has(`family:${family}`)) score += 2;
      for (const k of countries) {
        if (mentioned.has(k)) score += 2;
        if (sourceCountries.has(k)) score += 1;
      }
      const better = score > bestScore || (score > 0 && score === bestScore && best !== null && size > topics.get(best)!.size);
      if (better) {
        best = key;
        bestScore = score;
      }
    }
    out.push({ claim: c.id, source, content: c.content.text, topicKey: best });
  }
  return out;
}
