import { readList } from '../../lang/lexicon.js';
import { addClaim, cls, cueForms, isBoundary, isCap, isComma, isWord, kindOf, pronounResolution, raw, sentenceRange, trim, unused, w, type Ctx } from './context.js';
import { subjectBeforeEn } from './en-subject.js';
import { SUBJECT_PRONOUN } from './en-split.js';
import type { VerbSite } from './rules.js';
import { negatedAux } from './en-np.js';
import { nounLexicon } from './en-nouns.js';

/**
 * English sources, round twelve: speakers whose phrase holds a relative clause ("Those who know him say …"),
 * and the verbs whose subject they are not.
 */

/** Words that open a subject relative clause after its head: "People who …", "Anyone that …". */
const SUBJECT_RELATIVE = /^(who|that)$/;

/**
 * A finite cue verb of the same clause after k (within a few words, before a comma, a subordinator or a quotation):
 * "who know him [say]", "who has met her [says]"; its index or -1.
 */
function laterFiniteCue(c: Ctx, k: number, sB: number): number {
  for (let n = k + 1; n <= sB && n - k <= 7; n++) {
    if (!isWord(c, n) || c.inQuote[n]! >= 0 || cls(c, 'sub', n) || cls(c, 'relative', n) || cls(c, 'coord', n)) return -1;
    // ("her" is an object as well as a possessive: "who met her says".)
    const forms = w(c, n - 1) === 'her' ? c.lex.cueForms.get(w(c, n)) ?? [] : cueForms(c, n);
    if (forms.length === 0 || /ing$/.test(w(c, n)) || w(c, n - 1) === 'to' || cls(c, 'prep', n - 1)) continue;
    // (A verb with nothing after it is the relative's head's act, not a cue taking the clause: "The man who said
    // it was wrong apologized.")
    return isWord(c, n + 1) || c.toks[n + 1]?.kind === 'quote' ? n : -1;
  }
  return -1;
}

/**
 * "Those who know him say he is honest", "Voters who back Trump say …": a cue verb inside a relative clause of the
 * subject is no claim of its own; the verb after the clause is (PolNeAR never nests). True to skip the verb at v.
 */
export function verbInSubjectRelative(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB } = site;
  if (c.inQuote[v]! >= 0 || /ing$/.test(w(c, v))) return false;
  let r = v - 1;
  while (r > sA && (cls(c, 'adv', r) || cls(c, 'aux', r) || negatedAux(c, r))) r--;
  if (r <= sA || !SUBJECT_RELATIVE.test(w(c, r)) || !isWord(c, r - 1) || isComma(c, r - 1)) return false;
  // (The head is a noun phrase, not a verb taking a "that" clause: "He said that …" has no relative.)
  if (w(c, r) === 'that' && (cueForms(c, r - 1).length > 0 || cls(c, 'aux', r - 1) || cls(c, 'prep', r - 1))) return false;
  // Only where the verb's content would run into the main verb: a verb taking a clause, whose object is a short
  // noun phrase ("who know him say", "who know the captain say"); "Fishermen who backed Ms. Okafor said …" keeps
  // its own claim ("backed" takes an object), as does "who has proposed closing the pier said".
  if (site.info.frames.includes('object')) return false;
  const n = laterFiniteCue(c, v, sB);
  if (n < 0 || n - v > 4) return false;
  const o = v + 1;
  if (cls(c, 'det', o) && !/^(her)$/.test(w(c, o))) return n - o <= 3;
  for (let k = o; k < n; k++) if (!isCap(c, k) && !cls(c, 'objpron', k) && w(c, k) !== 'it') return false;
  return true;
}


/** Pronoun-like heads of a relative clause: "Those who know him", "Many who heard it", "All that read it". */
const HEADLESS = /^(those|all|many|some|few|most|several|others|anyone|everyone|someone|anybody|everybody|nobody|none)$/;

/**
 * "Those who know him say …": the speaker is a pronoun-like head with its relative clause, from the start of the
 * clause [a, v) up to the verb's auxiliaries and adverbs (`postModifiedSubject`, en-np-end.ts, needs a noun head).
 */
