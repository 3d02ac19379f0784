import { cls, cueForms, is, isBoundary, isCap, isComma, PUNCT_END, raw, w, type Ctx } from './context.js';
import { GAZ, NerLexicon } from '../ner/lexicon.js';
import { npForward } from './phrases.js';
import { viewHolder } from './de-views.js';

/** Relative pronouns that can be the subject of their clause (nominative): "…, der sagte". */
export const RELATIVE_SUBJECT = /^(der|die|das|welcher|welche|welches)$/;

/**
 * German source spans: where a speaker's noun phrase ends and what belongs to it. The SpkAtt guidelines take
 * the minimal noun phrase that names the speaker, with article, title or role and apposition ("Günther
 * Platter, der Verteidigungsminister Österreichs"), but not the occasion or place of speaking ("sagte Merkel
 * in einer Rede", "sagte Seibert in Berlin").
 */

/** Prepositions of where or on what occasion something was said. */
const OCCASION_PREP = /^(in|im|bei|beim|aus|auf|für)$/;

/** Articles that open an occasion rather than a name: "in einer Rede", "in seiner Radioansprache". */
const OCCASION_ARTICLE = /^(ein|eine|einem|einer|eines|sein|seine|seinem|seiner|seines|ihr|ihre|ihrem|ihrer|ihres|unserem|unserer)$/;

/**
 * Whether the prepositional phrase opened at j does not belong to the speaker phrase ending at `last`: a
 * time ("am Montag"), an occasion opened by an indefinite or possessive article ("in einem Interview"), or
 * any place or occasion after a person's name ("Seibert in Berlin", "Distelrath aus Frankfurt") — the
 * institution keeps its seat ("das Kraftfahrt-Bundesamt in Flensburg").
 */
export function occasionAfter(c: Ctx, last: number, j: number): boolean {
  if (j + 1 >= c.toks.length) return false;
  if (c.inTime[j + 1]) return true;
  if (!OCCASION_PREP.test(w(c, j))) return false;
  return OCCASION_ARTICLE.test(w(c, j + 1)) || (w(c, j) !== 'für' && isPerson(c, last));
}

/** Whether token i ends a person's name (a PER mention of the entity layer that opens with a capital, not a role phrase "der Sprecher …"). */
function isPerson(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  const m = c.entities?.at(t.start);
  return !!m && m.type === 'PER' && m.end === t.end && /^\p{Lu}/u.test(c.text.slice(m.start, m.start + 1));
}

/** Conjunctions that open a verb-final clause whose subject may be the speaker ("wie X mitteilte"). */
const CLAUSE_OPENER = /^(wie|nachdem|weil|obwohl|als|während|da)$/;

/**
 * A subject [s, e] right after a comma whose sentence (or "wie"-clause) opens with a noun phrase that ends at
 * that comma: the two are one speaker, a name and its apposition written without the closing comma ("Rob
 * Mahler, Sekretär des Vereins sagte", "Der Leiter des Amtes, Jan Kolb hat erklärt", "Wie ein Sprecher
 * des Konzerns, Beta AG mitteilte"). Returns where the speaker starts (s when nothing comes before it).
 */
export function appositionStart(c: Ctx, s: number, e: number): number {
  if (s < 2 || !isComma(c, s - 1) || (s === e && RELATIVE_SUBJECT.test(w(c, s))) || cls(c, 'pron', s) || c.used[s - 2]) return s;
  /** Whether [q, s - 2] is a free noun phrase that the comma closes. */
  const phrase = (q: number) => {
    if (q >= s - 1 || cls(c, 'pron', q) || !(isCap(c, q) || cls(c, 'det', q))) return false;
    for (let k = q; k < s - 1; k++) if (c.used[k] || c.inQuote[k]! >= 0 || isBoundary(c, k)) return false;
    return npForward(c, q, s - 1) === s - 2;
  };
  let p = s - 2;
  while (p > 0 && !PUNCT_END.has(raw(c, p - 1)) && c.toks[p - 1]!.role !== 'open' && s - p < 16) p--;
  const opens = p === 0 || (PUNCT_END.has(raw(c, p - 1)) && !isComma(c, p - 1)) || c.toks[p - 1]!.role === 'open';
  if (opens && phrase(CLAUSE_OPENER.test(w(c, p)) ? p + 1 : p)) return CLAUSE_OPENER.test(w(c, p)) ? p + 1 : p;
  // After the cue verb: "sagte Jon Berg, Gründer der Band: …", "meinte Ida Roth, die Leiterin des Amtes, …".
  for (let k = s - 3; k >= p && s - k < 12; k--) {
    if (!isCap(c, k) && cueForms(c, k).length > 0) return phrase(k + 1) ? k + 1 : s;
  }
  return s;
}

