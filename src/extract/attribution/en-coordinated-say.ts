import { cls, cueForms, is, sentenceRange, w, type Ctx } from './context.js';
import { adverbAt, sayingVerb } from './en-cues.js';
import { documentVerb } from './en-participle-speakers.js';

/** Words after which a participle of saying is the second act of the clause's subject ("…, saying:", "before saying"). */
const ING_LEAD = /^(before|after|by|while)$/;

/**
 * English: the verb of saying that introduces a quotation at `open` when the clause before it holds two acts of one
 * subject — "Hayek confirmed she had been there and said, “…”", "She thanked the state and then boomed, “…”",
 * "He issued a statement Tuesday saying: “…”" — the last verb of saying after the first cue verb v, opened by a
 * coordinator ("and", "but", adverbs such as "then" between) or, as a participle, by a comma or "before"/"by".
 * -1 when there is none (the first verb is the cue). A finite verb after "that" has a subject of its own and is no
 * second act ("He said that she told them, “…”" stays with "said": the coordinator must come first).
 */
export function coordinatedSayVerb(c: Ctx, v: number, open: number): number {
  let found = -1;
  for (let k = v + 1; k <= open - 2; k++) {
    if (c.toks[k]!.kind === 'quote') return -1;
    if (!sayingVerb(c, k) || w(c, k - 1) === 'to') continue;
    const forms = cueForms(c, k);
    const ing = /ing$/.test(w(c, k));
    if (!forms.some((f) => f.form === 'finite' || (ing && f.form === 'participle'))) continue;
    let p = k - 1;
    while (p > v && adverbAt(c, p)) p--;
    if (p <= v) continue;
    const coord = cls(c, 'coord', p) && /^(and|but)$/.test(w(c, p));
    if (coord ? !ing : ing && (is(c, p, ',') || ING_LEAD.test(w(c, p)))) found = k;
    // The participle of the document the first verb issues, right before the quotation: "issued a statement Tuesday
    // saying, “…”" (its cue runs
    // from the verb to the participle: participleSpeaker, en-participle-speakers.ts).
    else if (ing && k === open - 2 && documentVerb(c, k, sentenceRange(c, c.sentOf[k]!)[0]) === v) found = k;
  }
  return found;
}
