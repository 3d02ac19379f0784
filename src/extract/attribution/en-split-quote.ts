import { cls, cueForms, isComma, isWord, w, type Ctx } from './context.js';
import { sayingVerb } from './en-cues.js';

/**
 * A quotation split by its cue with more than a comma between the cue and the second part: '"A," he said of the
 * plan, "B."', '"A," she told the host, "B."', '"A," X said last month on Twitter, "B."', '"A," Tester said,
 * referring to the tax excuse, "B."'. The words between (a to b, after the cue and its comma, before the comma
 * that opens the second quotation) are an adjunct of the same act: the topic, the listener, the time, the place
 * or a participle clause with its own object; the second part carries on the same statement. Not when a cue of
 * its own takes the second part (", adding, "B."", ", adding of the plan, "B."", ", arguing that if …, "B.""), when a
 * new clause opens there (", though he said, "B."", ", but despite …, "B."") or when the gap holds a comma.
 */
export function splitQuoteGap(c: Ctx, a: number, b: number): boolean {
  if (b < a || b - a > 15 || !isWord(c, a) || cls(c, 'coord', a) || cls(c, 'sub', a) || cls(c, 'pron', a) || w(c, a) === 'according') return false;
  for (let k = a; k <= b; k++) {
    if (!isWord(c, k) || c.used[k] || c.inQuote[k]! >= 0 || isComma(c, k)) return false;
    // A clause the second part completes: ", arguing that …", ", saying if …".
    if (/^(that|if|when|whether|because|while|though|although)$/.test(w(c, k))) return false;
    if (cueForms(c, k).length === 0 || cls(c, 'prep', k)) continue;
    // A cue word in the gap may only be a participle with an object of its own ("referring to the tax excuse").
    // (A participle of saying takes the second part: ", adding of the plan, "B."", ", explaining why, "B."".)
    if (!/^[a-z]+ing$/.test(w(c, k)) || sayingVerb(c, k)) return false;
    let n = k + 1;
    while (n <= b && (cls(c, 'adv', n) || cls(c, 'prep', n) || /ly$/.test(w(c, n)) || /^(later|again|also|then)$/.test(w(c, n)))) n++;
    if (n > b) return false;
  }
  return true;
}