export function headlessRelativeSubject(c: Ctx, a: number, v: number): [number, number] | null {
  if (/ing$/.test(w(c, v)) || w(c, v - 1) === 'to') return null;
  let s = a;
  while (s < v && cls(c, 'coord', s)) s++;
  if (!HEADLESS.test(w(c, s)) || !SUBJECT_RELATIVE.test(w(c, s + 1))) return null;
  let end = v - 1;
  while (end > s + 2 && (cls(c, 'adv', end) || cls(c, 'aux', end) || negatedAux(c, end))) end--;
  if (end < s + 2 || end - s > 12) return null;
  for (let k = s + 2; k <= end; k++) if (!isWord(c, k) || c.inQuote[k]! >= 0 || cls(c, 'sub', k) || cls(c, 'relative', k)) return null;
  return [s, end];
}

/**
 * A cue word in its bare or -s form right after a cue verb that can only be a verb (`verbOnly`) is that verb's object
 * or its clause's subject, a noun: "The report says claims of fraud are false", "did not confirm reports that …",
 * "denied reports of a deal" ("A news report shows …": there the first word is the noun).
 */
export function nounAfterVerb(c: Ctx, v: number): boolean {
  const p = v - 1;
  const s = w(c, v);
  if (!isWord(c, p) || c.inQuote[p]! >= 0 || !cueForms(c, v).some((f) => s === f.lemma || s === f.lemma + 's')) return false;
  return cueForms(c, p).length > 0 && verbOnly(c, p);
}

/**
 * Whether the bare cue word at p, one that takes an object, is the verb of a plural subject right before it (a
 * plural noun, not after an article or a preposition): "Leaders reject plan to raise taxes" (a headline without
 * articles), where the cue word after it is the object, a noun. ("The harbour reject pile", "a tax plan" have no
 * plural subject before them.)
 */
