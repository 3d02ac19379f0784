import type { Document, LayerName } from '../core/document.js';
import type { Span } from '../core/span.js';
import { codePointMapper } from './codepoints.js';
import { VERSION } from '../version.js';
import '../extract/types.js';
import '../extract/entities.js';

/** The output contract `quellenlage.analysis/1` (see schema/analysis.schema.json). Offsets are code points. */
export const ANALYSIS_FORMAT = 'quellenlage.analysis/1';

export interface TextSpan {
  start: number;
  end: number;
  text: string;
  parts?: { start: number; end: number; text: string }[];
}

export interface EntityJSON {
  id: string;
  type: 'PER' | 'ORG' | 'LOC' | 'MISC';
  name: string;
  key: string;
  mentions: TextSpan[];
}

export interface QuantityJSON extends TextSpan {
  id: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'range' | 'vague';
  unit: string | null;
  unitLemma: string | null;
  /** For a unit of measure: value and bounds in its canonical unit (src/lang/<code>/units.tsv). */
  canonical?: { unit: string; value: number | null; low: number | null; high: number | null };
  /** For a quantity counted in a unit of time: its ISO 8601 duration ("PT3H"; "PXD" when vague). */
  duration?: string;
}

export interface TimeJSON extends TextSpan {
  id: string;
  value: string | null;
  /** For a period anchored to an event: the event as written ("Pfingsthochwasser 1999"). */
  anchor?: string;
}

export interface ClaimJSON {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed' | 'reported' | 'unattributed';
  cue: TextSpan | null;
  /** `name`: for a pronoun or office, the named speaker it stands for (an addition to the contract). */
  source: (TextSpan & { entity: string | null; name?: string }) | null;
  via: (TextSpan & { entity: string | null; relation: 'based_on' | 'channel' })[];
  content: TextSpan;
  stance: 'assert' | 'estimate' | 'deny' | 'confirm' | 'speculate' | 'warn';
  certainty: 'certain' | 'probable' | 'possible' | 'conditional' | null;
  quantities: string[];
  times: string[];
}

export interface TokenJSON extends TextSpan {
  kind: string;
}

export interface AnalysisJSON {
  format: typeof ANALYSIS_FORMAT;
  generator: { name: 'quellenlage'; version: string };
  document: {
    id: string;
    lang: string;
    title: string | null;
    published: string | null;
    url: string | null;
    text: string;
  };
  sentences: TextSpan[];
  /** Only with `tokens: true`; not part of the contract's required fields. */
  tokens?: TokenJSON[];
  entities: EntityJSON[];
  quantities: QuantityJSON[];
  times: TimeJSON[];
  claims: ClaimJSON[];
}

export interface SerializeOptions {
  /** Include the token layer (large; off by default). */
  tokens?: boolean;
  /**
   * Release each of the document's layers once it is converted (the token layer first, when it is not
   * written), so a big document's layers and its JSON are not all alive at once. The document's layers
   * cannot be read afterwards.
   */
  release?: boolean;
}

/**
 * Turns an analysed document into the contract's JSON. Spans are converted from UTF-16 to code points
 * here, once; layers that no component has computed are written as empty arrays.
 */
export function toAnalysis(doc: Document, options: SerializeOptions = {}): AnalysisJSON {
  const cp = codePointMapper(doc.text);
  const span = (s: Span): TextSpan => ({ start: cp(s.start), end: cp(s.end), text: doc.slice(s) });
  const release = (name: LayerName) => {
    if (options.release) doc.release(name);
  };
  if (!options.tokens) release('tokens');
  const sentences = doc.has('sentences') ? doc.get('sentences').items.map(span) : [];
  release('sentences');
  const entities: EntityJSON[] = doc.has('entities')
    ? doc.get('entities').items.map((e) => ({ id: e.id, type: e.type, name: e.name, key: e.key, mentions: e.mentions.map(span) }))
    : [];
  release('entities');
  const quantities: QuantityJSON[] = doc.has('quantities')
    ? doc.get('quantities').items.map((q, i) => ({
        id: `Q${i + 1}`,
        ...span(q),
        value: q.value,
        low: q.low,
        high: q.high,
        qualifier: q.qualifier,
        unit: q.unit,
        unitLemma: q.unitLemma,
        ...(q.canonical ? { canonical: q.canonical } : {}),
        ...(q.duration ? { duration: q.duration } : {}),
      }))
    : [];
  release('quantities');
  const times: TimeJSON[] = doc.has('times')
    ? doc.get('times').items.map((t, i) => ({ id: `T${i + 1}`, ...span(t), value: t.value, ...(t.anchor !== undefined ? { anchor: t.anchor } : {}) }))
    : [];
  release('times');
  const out: AnalysisJSON = {
    format: ANALYSIS_FORMAT,
    generator: { name: 'quellenlage', version: VERSION },
    document: {
      id: doc.id,
      lang: doc.lang,
      title: doc.title,
      published: doc.published,
      url: doc.url,
      text: doc.text,
    },
    sentences,
    entities,
    quantities,
    times,
    claims: [],
  };
  if (doc.has('claims')) {
    const ps = (p: { start: number; end: number; parts?: Span[] }): TextSpan => {
      const out = span(p);
      if (p.parts && p.parts.length > 1) out.parts = p.parts.map(span);
      return out;
    };
    out.claims = doc.get('claims').items.map((c, i) => {
      const src = c.source as (Span & { entity: string | null; name?: string }) | null;
      return {
        id: `C${i + 1}`,
        kind: c.kind,
        cue: c.cue ? ps(c.cue) : null,
        source: src ? { ...span(src), entity: src.entity, ...(src.name ? { name: src.name } : {}) } : null,
        via: c.via.map((v) => ({ ...span(v), entity: v.entity, relation: v.relation })),
        content: ps(c.content),
        stance: c.stance,
        certainty: c.certainty,
        quantities: c.quantities.map((q) => `Q${q + 1}`),
        times: c.times.map((t) => `T${t + 1}`),
      };
    });
  }
  release('claims');
  if (options.tokens && doc.has('tokens')) {
    out.tokens = doc.get('tokens').items.map((t) => ({ ...span(t), kind: t.kind }));
  }
  release('tokens');
  return out;
}