/** Particles inside foreign names: "Thomas de Maizière", "Ali al-Omair", "Rafael van der Vaart". */
const NAME_PARTICLE = /^(?:de|van|der|ter|ten|du|di|dos|del|della|bin|ibn|al|el)$|^(?:al|el|as|ad|an|ar|at)-\p{Lu}/u;

/** Whether token j (after a name's first word) is a particle of the name, followed by its capitalized part (or itself "al-X"). */
export function nameParticle(c: Ctx, j: number): boolean {
  const lw = raw(c, j);
  if (!NAME_PARTICLE.test(lw) || isCap(c, j) || c.toks[j]!.kind !== 'word') return false;
  if (lw.includes('-')) return true;
  return j + 1 < c.toks.length && isCap(c, j + 1) && (lw !== 'der' || w(c, j - 1) === 'van');
}

/**
 * Whether the capitalized word at i is an adjective of a name ("der Süddeutschen Zeitung", "der Afrikanischen
 * Union", "des Bayrischen Rundfunks", "die Wiener Linien"): an inflected adjective, or the indeclinable adjective
 * of a place (`placeAdjective`), right after an article, so the noun after it belongs to the same phrase.
 */
export function nameAdjective(c: Ctx, i: number): boolean {
  return i > 0 && cls(c, 'det', i - 1) && /(?:e|en|er|es|em)$/.test(w(c, i)) && (NerLexicon.forLang('de').isAdjective(w(c, i)) || placeAdjective(c, i));
}

/** The gazetteer bits of a place: country, city, small place in Germany, Austria or Switzerland, region. */
const PLACE = GAZ.COUNTRY | GAZ.CITY_BIG | GAZ.CITY | GAZ.CITY_DACH | GAZ.REGION;

/**
 * Whether the capitalized word at i is the indeclinable adjective of a place in -er: "Wiener" (Wien), "Kölner",
 * "Schweizer", "Bremer" (Bremen), "Dresdner" (Dresden). Such a word before a noun is no noun of its own ("die
 * Wiener Polizei", not "die Wiener" and then "Polizei"); "Minister", "Sprecher" name no place.
 */
function placeAdjective(c: Ctx, i: number): boolean {
  const s = raw(c, i);
  if (!/^\p{Lu}\p{Ll}+er$/u.test(s)) return false;
  const gaz = NerLexicon.forLang('de').single;
  const stem = s.slice(0, -2);
  return [stem, stem + 'en', s.slice(0, -3) + 'en'].some((p) => ((gaz.get(p) ?? 0) & PLACE) !== 0);
}

/** Articles and pronouns of the accusative or dative: the phrase they open is an object, never a subject. */
const OBJECT_CASE = /^(den|dem|einen|einem|diesen|diesem|jenen|jenem|seinen|seinem|ihren|ihrem|unseren|unserem|keinen|keinem)$/;

/** Whether a speaker found right after the cue ("C, sagte X") can be the subject: not "…, wies den Vorwurf zurück", "sagte dem Sender". */
export function invertedSubjectOk(c: Ctx, src: [number, number]): boolean {
  return !OBJECT_CASE.test(w(c, src[0]));
}

