/**
 * Who a claim's source is, as the ledger and the store keep it: a person, an organisation or an outlet, keyed
 * by the entity key (the same in every language), with the role the article gives it as an attribute — or no
 * source at all. A source phrase that names no one ("Schätzungen", "ihren Angaben", "experts", a quotation, a
 * misread "The denial follows") gives null rather than a made-up source.
 *
 * The speaker words (titles, organisation heads, outlets, company references) are data:
 * src/lang/<code>/speakers.tsv. Kept apart from the estimate extractor so that the store and the read
 * commands need not load it.
 */
import { existsSync } from 'node:fs';
import type { AnalysisJSON, ClaimJSON, EntityJSON } from '../analysis/format.js';
import { keyOf } from '../extract/entity-lexicon.js';
import { readList, readTable } from '../lang/lexicon.js';

export type SourceType = 'person' | 'organisation' | 'outlet';

export interface SourceRef {
  name: string;
  key: string;
  /** Absent in records written before sources were typed. */
  type?: SourceType;
  /** The role or title the article gives the source ("Landrätin", "district fire service"), when it gives one. */
  role?: string;
}

type Kind = 'title' | 'honorific' | 'organisation' | 'outlet' | 'company' | 'generic';

interface SpeakerLexicon {
  exact: Map<string, Set<Kind>>;
  endings: [string, Kind][];
  firstNames: Set<string>;
}

const lexicons = new Map<string, SpeakerLexicon>();

function speakerLexicon(lang: string): SpeakerLexicon {
  let lex = lexicons.get(lang);
  if (lex) return lex;
  const file = (code: string, name: string) => new URL(`../lang/${code}/${name}`, import.meta.url);
  lex = { exact: new Map(), endings: [], firstNames: new Set() };
  if (existsSync(file(lang, 'speakers.tsv'))) {
    for (const [w, kind] of readTable(file(lang, 'speakers.tsv'))) {
      if (w!.startsWith('*')) lex.endings.push([w!.slice(1), kind as Kind]);
      else lex.exact.set(w!, new Set([...(lex.exact.get(w!) ?? []), kind as Kind]));
    }
  }
  lex.endings.sort((x, y) => y[0].length - x[0].length);
  // First names of many languages, shared by the NER gazetteer (kept under de/).
  if (existsSync(file('de', 'ner-first-names.txt'))) lex.firstNames = readList(file('de', 'ner-first-names.txt'));
  lexicons.set(lang, lex);
  return lex;
}

function kindsOf(lex: SpeakerLexicon, word: string): Set<Kind> {
  const w = word.toLowerCase();
  const out = new Set(lex.exact.get(w) ?? []);
  // A German genitive ("des Landratsamts") names the same thing.
  for (const form of [w, w.replace(/e?s$/, '')]) {
    for (const [ending, kind] of lex.endings) if (form.length >= ending.length && form.endsWith(ending)) out.add(kind);
  }
  return out;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*|„[^“”"]*[“”"]|"[^"]*"/gu;
const DETERMINER = /^(?:der|die|das|dem|den|des|ein|eine|einer|the|a|an|its|his|her|their|sein|seine|ihr|ihre)$/i;
const capital = (w: string) => /^\p{Lu}/u.test(w);
/** A company's legal form closes its name ("Haldenfurt Wasserkraft GmbH"). */
const LEGAL_FORM = /^(?:GmbH|AG|SE|KG|e\.V\.|Inc\.?|Ltd\.?|plc|LLC|Corp\.?|Re)$/;
const COMPANY_NAME = /(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:GmbH|AG|SE|KG|Inc\.|Ltd|plc|LLC|Corp\.)/gu;

/** Per document: its persons (full names by surname) and the one company it is about, if exactly one. */
interface DocumentSpeakers {
  persons: Map<string, string>;
  /** An organisation named by its bare head ("Bürgerinitiative") → its full name in the same document. */
  fullNames: Map<string, string>;
  company: string | null;
}
const perDocument = new WeakMap<AnalysisJSON, DocumentSpeakers>();

