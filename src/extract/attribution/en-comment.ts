import { cls, isWord, w, type Ctx, type Draft } from './context.js';

/**
 * English (round eleven, spec 6): small frames of comment and refusal.
 *
 * A refusal takes the act refused into its cue: "declined to comment on whether …", "refused to endorse Trump",
 * "has refused to say whether …". The speech act is the refusal of the verb after "to", and what is refused to be
 * said or done is its object: cue "declined to comment on", content "whether …". A preposition right after the
 * infinitive belongs to it ("comment on", "elaborate on", "concur with"). Without a word left for the content
 * ("declined to comment.") the claim is left as it is.
 * A per-claim check, called from the tidySpans hook.
 */
const REFUSING = /^(refuse[sd]?|refusing|decline[sd]?|declining)$/;
const INTRANSITIVE = /^(comment|elaborate|respond|speculate|concur|reply)$/;
const TOPIC_PREPOSITION = /^(on|about|with)$/;

export function refusedInfinitive(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0 || d.content.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const v = part[part.length - 1]!;
  if (!REFUSING.test(w(c, v)) || c.inQuote[v]! >= 0) return;
  const first = d.content[0]!;
  if (first[0] !== v + 1 || w(c, v + 1) !== 'to') return;
  const inf = v + 2;
  if (!isWord(c, inf) || !/^[a-z][a-z-]*$/.test(w(c, inf)) || cls(c, 'det', inf) || c.inQuote[inf]! >= 0) return;
  // Only a verb of comment that takes no object: its topic follows a preposition ("comment on", "elaborate on",
  // "concur with"). A transitive infinitive is the content ("declined to say whether …", "refused to sign the deal").
  if (!INTRANSITIVE.test(w(c, inf))) return;
  let end = inf;
  if (TOPIC_PREPOSITION.test(w(c, inf + 1)) && c.sentOf[inf + 1] === c.sentOf[inf]) end = inf + 1;
  const last = d.content[d.content.length - 1]!;
  if (end >= last[last.length - 1]!) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, end]];
  d.content = [[end + 1, first[first.length - 1]!], ...d.content.slice(1)].filter((p) => p[0]! <= p[p.length - 1]!);
}
