import { isCap, raw, w, type Ctx } from './context.js';

/**
 * Statement nouns derived from cue verbs (round 12): "nach der Ankündigung der Ministerin", "nach einer
 * Veröffentlichung im Fachblatt", "nach Äußerungen des Trainers": a noun in -ung whose verb is a cue verb of
 * src/lang/de/cue-verbs.tsv ("ankündigen", "veröffentlichen", "äußern") names what someone said, like the listed
 * statement nouns of claim-lexicon.tsv. Such nouns also name the event ("Nach der Ankündigung stiegen die Kurse"):
 * the caller asks for a reported clause after them.
 */
export function derivedStatement(c: Ctx, k: number): boolean {
  const m = /^(\p{L}+?)ung(?:en)?$/u.exec(w(c, k));
  if (!m) return false;
  const stem = m[1]!;
  return c.lex.cueLemmas.has(stem + 'en') || c.lex.cueLemmas.has(stem + 'n');
}

/**
 * A time inside a noun phrase, between its article and an attributive participle or adjective ("einer am Dienstag
 * veröffentlichten Studie", "der gestern vorgelegte Bericht"): the token after the time, when an inflected
 * lower-case word and then a capitalized noun follow it; else -1.
 */
export function timeInPhrase(c: Ctx, j: number, limit: number): number {
  let k = j;
  while (k < limit && c.inTime[k]) k++;
  if (k + 1 >= limit || k - j > 5) return -1;
  const t = c.toks[k]!;
  return t.kind === 'word' && /^\p{Ll}+(?:e|en|er|es|em)$/u.test(raw(c, k)) && isCap(c, k + 1) ? k : -1;
}

/** A web address split by the tokenizer at its dot ("ndr" "." "de", written without spaces) starting at j: its last token, or -1. */
export function webAddress(c: Ctx, j: number): number {
  const t = c.toks[j];
  const dot = c.toks[j + 1];
  const tld = c.toks[j + 2];
  if (!t || !dot || !tld || t.kind !== 'word' || raw(c, j + 1) !== '.' || t.end !== dot.start || dot.end !== tld.start) return -1;
  return /^(?:de|com|net|org|at|ch|eu|info)$/.test(raw(c, j + 2)) ? j + 2 : -1;
}
