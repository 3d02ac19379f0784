import { quotedModifierEnd } from './en-readings.js';
import { cls, cueForms, is, isBoundary, isComma, isWord, raw, w, saysOrTells, type Ctx, type Draft } from './context.js';
import { subjectParticipleOwn } from './en-participle-mods.js';
import { bareClauseVerb } from './en-verb-frames.js';
import { sayingClauseAfter } from './en-content2.js';
import { npForward } from './phrases.js';
import type { VerbSite } from './rules.js';
import { sayingVerb } from './en-cues.js';

/**
 * Known cue verbs in shapes that the other English rules miss (round ten): the object pronoun "her" after a verb
 * of telling, …
 */

/** Adverbs that a possessive "her" may take as adjectives: "her first husband", "her last campaign". */
const ADJECTIVAL = /^(first|last|long|further|once|only|own)$/;

/**
 * Whether "her" at k is the object of the verb before it, not a possessive: nothing it could own follows ("told
 * her.", "told her that …", "told her the plan …", "told her he would run", "told her on Monday").
 */
export function objectHer(c: Ctx, k: number): boolean {
  if (w(c, k) !== 'her') return false;
  const n = k + 1;
  if (!isWord(c, n)) return c.toks[n]?.kind !== 'number';
  if (ADJECTIVAL.test(w(c, n))) return false;
  return (
    c.inTime[n] === 1 || /^(to|not|that|about|in|on|at|by|during|after|before|for|if|whether|what|how|why|when|where|who|and|or|but)$/.test(w(c, n)) ||
    cls(c, 'pron', n) || (cls(c, 'det', n) && !/^(other|several|of)$/.test(w(c, n))) || cls(c, 'adv', n) || cls(c, 'aux', n) || cls(c, 'werden', n)
  );
}

/** The listener after a verb of telling at `after` (its last token, or -1): the object pronoun "her", else the noun phrase. */
export function listenerNp(c: Ctx, after: number, limit: number): number {
  return objectHer(c, after) ? after : npForward(c, after, limit);
}

/** A finite verb at k: an auxiliary, a listed verb ("went", "spent"), or a lower-case past form not after an article, auxiliary or preposition. */
export function finiteVerb(c: Ctx, k: number): boolean {
  if (!isWord(c, k) || c.inQuote[k]! >= 0 || !/^[a-z]/.test(raw(c, k)) || c.inTime[k] || w(c, k - 1) === 'to') return false;
  if (auxiliary(c, k) || cls(c, 'verb', k)) return true;
  const free = !cls(c, 'det', k - 1) && !cls(c, 'aux', k - 1) && !cls(c, 'werden', k - 1) && !cls(c, 'prep', k - 1) && !cls(c, 'quant', k - 1) && !/['’]s$|s['’]$/.test(raw(c, k - 1));
  // (A verb of saying too: "A group backing Smith said …".)
  return free && ((/^[a-z]+ed$/.test(raw(c, k)) && !pastAdjective(c, k)) || (/^[a-z]+$/.test(raw(c, k)) && !/ing$/.test(w(c, k)) && !(/ed$/.test(w(c, k - 1)) && pastAdjective(c, k - 1)) && cueForms(c, k).some((f) => f.form === 'finite' && f.lemma !== w(c, k))) || bareClauseVerb(c, k));
}

/** A past form right after a verb and before a bare lower-case word is an adjective: "sent classified emails". */
function pastAdjective(c: Ctx, k: number): boolean {
  const n = k + 1;
  return (cls(c, 'verb', k - 1) || /^[a-z]+ed$/.test(raw(c, k - 1))) && isWord(c, n) && /^[a-z]/.test(raw(c, n)) && !cls(c, 'det', n) && !cls(c, 'quant', n) && !cls(c, 'pron', n) && !cls(c, 'prep', n) && !cls(c, 'adv', n) && !cls(c, 'sub', n) && !cls(c, 'coord', n) && !cls(c, 'relative', n) && !/ly$/.test(w(c, n));
}

