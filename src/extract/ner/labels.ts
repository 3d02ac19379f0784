/**
 * BIO labels for named entities: the four main types of the analysis format (PER, ORG, LOC, MISC) and the
 * twelve outer-level types of GermEval 2014 (PER, ORG, LOC, OTH, each also as -deriv and -part), the
 * hard BIO constraint (I-X only after B-X or I-X) and span reading.
 */

export const MAIN_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type MainType = (typeof MAIN_TYPES)[number];

export const GERMEVAL_TYPES = [
  'PER', 'PERderiv', 'PERpart',
  'ORG', 'ORGderiv', 'ORGpart',
  'LOC', 'LOCderiv', 'LOCpart',
  'OTH', 'OTHderiv', 'OTHpart',
] as const;

/** The BIO label set of a list of types: O first, then B-T, I-T for each type. */
export function bioLabels(types: readonly string[]): string[] {
  const out = ['O'];
  for (const t of types) out.push(`B-${t}`, `I-${t}`);
  return out;
}

/** The type of a label ("B-PER" → "PER"), or null for O. */
export function typeOf(label: string): string | null {
  return label === 'O' || label.length < 3 ? null : label.slice(2);
}

/**
 * The BIOES label set of a list of types (B begin, I inside, E end of a span of several tokens, S a span of
 * one token): O first, then B-T, I-T, E-T, S-T for each type. Tagging in BIOES lets the model score the end
 * of a name as well as its start; the output is read back as BIO (`bioesToBio`).
 */
export function bioesLabels(types: readonly string[]): string[] {
  const out = ['O'];
  for (const t of types) out.push(`B-${t}`, `I-${t}`, `E-${t}`, `S-${t}`);
  return out;
}

/** A BIO sequence in BIOES (ill-formed I- without a B- start spans as conlleval reads them). */
export function bioToBioes(labels: readonly string[]): string[] {
  const spans = spansOf(labels);
  const out: string[] = labels.map(() => 'O');
  for (const s of spans) {
    if (s.end - s.start === 1) out[s.start] = `S-${s.type}`;
    else {
      out[s.start] = `B-${s.type}`;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = `I-${s.type}`;
      out[s.end - 1] = `E-${s.type}`;
    }
  }
  return out;
}

/** A BIOES label as BIO: E-X → I-X, S-X → B-X. */
export function bioesToBio(label: string): string {
  if (label.startsWith('E-')) return 'I-' + label.slice(2);
  if (label.startsWith('S-')) return 'B-' + label.slice(2);
  return label;
}

export type Scheme = 'bio' | 'bioes';

/** The scheme of a label set. */
export function schemeOf(labels: readonly string[]): Scheme {
  return labels.some((l) => l.startsWith('S-')) ? 'bioes' : 'bio';
}

/**
 * Whether `cur` may follow `prev` (null: sentence start). BIO: I-X only after B-X or I-X. BIOES besides:
 * E-X only after B-X or I-X, and after B-X or I-X only I-X or E-X.
 */
export function allowedAfter(prev: string | null, cur: string, scheme: Scheme = 'bio'): boolean {
  const open = prev !== null && (prev.startsWith('B-') || prev.startsWith('I-'));
  if (cur.startsWith('I-') || cur.startsWith('E-')) return open && prev.slice(2) === cur.slice(2);
  return scheme === 'bio' || !open;
}

/** Whether a sentence may end on `label`: in BIOES not inside an open span (B-, I-). */
export function allowedAtEnd(label: string, scheme: Scheme): boolean {
  return scheme === 'bio' || !(label.startsWith('B-') || label.startsWith('I-'));
}

/**
 * A GermEval outer-level label in the four main types: OTH becomes MISC, -deriv and -part labels
 * (derived adjectives such as "deutschen", compounds such as "SPD-Politiker") become O.
 */
export function toMainLabel(label: string): string {
  if (label === 'O') return 'O';
  const t = label.slice(2);
  if (t.endsWith('deriv') || t.endsWith('part')) return 'O';
  return label.slice(0, 2) + (t === 'OTH' ? 'MISC' : t);
}

/** A span of tokens [start, end) with its type. */
export interface TokenSpan {
  type: string;
  start: number;
  end: number;
}

/**
 * The entity spans of a BIO sequence, read as conlleval does: B-X starts a span; I-X continues a span of
 * type X and otherwise starts one (an ill-formed sequence still yields spans); O ends a span.
 */
export function spansOf(labels: readonly string[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  let cur: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i]!;
    const t = typeOf(l);
    if (t === null) {
      cur = null;
      continue;
    }
    if (l.startsWith('I-') && cur !== null && cur.type === t) {
      cur.end = i + 1;
      continue;
    }
    cur = { type: t, start: i, end: i + 1 };
    out.push(cur);
  }
  return out;
}
