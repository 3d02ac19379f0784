import { cls, is, isCap, isWord, w, type Ctx } from './context.js';
import type { VerbSite } from './rules.js';

/** Words that stand for a whole statement after a verb of saying: "said no", "said so", "doesn't believe it". */
const PRO_STATEMENT = /^(yes|no|so|not|that|this|it|thanks)$/;

/**
 * English verb cues, the long tail (used by en.ts): a statement of one word that closes its sentence right after
 * a verb of saying or thinking ("He said no.", "Half said so.", "He doesn't believe it.", "Asked who leads the
 * party, he said Ryan."). The verb rules ask for three tokens of content; one word is a statement too when it
 * stands for one (a pro-form, "yes", "no") or is a name, and nothing follows it but the sentence end — not a
 * time ("said Tuesday"), an adverb ("said again"), a listener ("told her") or a noun ("felt fear").
 */
export function shortContent(c: Ctx, content: [number, number], site: VerbSite): boolean {
  const [a, b] = content;
  if (a !== b || !site.info.frames.includes('say') || site.info.frames.includes('tell')) return false;
  // Only the sentence end (or a closing bracket) may follow.
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!isWord(c, a) || c.inTime[a] || c.inQuote[a]! >= 0) return false;
  return PRO_STATEMENT.test(w(c, a)) || (isCap(c, a) && !cls(c, 'pron', a) && !cls(c, 'det', a));
}
