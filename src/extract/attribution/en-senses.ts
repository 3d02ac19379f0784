import { readLines } from '../../lang/lexicon.js';
import { cls, cueForms, isBoundary, isCap, isComma, isWord, raw, w, type Ctx } from './context.js';
import { contentWord, nounContinues } from './en-filters.js';
import { selfNoun } from './en-participle-speakers.js';
import { lowerLy } from './en-cues.js';

/**
 * Non-speech senses of cue words (precision, spec round ten): a plural that reads as a noun from its
 * neighbours, where a verb of saying would need another shape.
 *  - A plural form right after a number is a noun: "44 emails", "a dozen questions" (a verb's -s form takes a
 *    singular subject, and a bare form after a share stays a verb: "48 percent support").
 *  - A plural listed in src/lang/en/cue-noun-plurals.txt (forms far more often nouns in news: "emails",
 *    "remarks", "questions") after a common noun or adjective, before a word that goes on with the noun
 *    phrase, is a noun: "his public remarks loomed", "two conference calls in the past week", "bigger
 *    questions in light of …" ("the senator questions whether …" opens a clause; "the group calls for …" takes
 *    a preposition of the verb's own frame).
 */

let plurals: ReadonlySet<string> | null = null;
const NUMBER_WORD = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions']);

/** Whether the cue word at v is a plural noun (see the module comment). */
export function pluralNoun(c: Ctx, v: number, sA: number): boolean {
  if (v <= sA) return false;
  const word = w(c, v);
  const forms = cueForms(c, v);
  const lemma = forms.find((f) => word === f.lemma + 's' || word === f.lemma + 'es')?.lemma;
  if (!lemma || forms.some((f) => f.lemma === word)) return false;
  const p = v - 1;
  if ((c.toks[p]!.kind === 'number' && !/^(1|one)$/.test(w(c, p))) || NUMBER_WORD.has(w(c, p))) return true;
  plurals ??= new Set(readLines(new URL('../../lang/en/cue-noun-plurals.txt', import.meta.url)));
  if (!plurals.has(word) || !contentWord(c, p) || isCap(c, v + 1)) return false;
  if (c.lex.cueLemmas.get(lemma)?.frames.some((f) => f.replace(/^\+/, '') === w(c, v + 1))) return false;
  return nounContinues(c, v + 1);
}

const INDEFINITE_HEAD = new Set(['a', 'an', 'another', 'one']);

/**
 * "called" names rather than says: a participle after a noun phrase that an indefinite article opens, before a
 * name, an article, a quotation or a number: "a move called the boneless", "a resistance movement called the
 * Ethiopian People's Revolutionary Party", "one PAC called Stop Hillary", "A blog, called the 'Feed', …" ("The
 * group called the plan a mistake": a definite subject says). (The phone sense, "She called him on Sunday.", is
 * left a cue: PolNeAR counts such calls often enough that filtering them lost cue tokens.)
 */
export function callNoSpeech(c: Ctx, v: number, sA: number): boolean {
  const n = c.toks[v + 1];
  if (w(c, v) !== 'called' || !n || !cueForms(c, v).some((f) => f.lemma === 'call')) return false;
  if (!(n.kind === 'quote' || n.kind === 'number' || isCap(c, v + 1) || /^(the|a|an)$/.test(w(c, v + 1)))) return false;
  let k = v - 1;
  if (raw(c, k) === ',') k--;
  for (let d = 0; d < 4 && k > sA && (contentWord(c, k) || isCap(c, k)); d++) k--;
  return k >= sA && k < v - 1 && INDEFINITE_HEAD.has(w(c, k));
}

/**
 * A past participle right after a common noun and before "by" modifies that noun (a reduced passive relative):
 * "the radical change offered by Trump", "the counties identified by POLITICO", "the language embraced by Mr.
 * Trump" — the noun is a thing offered or named, no content of speech.
 */
export function passiveModifier(c: Ctx, v: number): boolean {
  return /ed$/.test(w(c, v)) && w(c, v + 1) === 'by' && contentWord(c, v - 1) && !/ly$/.test(w(c, v - 1));
}

/**
 * A reduced passive of a raising verb opening an apposition is a description, no speech act: "The bridge, said to
 * be the oldest in town, would close." (With its auxiliary it is a source-less hedge: "The bridge is said to be
 * old."; PolNeAR annotates none of the reduced forms on train or dev.) A past form before "to be" or "to have",
 * right after a comma that follows a word, or opening the sentence. (Not after a bare noun: "The mayor said to be
 * ready" can be active.)
 */
export function reducedRaising(c: Ctx, v: number): boolean {
  if (w(c, v + 1) !== 'to' || !/^(be|have)$/.test(w(c, v + 2)) || /ing$/.test(w(c, v)) || !cueForms(c, v).some((f) => f.lemma !== w(c, v) && f.lemma + 's' !== w(c, v))) return false;
  // (So does one that opens its sentence before the clause it describes: "Said to be rich, he bought a boat.")
  return (isComma(c, v - 1) && isWord(c, v - 2)) || (isCap(c, v) && (v === 0 || c.sentOf[v - 1] !== c.sentOf[v]));
}