const auxiliary = (c: Ctx, k: number): boolean => cls(c, 'aux', k) || cls(c, 'werden', k) || /n['’]t$/.test(w(c, k));

/** Whether the verb group goes on at k + 1 after its word at k: after an auxiliary, an adverb or a negation ("would not fail", "has long been"). */
const inGroup = (c: Ctx, k: number): boolean => (auxiliary(c, k) || cls(c, 'adv', k) || cls(c, 'neg', k)) && (finiteVerb(c, k + 1) || auxiliary(c, k + 1) || cls(c, 'adv', k + 1) || cls(c, 'neg', k + 1));

/**
 * "A group backing Smith spent millions", "Smith's warning that the plan would fail went unheeded", "Smith's
 * remarks on trade angered voters": a cue inside a noun phrase — a participle right after its noun (a reduced
 * relative clause) or a noun cue — speaks only up to the end of that noun phrase; the main clause's verb and
 * what follows it are no part of the content. The content ends before the first finite verb that does not
 * belong to the content's own clause ("that …", a clause after a participle of saying) or to a relative clause
 * in it. Linear in the content's length.
 */
export function nounPhraseContent(c: Ctx, d: Draft): void {
  if (!d.cue || !d.source || d.content.length !== 1 || d.rule === 'mind-in-view' || d.rule.startsWith('noun-clause')) return; // ("in Smith's view, C" holds a whole clause: en-mind.ts)
  const v = d.cue[0]![0]!;
  const cueEnd = d.cue.at(-1)![1]!;
  const [a, b] = d.content[0] as [number, number];
  if (a <= cueEnd || a - cueEnd > 2 || d.source[1] >= v) return;
  const p = v - 1;
  const possessive = /['’]s$|s['’]$/.test(raw(c, p));
  const reduced = /ing$/.test(w(c, v)) && isWord(c, p) && !cls(c, 'aux', p) && !cls(c, 'werden', p) && !cls(c, 'prep', p) && !cls(c, 'sub', p) && !cls(c, 'coord', p) && !cls(c, 'relative', p) && !/n['’]t$/.test(w(c, p)) && !cls(c, 'adv', p) && !/ly$/.test(w(c, p));
  if (!(reduced || possessive || d.rule === 'noun-topic')) return;
  const quoted = reduced ? quotedModifierEnd(c, a, b) : -1;
  if (quoted > a) return void (d.content[0] = [a, quoted]);
  const own = w(c, a - 1) === 'that' || (reduced && sayingClauseAfter(c, v)) ? 1 : 0;
  const k = matrixVerb(c, a, b, reduced ? subjectParticipleOwn(c, d.source, v, a, b, own, finiteVerb, matrixVerb) : own);
  const end = k > a ? trimEnd(c, a, k - 1) : -1;
  if (end >= a) d.content[0] = [a, end];
}

/**
 * The first finite verb in [a, b] that belongs to no clause of the content itself — `own` verb groups (the
 * content's own clause), one more for each relative or subordinate clause opened in it — or -1.
 */
export function matrixVerb(c: Ctx, a: number, b: number, own: number): number {
  for (let k = a; k <= b; k++) {
    if (cls(c, 'relative', k) || cls(c, 'sub', k)) own++;
    if (!finiteVerb(c, k)) continue;
    if (own === 0) return k;
    own--;
    while (k + 1 <= b && inGroup(c, k)) k++;
  }
  return -1;
}

/**
 * "The senator who has proposed repealing the mandate said the plan was wrong", "Voters who backed Trump said
 * …": a cue in a relative clause that the subject of the sentence carries, with no comma around it, speaks up
 * to the main clause's verb. The relative pronoun (the cue's speaker) stands right after a word of the
 * subject, and no finite verb precedes it in the sentence. Returns where the content starting at `start` ends
 * (`end` when nothing cuts it). Bounded by the sentence: linear.
 */
export function relativeContentEnd(c: Ctx, v: number, src: [number, number], start: number, end: number, clause: boolean): number {
  const r = src[0];
  if (r !== src[1] || !/^(who|that)$/.test(w(c, r)) || !isWord(c, r - 1) || !subjectRelative(c, r)) return end;
  const k = matrixVerb(c, start, end, clause ? 1 : 0);
  if (k <= start || k <= v) return end;
  const e = trimEnd(c, start, k - 1);
  return e >= start ? e : end;
}

/** Whether the relative pronoun at r follows a noun of the sentence's subject: no finite verb, boundary or preposition-less function word before it in its sentence. */
function subjectRelative(c: Ctx, r: number): boolean {
  const p = r - 1;
  if (cls(c, 'prep', p) || (cls(c, 'det', p) && w(c, p) !== 'those') || cls(c, 'aux', p) || cls(c, 'werden', p) || cls(c, 'verb', p) || cls(c, 'sub', p) || cls(c, 'coord', p) || finiteVerb(c, p) || cueForms(c, p).length > 0) return false;
  const sA = c.sents[c.sentOf[r]!]!.firstToken;
  for (let k = p - 1; k >= sA && p - k <= 12; k--) if (finiteVerb(c, k) || is(c, k, ';', ':', '—', '–') || c.toks[k]!.kind === 'quote') return false;
  return p - sA <= 12;
}

/** The topic of a cue in such a relative clause ("Voters who backed Trump said …") stops at the main clause's verb at e. */
export function relativeTopicStop(c: Ctx, e: number): boolean {
  if (!finiteVerb(c, e)) return false;
  for (let k = e - 1, verbs = 0; k >= 0 && e - k <= 12 && !isBoundary(c, k); k--) {
    if ((finiteVerb(c, k) || (w(c, k - 1) === 'that' && cueForms(c, k).length > 0)) && !(auxiliary(c, k) && verbs > 0)) verbs++; // ("that called him …": en-readings.ts)
    if (/^(who|that)$/.test(w(c, k))) return verbs === 1 && isWord(c, k - 1) && subjectRelative(c, k);
    if (verbs > 1 || cls(c, 'sub', k)) return false;
  }
  return false;
}

/** The last word of [a, b] before closing commas. */
export function trimEnd(c: Ctx, a: number, b: number): number {
  while (b >= a && !isWord(c, b) && c.toks[b]!.kind !== 'quote' && c.toks[b]!.kind !== 'bracket' && c.toks[b]!.kind !== 'number') b--;
  return b;
}

/**
 * "A super PAC supporting Mrs. Clinton", "the major Super PAC backing Bush": going left from the noun phrase's
 * first word at s over up to three lower-case modifiers to the article, quantifier or possessive that opens the
 * phrase; s itself when none opens it there.
 */
export function modifiersBefore(c: Ctx, s: number, a: number): number {
  if (cls(c, 'det', s) || cls(c, 'quant', s) || c.toks[s]!.kind === 'number') return s;
  for (let k = s - 1; k >= a && s - k <= 3; k--) {
    if (cls(c, 'det', k) || cls(c, 'quant', k) || c.toks[k]!.kind === 'number' || /['’]s$/.test(raw(c, k))) return w(c, k) === 'that' || k === s - 1 ? s : k;
    // (Adjectives: no plural noun, verb or function word: "some voters wore T-shirts" is no phrase.)
    if (!/^[a-z][a-z-]*$/.test(raw(c, k)) || /(ed|ly|ing)$|[^u]s$/.test(w(c, k)) || /^(to|of|than|as|so)$/.test(w(c, k)) || cueForms(c, k).length > 0) return s;
    if (['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'coord', 'sub', 'neg', 'relative'].some((x) => cls(c, x, k))) return s;
  }
  return s;
}

/**
 * '"…," Cruz, who has proposed repealing the mandate, said at the time.': after a quotation, a speaker with a
 * relative clause between commas ("who"/"whose"), then a verb of saying right after the closing comma. The
 * speaker's span takes the relative clause (PolNeAR's convention); returns it with the verb, or null.
 */
export function quoteSpeakerRelative(c: Ctx, k: number, limit: number): { source: [number, number]; v: number } | null {
  const e = npForward(c, k, limit);
  if (e >= k && /^(who|whose)$/.test(w(c, e + 1))) return restrictiveSpeaker(c, k, e + 1, limit);
  if (e < k || !isComma(c, e + 1) || !/^(who|whose)$/.test(w(c, e + 2))) return null;
  for (let m = e + 3; m < limit && m - e <= 30; m++) {
    if (c.toks[m]!.kind === 'quote' || is(c, m, '.', '!', '?', ';', ':', '—', '–')) return null;
    if (!isComma(c, m)) continue;
    let v = m + 1;
    while (v < limit && v - m <= 3 && (cls(c, 'adv', v) || cls(c, 'aux', v))) v++;
    const say = sayingVerb(c, v);
    return say && !/ing$/.test(w(c, v)) && c.inQuote[v]! < 0 ? { source: [k, m - 1], v } : null;
  }
  return null;
}

/**
 * '“It will fail,” voters who backed Smith said.': a relative clause without commas restricts the speaker, so it
 * belongs to the source; the cue is the verb of saying that closes the clause — the last word before the end of
 * the sentence, a comma or a preposition (at most 15 tokens on, no punctuation or quotation between).
 */
function restrictiveSpeaker(c: Ctx, k: number, rel: number, limit: number): { source: [number, number]; v: number } | null {
  for (let v = rel + 2; v < limit && v - rel <= 15; v++) {
    if (!isWord(c, v)) return null;
    if (!sayingVerb(c, v) || /ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) continue;
    if (v + 1 >= limit || is(c, v + 1, '.', '!', '?') || isComma(c, v + 1) || cls(c, 'prep', v + 1)) return { source: [k, v - 1], v };
  }
  return null;
}

/** Heads of a short noun phrase that names what was said: "racist things", "kind words", "the same". */
const SAID_HEAD = /^(things|words|stuff|lies|same)$/;

/**
 * "Trump says racist things.", "He said kind words.", "26 percent said the same": a verb of saying whose object, closing
 * the sentence, is a short noun phrase headed by a word for what is said (one or two words; the first a
 * lower-case modifier).
 */
export function saidThings(c: Ctx, content: [number, number], site: VerbSite): boolean {
  const [a, b] = content;
  if (b - a > 1 || !site.info.frames.includes('say') || /ing$/.test(w(c, site.v))) return false;
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!SAID_HEAD.test(w(c, b)) || c.inQuote[a]! >= 0 || !/^[a-z]+$/.test(raw(c, b))) return false;
  return a === b || (/^[a-z-]+$/.test(raw(c, a)) && !['adv', 'aux', 'werden', 'verb', 'prep', 'pron', 'coord', 'sub', 'neg', 'relative'].some((x) => cls(c, x, a)));
}

/**
 * "After criticizing the tax, Ms. Okafor voted …", "Despite challenging X, Cruz said …": a participle right
 * after the preposition that opens the sentence speaks for the main clause's subject, which follows the comma
 * closing the participle clause (at most 25 tokens on). Its span, or null.
 */
export function openingParticipleSubject(c: Ctx, v: number): [number, number] | null {
  const sA = c.sents[c.sentOf[v]!]!.firstToken;
  if (v - 1 !== sA || !(cls(c, 'prep', sA) || /^(while|when)$/.test(w(c, sA)))) return null;
  const sB = c.sents[c.sentOf[v]!]!.endToken - 1;
  let k = v + 1;
  while (k <= sB && k - v <= 25 && !isComma(c, k) && !isBoundary(c, k)) k++;
  if (!isComma(c, k)) return null;
  let s = k + 1;
  while (s <= sB && cls(c, 'adv', s)) s++;
  if (!isWord(c, s) || cls(c, 'sub', s) || cls(c, 'prep', s) || cls(c, 'coord', s)) return null;
  const e = npForward(c, s, sB + 1);
  return e >= s ? [s, e] : null;
}

/**
 * "…, dismissing them as a cartel and calling the leader a liar", "criticizing the pipeline and calling for a
 * ban": a participle cue after "and" that goes on a participle clause of the same sentence (a cue in -ing
 * opened by a comma, a dash or the sentence start, at most 25 tokens back, no clause boundary but commas
 * between) is the same speaker's next act, whatever follows it.
 */
export function coordinatedCue(c: Ctx, k: number, v: number, sA: number): boolean {
  if (w(c, k) !== 'and' || !/ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return false;
  for (let j = k - 1; j >= sA && k - j <= 25; j--) {
    if (is(c, j, '.', '!', '?', ';', ':') || c.toks[j]!.kind === 'quote') return false;
    if (!/^[a-z]+ing$/.test(raw(c, j)) || cueForms(c, j).length === 0) continue;
    return j === sA || isComma(c, j - 1) || is(c, j - 1, '—', '–');
  }
  return false;
}

/** A subject pronoun contracted with its verb: "it's", "he’s", "they're", "I'm", "that's". */
const CONTRACTED_SUBJECT = /^(it|he|she|they|we|i|you|that|there)['’](s|re|m|ll|d|ve)$/;

/** Whether the word at k is a subject pronoun contracted with its verb ("they've", "he’s"). */
export const contractedSubject = (c: Ctx, k: number): boolean => CONTRACTED_SUBJECT.test(w(c, k));

/**
 * "I think it's good.", "She said they're ready.": a clause of two words after a verb of saying or thinking,
 * closing the sentence: a contracted subject pronoun and one lower-case word that is no preposition or article.
 */
export function contractedClause(c: Ctx, content: [number, number], site: VerbSite): boolean {
  const [a, b] = content;
  if (b !== a + 1 || !saysOrTells(site.info.frames) || /ing$/.test(w(c, site.v))) return false;
  if (b + 1 <= site.sB && !is(c, b + 1, '.', '!', '?', ')')) return false;
  if (!contractedSubject(c, a) || c.inQuote[a]! >= 0 || !/^[a-z-]+$/.test(raw(c, b))) return false;
  return !cls(c, 'prep', b) && !cls(c, 'det', b) && !cls(c, 'coord', b) && !c.inTime[b];
}

/**
 * Where the content after a verb of saying starts when an aside stands between them ("said — on Twitter, as it
 * happens — that …", "said, among other things, that …"): after the "that" that follows an aside of at most ten
 * tokens between commas or dashes; at a demonstrative "that" that closes the sentence ("by the time he said
 * that."). -1 otherwise.
 */
export function asideThenThat(c: Ctx, after: number, sB: number): number {
  if (w(c, after) === 'that' && is(c, after + 1, '.', '!', '?')) return after;
  const open = raw(c, after);
  if (!(open === ',' || is(c, after, '—', '–')) || c.inQuote[after]! >= 0) return -1;
  for (let k = after + 1; k <= sB && k - after <= 11; k++) {
    if (c.toks[k]!.kind === 'quote' || is(c, k, '.', '!', '?', ';', ':')) return -1;
    if (raw(c, k) === open || (open !== ',' && is(c, k, '—', '–'))) return k > after + 1 && w(c, k + 1) === 'that' && k + 2 <= sB ? k + 2 : -1;
  }
  return -1;
}
