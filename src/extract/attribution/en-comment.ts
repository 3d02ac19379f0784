import { cls, cueForms, isCap, isWord, w, type Ctx, type Draft } from './context.js';

/**
 * English (round eleven, spec 6): small frames of comment and refusal.
 *
 * A refusal takes the act refused into its cue: "declined to comment on whether …", "refused to endorse Trump",
 * "has refused to say whether …". The speech act is the refusal of the verb after "to", and what is refused to be
 * said or done is its object: cue "declined to comment on", content "whether …". A preposition right after the
 * infinitive belongs to it ("comment on", "elaborate on", "concur with"). Without a word left for the content
 * ("declined to comment.") or with only an adjunct after the infinitive ("declined to comment for this story") the
 * claim is left as it is.
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
  // An adjunct after the infinitive is no topic ("declined to comment for this story", "… through a spokesman"):
  // the claim stays as it is, cue "declined", content "to comment for this story".
  else if (cls(c, 'prep', inf + 1)) return;
  const last = d.content[d.content.length - 1]!;
  if (end >= last[last.length - 1]!) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, end]];
  d.content = [[end + 1, first[first.length - 1]!], ...d.content.slice(1)].filter((p) => p[0]! <= p[p.length - 1]!);
}

/**
 * A word or two in scare quotes that ends the speaker's phrase: 'The so-called "experts" said …', 'the “moderates”
 * argued …'. The phrase walks on over the marks ('The so-called "experts"', not 'experts"'). `prev` is the token
 * before the phrase found so far, which ends at `e`: an opening mark whose closing mark is `e`. Where the walk goes
 * on (the opening mark), or -1. Only a short run of words with no punctuation: a quotation with its own sentence is
 * the content of a claim, not a name. (On PolNeAR dev the one change is the source of a claim that is
 * none, 'Tea Party "super PACs" supported by …', now whole: Source −0.02 from that spurious claim alone.)
 */
export function scareQuote(c: Ctx, prev: number, e: number): number {
  const p = c.toks[prev];
  if (p?.kind !== 'quote' || p.role !== 'open') return -1;
  return c.toks[e]?.kind === 'quote' && c.toks[e]!.role === 'close' && wordsBetween(c, prev, e) ? prev : -1;
}

/**
 * A nickname in quotation marks inside a name: 'Marcia "Cia" Price said …', '… said Marcia “Cia” Price.'. `prev` is
 * the token before the name found so far (which starts at `s`, a capitalised word): a closing mark after one
 * capitalised word, its opening mark after another capitalised word. Where the walk goes on (the word before the
 * opening mark), or -1. The marks quote no statement: the name runs across them.
 */
export function nicknameQuote(c: Ctx, prev: number, s: number): number {
  const close = c.toks[prev];
  const open = c.toks[prev - 2];
  if (close?.kind !== 'quote' || close.role !== 'close' || open?.kind !== 'quote' || open.role !== 'open') return -1;
  return isCap(c, s) && isCap(c, prev - 1) && isWord(c, prev - 1) && isCap(c, prev - 3) && isWord(c, prev - 3) && !cls(c, 'det', prev - 3) ? prev - 3 : -1;
}

/** Whether only words (2 to 4 tokens apart) lie between two quotation marks. */
function wordsBetween(c: Ctx, open: number, close: number): boolean {
  if (close - open < 2 || close - open > 5) return false;
  for (let k = open + 1; k < close; k++) if (!isWord(c, k)) return false;
  return true;
}

/**
 * "aloud" right after the verb of saying belongs to its cue ("wondered aloud whether …", "mused aloud that …"):
 * it says how it was said, not what. Taken off the content's start where it stood there.
 */
export function aloud(c: Ctx, d: Draft): void {
  if (!d.cue || d.cue.length === 0) return;
  const part = d.cue[d.cue.length - 1]!;
  const a = part[part.length - 1]! + 1;
  if (w(c, a) !== 'aloud' || c.inQuote[a]! >= 0 || c.sentOf[a] !== c.sentOf[a - 1]) return;
  d.cue = [...d.cue.slice(0, -1), [part[0]!, a]];
  d.content = d.content.map((p) => (p[0] === a ? [a + 1, p[p.length - 1]!] : p)).filter((p) => p[0]! <= p[p.length - 1]!);
}

/**
 * A cue word right after the bare verb of a negated verb group is that verb's object, a noun: "did not return calls
 * seeking comment", "never read reports". Not after an adverb ("did not even say", "did not immediately respond") or "to".
 */
export function objectOfNegatedVerb(c: Ctx, v: number): boolean {
  const k = v - 1;
  if (!isWord(c, k) || c.inQuote[k]! >= 0 || /ly$|^to$/.test(w(c, k)) || cls(c, 'adv', k) || cls(c, 'aux', k) || cls(c, 'neg', k) || cls(c, 'prep', k) || cls(c, 'det', k)) return false;
  // A subject after a negation is none ("Not everyone finds …", "not all agree").
  if (cls(c, 'pron', k) || cls(c, 'quant', k) || cls(c, 'quantpron', k) || !/^[a-z]/.test(c.text.slice(c.toks[k]!.start, c.toks[k]!.end))) return false;
  // A verb of saying there speaks itself, with the noun as its topic ("did not confirm reports that …").
  if (cueForms(c, k).length > 0) return false;
  return cls(c, 'neg', k - 1) || /n['’]t$/.test(w(c, k - 1));
}

/**
 * A phrasal verb of taking a side (frame `adjacent` in cue-verbs.tsv: "stood by", "stumped for", "went after") is
 * a cue only with its particle right after it: "went home after the debate", "stood in line by the door" are none.
 */
export function particleApart(c: Ctx, v: number): boolean {
  const forms = cueForms(c, v);
  if (forms.length === 0) return false;
  const frames = forms.map((f) => c.lex.cueLemmas.get(f.lemma)?.frames ?? []);
  if (!frames.every((f) => f.includes('adjacent'))) return false;
  return !frames.some((f) => f.includes('+' + w(c, v + 1)));
}