/**
 * Whether [a, b] before "…, V X" is a bare noun phrase with its appositions — the subject, not a preposed
 * statement: "Lars Berger, Manager des Vereins, bezeichnete die Entscheidung als richtig" (no statement
 * "Lars Berger" of a speaker "die Entscheidung").
 */
export function bareNounPhrase(c: Ctx, a: number, b: number): boolean {
  // Without an apposition the phrase may open a statement the cue interrupts ("Die Lage, fügt X hinzu, sei ernst").
  let comma = false;
  for (let k = a + 1; k < b && !comma; k++) comma = isComma(c, k);
  return comma && npForward(c, a, b + 1) === b;
}

/**
 * A verb that opens its clause after a comma shares the subject of the clause before ("Die Rebellen bestreiten den
 * Vorwurf, fordern aber mehr Autonomie"): where the field [s, e] before that comma opens with a noun phrase followed by
 * a lower-case word that can only be its finite verb (no article, preposition, adverb, conjunction or pronoun), the
 * subject is that noun phrase. Returns the subject's end (e when the field is no such clause).
 */
export function subjectOfClauseBefore(c: Ctx, s: number, e: number, v: number): number {
  if (!isComma(c, v - 1) || e + 1 !== v - 1 || !(cueForms(c, v).length > 0 || cls(c, 'aux', v))) return e;
  for (let k = s; k <= e; k++) if (isComma(c, k) || c.toks[k]!.role === 'open' || nameParticle(c, k)) return e;
  const np = npForward(c, s, e + 1);
  const k = np + 1;
  if (np < s || k > e || isCap(c, k) || c.toks[k]!.kind !== 'word') return e;
  for (const x of ['det', 'prep', 'adv', 'coord', 'sub', 'relative', 'pron', 'gen']) if (cls(c, x, k)) return e;
  return /^(von|vom|aus|im|in|beim|bei|und|oder|zu|zum|zur)$/.test(w(c, k)) ? e : np;
}

/**
 * "um ihn zu drängen, …", "ohne zu sagen, …": a cue verb's zu-infinitive is a purpose or an object, nobody's report —
 * except after a predicative adjective, whose dative is the speaker ("X war es wichtig zu betonen, dass …").
 */
export function zuInfinitiveCue(c: Ctx, v: number): boolean {
  if (v < 2 || w(c, v - 1) !== 'zu' || !cueForms(c, v).some((f) => f.form === 'infinitive')) return false;
  return !(!isCap(c, v - 2) && /(?:ig|lich|bar|wert)$/.test(w(c, v - 2)));
}

/**
 * Where the statement of a phrase cue starts whose clause [ca, …] opens with its finite verb after a comma (round 14,
 * spec 4): in verb-second order what precedes is that verb's first field — a subject with its relative clause ("Das
 * Gesetz, das den Handel schützen soll, verstößt nach Ansicht X …") or a leading subordinate clause ("Nachdem …, geht es
 * ihm nach Angaben X gut"): the sentence start. A clause that opens otherwise starts at ca.
 */
export function verbSecondStart(c: Ctx, ca: number, sA: number): number {
  if (ca <= sA || !isComma(c, ca - 1) || isCap(c, ca) || c.toks[ca]!.kind !== 'word') return ca;
  for (const x of ['det', 'prep', 'adv', 'coord', 'sub', 'relative', 'pron', 'gen', 'reflexive', 'oblique', 'neg']) if (cls(c, x, ca)) return ca;
  if (/^(zu|um|ohne|statt|so|wie|als|dass|ob|und|oder|aber|sondern|denn)$/.test(w(c, ca))) return ca;
  // The field before: a relative clause after the subject, or a subordinate clause that opens the sentence.
  let first = ca - 1;
  while (first > sA && !isComma(c, first - 1)) first--;
  // (The relative clause follows the sentence's first noun phrase: "Das Gesetz, das …, verstößt"; not a clause that
  // goes on a relative clause after a main clause: "X ist einer von fünf Häftlingen, die …, zumindest aber laut Y …".)
  const afterSubject = cls(c, 'relative', first) && first - 2 >= sA && npForward(c, sA, first - 1) === first - 2;
  return afterSubject || cls(c, 'sub', sA) || /^(nachdem|weil|obwohl|als|während|bevor|sobald|da|wenn|seit|seitdem)$/.test(w(c, sA)) ? sA : ca;
}