/** A bare "say" between commas gives an example, no speaker: "instead of, say, the Democratic Party", "oh, say, five years". */
export const sayForExample = (c: Ctx, v: number): boolean => w(c, v) === 'say' && isComma(c, v - 1) && isComma(c, v + 1);

/** The first token after v past -ly adverbs ("spoke highly of", "would eventually add"). */
export function afterAdverbs(c: Ctx, v: number): number {
  let n = v + 1;
  while (n - v <= 2 && lowerLy(c, n) && isWord(c, n + 1)) n++;
  return n;
}

/** Words that approximate a number after them: "about five minutes", "around 292,000 jobs". */
const APPROXIMATE = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'some', 'over']);

/** Whether the word at k approximates a number, a sum or a span of time that follows it ("about 30 minutes", "nearly $5 billion", "about five minutes"). */
export function approximates(c: Ctx, k: number): boolean {
  return APPROXIMATE.has(w(c, k)) && (c.toks[k + 1]?.kind === 'number' || raw(c, k + 1) === '$' || c.inTime[k + 1] === 1);
}

/**
 * Whether the object of the cue verb at v is an amount or a thing moved to another (cue-senses.tsv, kind
 * amount-object; goals = the prepositions of the goal): "the plan would eventually add $84 billion", "the economy
 * added around 292,000 jobs", "added fuel to the argument", "adds a new element to the mix". The speech sense takes
 * a clause or a quotation ("added that …", "added the plan would fail", "added a note of caution").
 */
export function amountObject(c: Ctx, v: number, goals: ReadonlySet<string>): boolean {
  const n = afterAdverbs(c, v);
  const t = c.toks[n];
  if (!t || c.sentOf[n] !== c.sentOf[v]) return false;
  if (t.kind === 'number' || raw(c, n) === '$' || approximates(c, n)) return true;
  if (t.kind !== 'word' || w(c, n) === 'that' || !(cls(c, 'det', n) || cls(c, 'quant', n) || contentWord(c, n))) return false;
  // A noun phrase, then a goal before a noun phrase, with no verb, clause or boundary between them.
  for (let k = n + 1; k <= n + 8 && c.sentOf[k] === c.sentOf[v]; k++) {
    if (!isWord(c, k) || isBoundary(c, k) || ['sub', 'relative', 'aux', 'modal', 'pron', 'coord'].some((x) => cls(c, x, k))) return false;
    if (goals.has(w(c, k))) return isWord(c, k + 1) && (cls(c, 'det', k + 1) || cls(c, 'quant', k + 1) || isCap(c, k + 1));
  }
  return false;
}

/**
 * Whether the subject of the cue verb at v (k: the word before it past auxiliaries and adverbs) is the document
 * itself, "this story" or "… of this article": a correction or update notice ("An earlier version of this article
 * incorrectly listed the date", "This story has been updated to note that …") reports no speaker.
 */
export const documentItself = (c: Ctx, k: number): boolean => w(c, k - 1) === 'this' && selfNoun(w(c, k));

/** The head of the object after the verb at v: the first word past adverbs, articles, possessives and quantifiers ("found a way", "finds its way", "found other ways"). */
export function objectHead(c: Ctx, v: number): number {
  let n = afterAdverbs(c, v);
  while (n - v <= 4 && isWord(c, n + 1) && (cls(c, 'det', n) || cls(c, 'quant', n))) n++;
  return n;
}

/** Classes that end an object noun phrase (objectPhraseHas): a preposition, a clause word, a verb's auxiliary. */
const PHRASE_ENDS = ['prep', 'adjunctprep', 'gen', 'sub', 'relative', 'aux', 'werden', 'modal', 'coord', 'pron'];
/** Classes of a finite verb after the phrase, which makes the phrase a clause's subject. */
const FINITE = ['aux', 'werden', 'modal', 'verb', 'past'];

/**
 * Whether a word of the object noun phrase after the verb at v is one of the words (cue-senses.tsv, kind
 * not-object-np): from the object's first word past adverbs, articles, possessives and quantifiers, up to a
 * preposition, a clause word or a boundary, at most five words (numbers and "$" count as words). A verb whose
 * object is a festivity, an office, a price or a trophy acts on a thing and says nothing: "celebrated his 70th
 * birthday", "claimed the prize", "charged a $100 fee", "seeking the White House", "signed a lease", "assumed
 * office" ("claimed that …", "sought to calm …", "signed a letter" keep the cue).
 */
export function objectPhraseHas(c: Ctx, v: number, words: ReadonlySet<string>): boolean {
  // ("claimed that the prize was rigged": a clause, no object.)
  if (w(c, afterAdverbs(c, v)) === 'that') return false;
  let found = false;
  let k = objectHead(c, v);
  for (let n = 0; n < 5 && k < c.toks.length && c.sentOf[k] === c.sentOf[v]; k++, n++) {
    const t = c.toks[k]!;
    if (!(t.kind === 'word' || t.kind === 'number' || raw(c, k) === '$') || isBoundary(c, k) || PHRASE_ENDS.some((x) => cls(c, x, k))) break;
    if (words.has(w(c, k))) found = true;
  }
  // A finite verb after the phrase makes it a clause's subject: "claimed the prize was rigged".
  return found && !(k < c.toks.length && c.sentOf[k] === c.sentOf[v] && FINITE.some((x) => cls(c, x, k)));
}