function pluralSubjectVerb(c: Ctx, p: number): boolean {
  const s = w(c, p);
  const q = p - 1;
  if (!cueForms(c, p).some((f) => s === f.lemma && c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') === true)) return false;
  if (!isWord(c, q) || c.inQuote[q]! >= 0 || !/^[A-Za-z]+[^s'’]s$/.test(raw(c, q)) || cueForms(c, q).length > 0) return false;
  return !['det', 'quant', 'prep', 'aux', 'werden', 'pron', 'adv', 'verb', 'sub', 'coord', 'relative'].some((x) => cls(c, x, q));
}

/**
 * Whether the cue word at v can only be a verb, not a noun before another cue word: a form that is no noun ("says",
 * "denied", "said": "The report says claims of fraud are false", "denied reports of a deal"), or a bare form after an
 * auxiliary, a negation or "to" ("did not confirm reports that …"), or after a plural subject (`pluralSubjectVerb`).
 */
export function verbOnly(c: Ctx, v: number): boolean {
  const s = w(c, v);
  const forms = cueForms(c, v);
  // (Only a verb of saying or one that takes an object: "released reports on the harbour" publishes them.)
  const speaks = forms.some((f) => f.lemma === 'say' || f.lemma === 'tell' || c.lex.cueLemmas.get(f.lemma)?.frames.includes('object') === true);
  if (/^(says|tells)$/.test(s) || (speaks && !forms.some((f) => s === f.lemma || s === f.lemma + 's' || s === f.lemma + 'es'))) return true;
  // A form in -s right after a person's or an organisation's name is its verb unless it spells a noun of
  // cue-nouns.tsv: "Mayor Lund announces plans", "Pence Announces Plans For …" (but "Harbour claims show",
  // "police shootings and protests demand", "all signs point" keep the noun).
  if (speaks && !forms.some((f) => s === f.lemma) && !nounLexicon().nounForms.has(s) && /^(PER|ORG)$/.test(c.entities?.at(c.toks[v - 1]?.start ?? -1)?.type ?? '')) return true;
  const p = v - 1;
  return cls(c, 'aux', p) || negatedAux(c, p) || /^(not|never|to)$/.test(w(c, p)) || pluralSubjectVerb(c, v);
}

/**
 * "At least half of voters say …", "More than 40 percent of voters said …": degree words before a quantity belong to
 * the speaker phrase that the quantity opens at s (the walk back stops at "at" or "than"); its new start, or -1.
 */
export function degreeStart(c: Ctx, a: number, s: number): number {
  if (w(c, s) === 'at' && /^(least|most)$/.test(w(c, s + 1)) && quantity(c, s + 2)) return s;
  if (s - 2 >= a && w(c, s - 1) === 'than' && /^(more|less|fewer)$/.test(w(c, s - 2)) && quantity(c, s)) return s - 3 >= a && w(c, s - 3) === 'no' ? s - 3 : s - 2;
  return -1;
}

/** A number or a word of quantity: "40 percent", "half", "a third", "two", "dozens". */
function quantity(c: Ctx, k: number): boolean {
  return c.toks[k]?.kind === 'number' || cls(c, 'quant', k) || /^(half|a|an|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions)$/.test(w(c, k));
}

/** Predicates of a small clause after "find"/"show": who stands where in a race or a vote. */
const STANDING = /^(ahead|behind|leading|trailing|winning|losing|tied|even|up|down|first|second|third|last)$/;

/**
 * The rules' shortContent hook, one more branch: a two-word small clause after "found"/"shows" ("The poll found Clinton
 * ahead.", "Polls show Trump trailing.") is a claim though it is short.
 */
export function smallClause(c: Ctx, content: [number, number], site: VerbSite): boolean {
  if (content[1] !== content[0] + 1 || !/^(find|show)$/.test(site.form.lemma)) return false;
  const [a, b] = content;
  return (isCap(c, a) || cls(c, 'pron', a) || cls(c, 'objpron', a)) && STANDING.test(w(c, b));
}

const PERSON_CUES = readList(new URL('../../lang/en/ner-person-cues.txt', import.meta.url));
const ROLE_NOUNS = readList(new URL('../../lang/en/role-nouns.txt', import.meta.url));
/** Whether the word at k names an office or role (ner-person-cues.txt, role-nouns.txt): "managing director", "ranking member". */
export function roleWord(c: Ctx, k: number): boolean {
  return PERSON_CUES.has(w(c, k)) || ROLE_NOUNS.has(w(c, k));
}
const VERDICT_NOUNS = readList(new URL('../../lang/en/verdict-nouns.txt', import.meta.url));
const VERDICT_VERB = /^(has|have|had|puts|put|gives|gave)$/;

/**
 * "Wednesday's Quinnipiac poll has Clinton leading Trump by six points", "Initial estimates put the total at 55,000":
 * a poll, count or estimate that has, puts or gives a figure says it; the verb is the cue, the rest of its clause the
 * content (a continuation rule: only where no other rule read the verb).
 */
export function pollVerdict(c: Ctx, si: number): void {
  const [sA, sB] = sentenceRange(c, si);
  for (let v = sA + 1; v < sB; v++) {
    if (!VERDICT_VERB.test(w(c, v)) || c.used[v] || c.inQuote[v]! >= 0 || !VERDICT_NOUNS.has(w(c, v - 1))) continue;
    const src = subjectBeforeEn(c, sA, v);
    if (!src || src[1] !== v - 1 || !unused(c, src[0], src[1])) continue;
    // The object: a name or a pronoun opens it ("has Clinton …", "gives her …"); after "put"/"give" also an
    // article or a number ("put the figure …"; "The poll has a margin of error" says nothing).
    const o = v + 1;
    const own = /^h/.test(w(c, v));
    if (!(isCap(c, o) || cls(c, 'objpron', o) || (!own && (cls(c, 'det', o) || c.toks[o]?.kind === 'number')))) continue;
    let e = o;
    while (e + 1 <= sB && !isBoundary(c, e + 1) && !/^[.!?;]$/.test(w(c, e + 1))) e++;
    const content = trim(c, o, e);
    if (!content || content[1] - content[0] < 2 || !unused(c, content[0], content[1])) continue;
    for (let k = src[0]; k <= v; k++) c.used[k] = 1;
    addClaim(c, { kind: kindOf(c, [content]), content: [content], cue: [[v, v]], source: src, resolved: null, stance: 'assert', rule: 'poll-verdict', sentence: si });
  }
}

/** Words that stop the walk back over the noun a contact relative modifies. */
const NOT_NOUN = ['pron', 'sub', 'relative', 'prep', 'coord', 'aux', 'werden', 'adv', 'neg', 'det', 'quant'];

/**
 * "While not everything Trump says is true", "columns Bradley wrote while a student", "takes back everything he said",
 * "Despite what he wrote in the speech": a verb of saying or writing in a contact or free relative clause, with no
 * content after it. Its subject (a pronoun or a name) is the source, the noun the clause modifies (or "what") the
 * content. The rules' verbFirst hook: true when a claim was made.
 */
export function contactRelativeSaid(c: Ctx, site: VerbSite): boolean {
  const { v, sA, sB, si, cue, info } = site;
  if (!/^(say|write)$/.test(site.form.lemma) || /ing$/.test(w(c, v)) || c.inQuote[v]! >= 0) return false;
  // Nothing the verb says follows it: the sentence or clause ends, or an adjunct or the main clause's verb does.
  const n = v + 1;
  if (!(n > sB || isBoundary(c, n) || /^[.!?)]$/.test(w(c, n)) || cls(c, 'prep', n) || /^(is|was|are|were)$/.test(w(c, n)) || cls(c, 'sub', n) || (cls(c, 'adv', n) && !cls(c, 'det', n + 1)))) return false;
  if (w(c, n) === 'that' || w(c, n) === 'to' || c.inQuote[n]! >= 0) return false;
  // The subject: a pronoun, or a name of up to three words.
  let s = v - 1;
  if (!SUBJECT_PRONOUN.test(w(c, s))) {
    while (s - 1 > sA && v - s < 3 && isCap(c, s - 1) && isWord(c, s - 1)) s--;
    if (!isCap(c, s) || !isWord(c, s) || s === sA || cls(c, 'det', s)) return false;
  }
  for (let k = s; k < v; k++) if (!isCap(c, k) && !SUBJECT_PRONOUN.test(w(c, k))) return false;
  const p = s - 1;
  const pronounLike = /^(what|everything|anything|something|nothing|all)$/.test(w(c, p));
  // (A modal after the verb opens the relative's own clause, "the names he said would be released" (contactRelatives,
  // en-relspeaker.ts); a free relative opening the sentence is its subject: "What he said was wrong" (en-split.ts).)
  if (p < sA || (p === sA && (!pronounLike || w(c, p) === 'what')) || !isWord(c, p) || (isCap(c, p) && p !== sA) || c.used[p] || c.inQuote[p]! >= 0) return false;
  let a = p;
  if (!pronounLike) {
    // (A title before a name is no antecedent: "campaign manager Robby Mook said".)
    // (After a name, only a plural: "columns Bradley wrote"; "donor Sheldon Adelson said" is an apposition.)
    if (!SUBJECT_PRONOUN.test(w(c, s)) && !/[^s]s$/.test(w(c, p))) return false;
    if (!/^[a-z]+$/.test(w(c, p)) || NOT_NOUN.some((k) => cls(c, k, p)) || /(ed|ly)$/.test(w(c, p)) || /^(of|to|one|two|three)$/.test(w(c, p)) || roleWord(c, p)) return false;
    if (c.lex.cueForms.has(w(c, p)) && !cls(c, 'det', p - 1)) return false;
    while (a - 1 >= sA && p - a < 3 && isWord(c, a - 1) && !isCap(c, a - 1) && !NOT_NOUN.some((k) => cls(c, k, a - 1)) && cueForms(c, a - 1).length === 0 && !/(ed|ing)$/.test(w(c, a - 1))) a--;
  }
  if (!unused(c, a, p) || !unused(c, s, v - 1)) return false;
  const src: [number, number] = [s, v - 1];
  for (let k = a; k <= v; k++) c.used[k] = 1;
  addClaim(c, { kind: kindOf(c, [[a, p]]), content: [[a, p]], cue, source: src, resolved: pronounResolution(c, src, si), stance: info.stance, rule: 'contact-relative-said', sentence: si });
  return true;
}
