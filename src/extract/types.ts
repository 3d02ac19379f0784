import type { Layer } from '../core/layer.js';
import type { Span } from '../core/span.js';

/** How a stated amount relates to its number(s), as in quellenlage.analysis/1. */
export type Qualifier = 'exact' | 'approx' | 'more_than' | 'at_least' | 'less_than' | 'at_most' | 'range' | 'vague';

/** A quantity: an amount of something, with its normalized meaning. Offsets are UTF-16 into doc.text. */
export interface Quantity extends Span {
  /** The stated point value; null for pure ranges and vague amounts. */
  value: number | null;
  /** Lower bound (null = unbounded). */
  low: number | null;
  /** Upper bound (null = unbounded). */
  high: number | null;
  qualifier: Qualifier;
  /** What is counted or measured, as written (head noun of the counted phrase, currency, "Prozent"). */
  unit: string | null;
  /** Its lemma ("Soldaten" → "Soldat"); for money the ISO 4217 code, for percentages "%". */
  unitLemma: string | null;
  kind: 'count' | 'percent' | 'money' | 'number';
  /** The number expression itself ("600.000", "10.000 bis 13.000", "mehrere tausend"). */
  anchor: Span;
  /** Where `unit` stands, when it is written. */
  unitSpan: Span | null;
  /** For bounds and ranges stated as comparisons: whether each bound is included ("at most" yes, "under" no). */
  lowInclusive?: boolean;
  highInclusive?: boolean;
  /** The comparison as written when the text states one explicitly ("mehr als", "equal to", "or more"). */
  comparison?: string;
  /** For a unit of measure: value and bounds in its canonical unit (units.tsv: "3.000 Hektar" → 3e7 m2). */
  canonical?: { unit: string; value: number | null; low: number | null; high: number | null };
  /** For a quantity counted in a unit of time: its ISO 8601 duration ("PT3H", "P2Y3M"; "PXD" when vague). */
  duration?: string;
}

/** A time expression with an ISO 8601 value as precise as the text allows. */
export interface TimeExpression extends Span {
  /**
   * ISO 8601: "2024-10-14", "2024-10", "2024", "2024-W42"; seasons as TIMEX-style "2023-FA" (SP, SU, FA, WI);
   * parts of a month as "2024-03" with `part`; null when the text gives no resolvable time.
   */
  value: string | null;
  /** Whether the value was resolved against document.published (gestern, am Dienstag, last Tuesday). */
  relative: boolean;
  /** For a period anchored to an event ("seit dem Pfingsthochwasser 1999"): the event as written. */
  anchor?: string;
}

declare module '../core/document.js' {
  interface LayerMap {
    quantities: Layer<Quantity>;
    times: Layer<TimeExpression>;
  }
}

export type ClaimKind = 'direct' | 'indirect' | 'mixed' | 'reported' | 'unattributed';
export type Stance = 'assert' | 'estimate' | 'deny' | 'confirm' | 'speculate' | 'warn';
export type Certainty = 'certain' | 'probable' | 'possible' | 'conditional';

/** A span that may be discontinuous: `parts` in order, `start`/`end` covering them all. */
export interface PartedSpan extends Span {
  parts?: Span[];
}

/**
 * A claim: who says what. The layer item's own span (start/end) is its content span, so the layer sorts
 * claims in reading order. Offsets are UTF-16 into doc.text.
 */
export interface Claim extends Span {
  kind: ClaimKind;
  content: PartedSpan;
  cue: PartedSpan | null;
  /** The speaker as written (its mention nearest to the claim); `entity` is an entity id when known. */
  source: (Span & { entity: string | null }) | null;
  via: (Span & { entity: string | null; relation: 'based_on' | 'channel' })[];
  stance: Stance;
  certainty: Certainty | null;
  /** Indices into the quantities and times layers of what lies inside the content. */
  quantities: number[];
  times: number[];
  /** Which rule made the claim (for evaluation and debugging): "direct-quote", "konjunktiv-continuation" … */
  rule: string;
}

declare module '../core/document.js' {
  interface LayerMap {
    claims: Layer<Claim>;
  }
}