function documentSpeakers(a: AnalysisJSON): DocumentSpeakers {
  let d = perDocument.get(a);
  if (d) return d;
  const lex = speakerLexicon(a.document.lang);
  const persons = new Map<string, string>();
  const addPerson = (name: string) => {
    const last = name.split(' ').at(-1)!;
    if (!persons.has(last)) persons.set(last, name);
  };
  for (const e of a.entities) if (e.type === 'PER' && e.name.includes(' ')) addPerson(e.name);
  for (const c of a.claims) {
    const p = c.source ? personIn(lex, tokens(c.source.name ?? c.source.text), null) : null;
    if (p) addPerson(p.name);
  }
  const companies = new Set(
    [...a.document.text.matchAll(COMPANY_NAME)].map((m) => m[0].replace(/\s+/g, ' ').replace(/^(?:Der|Die|Das|Dem|Den|Des|The|A|An)\s/, '')),
  );
  const orgs = a.claims.flatMap((c) => {
    const o = c.source ? organisationIn(lex, tokens(c.source.name ?? c.source.text)) : null;
    return o && !o.generic ? [o.name] : [];
  });
  const fullNames = new Map<string, string>();
  for (const bare of new Set(orgs)) {
    const full = [...new Set(orgs.filter((o) => o.startsWith(`${bare} `)))];
    if (full.length === 1) fullNames.set(bare, full[0]!);
  }
  d = { persons, fullNames, company: companies.size === 1 ? [...companies][0]! : null };
  perDocument.set(a, d);
  return d;
}

function tokens(text: string): string[] {
  return text.replace(/\s+/g, ' ').match(TOKEN) ?? [];
}

/** A person's name in the words of a source phrase, and the title words before it. */
function personIn(lex: SpeakerLexicon, ws: readonly string[], doc: DocumentSpeakers | null): { name: string; role: string } | null {
  const roleBefore = (i: number) =>
    ws
      .slice(0, i)
      .filter((x) => !DETERMINER.test(x) && !kindsOf(lex, x).has('honorific') && !/^(?:for|für|von|of)$/i.test(x))
      .join(' ');
  // A name the document gives in full elsewhere, where it stands in full here too.
  for (const full of doc?.persons.values() ?? []) {
    const parts = full.split(' ');
    for (let i = 0; i + parts.length <= ws.length; i++) {
      if (parts.every((p, k) => ws[i + k] === p)) return { name: full, role: roleBefore(i) };
    }
  }
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const first = lex.firstNames.has(w) && capital(ws[i + 1] ?? '') && !kindsOf(lex, ws[i + 1]!).size;
    const after = i > 0 && kindsOf(lex, ws[i - 1]!).has('honorific') && capital(w) && !kindsOf(lex, w).size;
    if (!first && !after && !(doc?.persons.has(w) && capital(w))) continue;
    let j = i + 1;
    while (j < ws.length && capital(ws[j]!) && !LEGAL_FORM.test(ws[j]!) && !kindsOf(lex, ws[j]!).size && !ws[j]!.startsWith('„')) j++;
    let name = ws.slice(i, j).join(' ');
    if (j - i === 1) {
      const full = doc?.persons.get(w);
      if (!full) continue;
      name = full;
    }
    return { name, role: roleBefore(i) };
  }
  return null;
}

