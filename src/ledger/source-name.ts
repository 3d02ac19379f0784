/**
 * How the ledger and the store name a claim's source: the entity's canonical name and key where the source is
 * one, else the source phrase without article, genitive or apposition. Kept apart from the estimate
 * extractor so that the store and the read commands need not load it.
 */
import type { AnalysisJSON, ClaimJSON } from '../analysis/format.js';
import { keyOf } from '../extract/entity-lexicon.js';

export interface SourceRef {
  name: string;
  key: string;
}

/** A claim's source as the ledger names it: the entity's canonical name and key where the source is one. */
export function sourceOf(c: ClaimJSON, a: AnalysisJSON): SourceRef | null {
  if (!c.source) return null;
  const e = c.source.entity ? a.entities.find((x) => x.id === c.source!.entity) : undefined;
  // A place inside a longer phrase ("an analyst at Harwood Re, a U.S. reinsurer") is not the speaker.
  const speaks = e && (e.type !== 'LOC' || e.mentions.some((m) => m.start <= c.source!.start + 4 && m.end >= c.source!.end - 4));
  if (e && speaks) return { name: e.name, key: e.key };
  const name = plainSourceName(c.source.name ?? c.source.text);
  return { name, key: keyOf(name) };
}

const DETERMINER = /^(?:der|die|das|dem|den|des|the|a|an)\s+/i;

/**
 * A source phrase as a name: without its leading article and apposition, a German genitive undone, so that
 * "des Landratsamts", "dem Landratsamt" and "Das Landratsamt" are one source.
 */
export function plainSourceName(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const comma = t.indexOf(', ');
  if (comma > 1) t = t.slice(0, comma);
  const det = DETERMINER.exec(t);
  if (det) {
    const genitive = /^des\s/i.test(det[0]);
    t = t.slice(det[0].length);
    if (genitive && /\p{Ll}{3,}e?s$/u.test(t)) t = t.replace(/e?s$/, '');
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}
