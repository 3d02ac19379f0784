import { cls, cueForms, is, isBoundary, isComma, isWord, raw, w, type Ctx } from './context.js';
import { npForward } from './phrases.js';
import { finiteSayingVerb, trailerOnly } from './en-cues.js';

const SAY = ['say'];

/**
 * English (round eleven): the speaker of a participle after a speech clause of its own sentence — 'C, Spicer said,
 * adding, "…"', 'C, said Spicer, adding: "…"', '…, he told reporters, adding that …'. The participle at v follows
 * a comma that closes a clause of a finite verb of saying: its subject (before the verb) or, when the verb comes
 * first, the noun phrase after it is the speaker — not the subject of the sentence's first clause ("C"). Quotations
 * are read before the verbs, so no claim of that verb exists yet to ask. The span, or null.
 */
export function speakerOfSaidClause(c: Ctx, v: number): [number, number] | null {
  if (!isComma(c, v - 1) || !/ing$/.test(w(c, v))) return null;
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  // The clause before the comma: back to the previous boundary or quotation mark, at most 12 tokens.
  let s = v - 2;
  while (s > sA && v - s < 14 && !isBoundary(c, s - 1) && c.toks[s - 1]!.kind !== 'quote') s--;
  if (s !== sA && !isBoundary(c, s - 1) && c.toks[s - 1]!.kind !== 'quote') return null;
  const e = v - 2;
  if (e - s < 1) return null;
  for (let k = s; k <= e; k++) {
    if (!finiteSayingVerb(c, k)) continue;
    // The verb closes the clause, alone, with its listener or with a time or occasion ("Spicer said,", "he told
    // reporters,", "Reuters reported on Monday,"), or opens it.
    // ("said nothing,", "said little,": the verb's own object closes it too.)
    const closes = k === e || (k + 1 === e && saidObject(c, e)) || (isTelling(c, k) && npForward(c, k + 1, e + 1) === e) || trailerOnly(c, k + 1, e, SAY);
    if (k > s && !closes) return null;
    if (k > s) {
      // "Spicer said", "the spokesman told reporters": the subject ends right before the verb.
      const head = c.rules.subjectBefore(c, s, k);
      return head && head[1] === k - 1 ? head : null;
    }
    // "said Spicer", "said the spokesman": the noun phrase after the verb up to the comma.
    if (!isWord(c, k + 1) || cls(c, 'prep', k + 1) || saidObject(c, k + 1)) return null;
    const np = npForward(c, k + 1, e + 1);
    return np === e ? [k + 1, e] : null;
  }
  return null;
}

/**
 * An indefinite pronoun of quantity right after a verb of saying is its object, never an inverted speaker: "Ferro
 * said nothing", "Lund, in a grey suit, said little, offering …" ("said something" too; "someone", a person,
 * may be one: "…, said someone close to the board").
 */
export function saidObject(c: Ctx, k: number): boolean {
  return /^(nothing|little|much|something|anything|everything|otherwise)$/.test(w(c, k));
}

/**
 * Whether a participle of saying follows the inverted speaker ending at e: "…, said Spicer, adding that …",
 * 'C, said the mayor, noting: "…"' — the speaker goes on, so the inverted verb still has its content before it.
 */
export function participleAfterSpeaker(c: Ctx, e: number): boolean {
  if (!isComma(c, e + 1) || !/^[a-z]+ing$/.test(raw(c, e + 2)) || cueForms(c, e + 2).length === 0) return false;
  // Only with its quotation, which is read first ("adding that …" would be taken as the inverted verb's content).
  const q = is(c, e + 3, ',', ':') ? e + 4 : e + 3;
  return c.toks[q]?.kind === 'quote' && c.used[q] === 1;
}

/** A verb of telling, which takes its listener first ("told reporters"). */
function isTelling(c: Ctx, k: number): boolean {
  return cueForms(c, k).some((f) => c.lex.cueLemmas.get(f.lemma)?.frames.includes('tell') === true);
}
