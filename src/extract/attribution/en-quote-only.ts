import { is, isComma, isWord, w, type Ctx } from './context.js';
import type { CueForm } from '../claims-lexicon.js';

/**
 * Verbs that speak only through a quotation (frames `quote|near` in cue-verbs.tsv: "barked", "beamed", "states")
 * are no cue words at all away from one, not even verbs that end a source: 'Six states going to the polls said …', 'Gallup finds states shifting …',
 * 'I laughed and said, “…”' (the cue is "said"), 'She beamed at the crowd'. Such a form is a cue word only right
 * before a quotation ('laughed: “…”', 'sang “…”') or after one that ends in a comma, "!" or "?" with no more than a
 * short speaker between ('“Get out,” he barked', '“…,” a voice-over in the ad states'; not '“…,” giving states more power').
 */
export function quoteOnlyAway(c: Ctx, i: number, forms: readonly CueForm[]): boolean {
  if (!forms.every((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('near') === true)) return false;
  return !quoteOpensAfter(c, i) && !quoteClosesBefore(c, i);
}

function quoteOpensAfter(c: Ctx, i: number): boolean {
  const k = isComma(c, i + 1) || is(c, i + 1, ':') ? i + 2 : i + 1;
  const t = c.toks[k];
  return t?.kind === 'quote' && t.role === 'open';
}

function quoteClosesBefore(c: Ctx, i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 10; k--) {
    const t = c.toks[k]!;
    if (t.kind === 'quote') return t.role === 'close' && (is(c, k - 1, ',', '!', '?', '—') || c.toks[k - 1]?.kind === 'quote');
    if ((!isWord(c, k) && !isComma(c, k)) || /ing$/.test(w(c, k))) return false;
  }
  return false;
}