/**
 * The speaker of "nach der Einschätzung eines Experten, der … befragt wurde, …" (round 14, spec 4): an indefinite
 * genitive after the statement noun at `noun` (the phrase [.., e] ends at it) belongs to the phrase, and a relative
 * clause after it is no statement. Returns [the phrase's end, the last token before the statement].
 */
export function genitiveSpeaker(c: Ctx, noun: number, e: number, sB: number): [number, number] {
  if (noun === e && /^(eines|einer)$/.test(w(c, e + 1))) {
    const g = npForward(c, e + 1, sB + 1);
    if (g > e + 1) e = g;
  }
  if (!isComma(c, e + 1) || !cls(c, 'relative', e + 2)) return [e, e];
  let k = e + 2;
  while (k <= sB && k - e < 24 && !isComma(c, k)) k++;
  return [e, isComma(c, k) ? k : e];
}

/** Relative pronouns after a preposition: ", laut dem …", ", laut denen …". */
const RELATIVE_OBJECT = /^(dem|der|denen|welchem|welcher|welchen)$/;

/**
 * Where the speaker after "laut"/"nach Angaben" ends (round 14, spec 4): a relative pronoun after a comma is the whole
 * speaker (", laut dem das Kind misshandelt worden war"); after a person's name an article opens the clause's own
 * subject, no genitive ("wurde laut Anna Berger der Sprecher festgenommen").
 */
export function phraseSourceEnd(c: Ctx, i: number, s: number, e: number, sB: number): number {
  // "Aus Sicht des Ufers": a place or a thing holds no view (round 14, spec 6).
  if (w(c, i) === 'aus' && (w(c, i + 1) === 'sicht' || w(c, i + 2) === 'sicht') && !viewHolder(c, s, e)) return -1;
  if (i > 0 && isComma(c, i - 1) && RELATIVE_OBJECT.test(w(c, s))) return s;
  for (let k = s + 1; k <= e; k++) if (/^(der|die|das)$/.test(w(c, k)) && isPerson(c, k - 1)) return k - 1;
  // "Laut Wiener Polizei": an indeclinable place adjective in -er before its noun is part of the speaker.
  if (e === s && placeAdjective(c, s) && isCap(c, s + 1) && s + 1 <= sB) {
    const n = npForward(c, s + 1, sB + 1);
    if (n > s) return n;
  }
  return e;
}

/** Particles of separable verbs that close a main clause ("rief … zusammen", "sagte … ab", "stellte … ein"). */
const CLOSING_PARTICLE = /^(an|ab|auf|aus|ein|zusammen|zurück|fort|los|weg|vorbei|heim|her|hin|herab|hinaus|herein)$/;

/**
 * Whether the cue verb at v is part of another separable verb (round 14, spec 4): its clause ends in a particle that no
 * reading of the cue takes ("Der Trainer rief die Spieler zusammen", "Die Stadt sagte das Fest ab").
 */
export function otherParticle(c: Ctx, v: number, sB: number): boolean {
  let e = v + 1;
  // (A second verb after "und" has its own particle: "begrüßte den Beschluss und griff den Iran an".)
  while (e <= sB && e - v < 16 && !isBoundary(c, e) && !is(c, e, '.', '!', '?', ':', ';') && !cls(c, 'coord', e) && w(c, e) !== 'zu') e++;
  const last = e - 1;
  if (last <= v || !CLOSING_PARTICLE.test(w(c, last)) || isCap(c, last)) return false;
  return !cueForms(c, v).some((f) => f.particle === w(c, last));
}