/** A claim's source as the ledger names it, or null when the phrase names no person, organisation or outlet. */
export function sourceOf(c: ClaimJSON, a: AnalysisJSON): SourceRef | null {
  if (!c.source) return null;
  const lex = speakerLexicon(a.document.lang);
  const doc = documentSpeakers(a);
  const phrase = (c.source.name ?? c.source.text).replace(/\s+/g, ' ').trim();
  if (/^[„“"«»‚']/.test(phrase)) return null;
  const cut = phrase.search(/,\s|\s\(/);
  const main = cut > 0 ? phrase.slice(0, cut) : phrase;
  const apposition = cut > 0 ? phrase.slice(cut).replace(/^[,\s(]+|\)$/g, '') : '';
  const mainWords = tokens(main);
  const appoWords = tokens(apposition);
  const ref = (name: string, type: SourceType, role = ''): SourceRef => ({ name, key: keyOf(name), type, ...(role ? { role } : {}) });

  // A person: a first name and a surname, a form of address and a surname, or a surname the document names in full.
  const inMain = personIn(lex, mainWords, doc);
  if (inMain) return ref(inMain.name, 'person', inMain.role || roleOf(apposition));
  const inApposition = personIn(lex, appoWords, doc);
  if (inApposition) return ref(inApposition.name, 'person', roleOf(main));

  // The linked entity, where it is a person or an organisation named in the phrase (or a country that speaks).
  const e: EntityJSON | undefined = c.source.entity ? a.entities.find((x) => x.id === c.source!.entity) : undefined;
  const linked =
    e && (e.type === 'ORG' || (e.type === 'LOC' && e.mentions.some((m) => m.start <= c.source!.start + 4 && m.end >= c.source!.end - 4)));
  // An organisation whose head noun opens the phrase ("die Bürgerinitiative „Quelmtal bleibt“ …").
  const org = organisationIn(lex, mainWords);
  if (org) return org.generic ? null : ref(doc.fullNames.get(org.name) ?? org.name, org.outlet ? 'outlet' : 'organisation');
  // An outlet: a name with an apposition that calls it one, also where the tagger
  // calls it an organisation ("The Talblick-Rundschau, a regional newspaper").
  const named = mainWords.filter((w) => !DETERMINER.test(w));
  if (named.length > 0 && named.every(capital) && appoWords.some((w) => kindsOf(lex, w).has('outlet'))) return ref(named.join(' '), 'outlet');
  if (linked) return ref(e.name, 'organisation');

  // A company by its legal form, anywhere in the phrase ("A spokesperson for the dam's operator, Haldenfurt Wasserkraft GmbH").
  for (const ws of [mainWords, appoWords]) {
    const k = ws.findIndex((w) => LEGAL_FORM.test(w) && w !== 'Re');
    if (k > 0) {
      let s = k;
      while (s > 0 && capital(ws[s - 1]!) && !DETERMINER.test(ws[s - 1]!) && !kindsOf(lex, ws[s - 1]!).size) s--;
      if (s < k) return ref(ws.slice(s, k + 1).join(' '), 'organisation', ws === appoWords ? roleOf(main) : '');
    }
  }
  // "The operator", "das Unternehmen": the one company the document is about.
  if (named.length > 0 && named.length <= 2 && kindsOf(lex, named.at(-1)!).has('company') && doc.company) {
    return ref(doc.company, 'organisation', roleOf(main));
  }
  return null;
}

/** An organisation or outlet named by its head noun, with what follows it up to a break; generic alone. */
function organisationIn(lex: SpeakerLexicon, ws: readonly string[]): { name: string; outlet: boolean; generic: boolean } | null {
  let i = 0;
  while (i < ws.length && DETERMINER.test(ws[i]!)) i++;
  // The head: the first word of its kind within the opening words ("district fire service", "Das Landratsamt").
  for (let h = i; h < Math.min(ws.length, i + 4); h++) {
    const kinds = kindsOf(lex, ws[h]!);
    const isOrg = kinds.has('organisation');
    const isOutlet = kinds.has('outlet');
    if (!isOrg && !isOutlet) continue;
    // The name runs to the head and what continues it: a quoted name, "in <Place>".
    let end = h + 1;
    if (ws[end]?.startsWith('„') || ws[end]?.startsWith('"')) end++;
    else if (/^(?:in|of|des|der)$/i.test(ws[end] ?? '') && capital(ws[end + 1] ?? '') && !DETERMINER.test(ws[end + 1]!)) end += 2;
    const words = ws.slice(i, end);
    const generic = words.length === 1 && (lex.exact.get(words[0]!.toLowerCase())?.has('generic') ?? false);
    return { name: plainSourceName(ws.slice(0, end).join(' ')), outlet: isOutlet && !isOrg, generic };
  }
  return null;
}

/** A role as written, without articles and possessives ("Its managing director" → "Managing director"). */
function roleOf(text: string): string {
  const t = tokens(text.split(/,\s/)[0] ?? '')
    .filter((w) => !DETERMINER.test(w))
    .join(' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

const LEADING_DETERMINER = /^(?:der|die|das|dem|den|des|the|a|an)\s+/i;

/**
 * A source phrase as a name: without its leading article and apposition, a German genitive undone, so that
 * "des Landratsamts", "dem Landratsamt" and "Das Landratsamt" are one source.
 */
export function plainSourceName(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim();
  const comma = t.indexOf(', ');
  if (comma > 1) t = t.slice(0, comma);
  const det = LEADING_DETERMINER.exec(t);
  if (det) {
    const genitive = /^des\s/i.test(det[0]);
    t = t.slice(det[0].length);
    if (genitive && /\p{Ll}{3,}e?s$/u.test(t)) t = t.replace(/e?s$/, '');
  }
  return t.charAt(0).toUpperCase() + t.slice(1);
}
