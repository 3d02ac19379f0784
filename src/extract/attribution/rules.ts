import type { CueForm, CueFrame } from '../claims-lexicon.js';
import type { Claim, Stance } from '../types.js';
import type { Ctx, Draft } from './context.js';

/** Where a noun-phrase walk stands (npForward in ./phrases.ts): the next token, whether a head was seen, its end. */
export interface NpState {
  j: number;
  head: boolean;
  last: number;
  /** Whether the previous token opened (or modified) a noun phrase, so an adjective may follow. */
  open: boolean;
}

/** What a language step of the noun-phrase walk did: took token(s) and goes on, ends the phrase, or leaves the token to the engine. */
export type NpStep = 'next' | 'stop' | 'other';

/** A speaker and cue found next to a quotation. */
export interface QuoteCue {
  cue: number[][];
  source: [number, number];
  stance: Stance;
  end: number;
}

/** A cue verb being attributed by the verb rules (./verbs.ts), handed to a language's own verb rules. */
export interface VerbSite {
  si: number;
  v: number;
  sA: number;
  sB: number;
  limit: number;
  particle: number;
  afterCue: number;
  passive: boolean;
  form: CueForm;
  info: { stance: Stance; frames: CueFrame[] };
  cue: number[][];
}

/**
 * One language's attribution rules: the places where German and English grammar differ. The engine
 * (quotes.ts, verbs.ts, phrase-cues.ts, engine.ts) calls these and holds no rule of either language.
 */
export interface LanguageRules {
  /** A cue word right after a determiner is a noun ("the report claimed"). */
  nounAfterDeterminer: boolean;
  /** A verb after a relative pronoun that is also a determiner which is still a verb ("a statement that said …"). */
  relativeVerb?(c: Ctx, i: number): boolean;
  /** A verb after a determiner that is also an object pronoun ("Anyone who met her says …"): still a verb. */
  verbAfterDeterminer?(c: Ctx, i: number): boolean;
  /** Optional: forms that are no cue word at token i where they stand (English verbs that speak only through a quotation, away from one). */
  cueFormsAway?(c: Ctx, i: number, forms: readonly CueForm[]): boolean;
  /** An apposition after a comma may be a whole noun phrase of its own ("X, der Minister, …"). */
  nestedApposition: boolean;
  /** A quotation that carries on the last direct quote joins that claim as a further part (else it is a claim of its own). */
  joinQuoteContinuation: boolean;
  /** A cue verb that closes the sentence after a comma is tried before the verbs of its statement. */
  finalCueFirst: boolean;
  /** With finalCueFirst: a final cue with a noun phrase after it is read first only when it is a verb of telling (that phrase its listener). */
  listenerOnlyAfterTell?: boolean;
  /** With finalCueFirst, optional: whether [a, b] after the final cue at v says only when, where or how it was said (", he said Wednesday."), so the cue is still read first. */
  finalCueTrailer?(c: Ctx, v: number, a: number, b: number): boolean;
  /** With finalCueFirst, optional: whether [a, v) before the final cue is its speaker with a post-modifier (", two people familiar with the talks said."), which the noun-phrase walk does not take. */
  finalCueSpeaker?(c: Ctx, a: number, v: number): boolean;
  /** Optional: whether the word at k is a participle opening a clause of its own ("…, he said, adding …"; default: none). */
  participle?(c: Ctx, k: number): boolean;
  /** A verb taking an object or a preposition: the preposition right after it joins the cue ("called for X"). */
  prepositionRightAfterObjectVerb: boolean;
  /** Punctuation (beyond a spaced dash) that ends a content after its cue. */
  contentStops: ReadonlySet<string>;
  /** English leaves out "that" after an unattributed phrase, so a "that" there is not content. */
  dropThatAfterPhrase: boolean;
  /** The language's step of the noun-phrase walk at `st.j` (phrase started at `i`). */
  npStep(c: Ctx, st: NpState, i: number, limit: number): NpStep;
  /** Optional: a time at j inside a noun phrase before an attributive participle ("einer am Dienstag veröffentlichten Studie"): the token after the time, or -1 (default: a time ends the phrase). */
  timeInPhrase?(c: Ctx, j: number, limit: number): number;
  /** The subject before a verb at v within [a, v). */
  subjectBefore(c: Ctx, a: number, v: number): [number, number] | null;
  /** Right after a closing quote (and its comma), at k: a speaker phrase without a cue verb ("so X"), tried first. */
  quoteCueFirst(c: Ctx, k: number, limit: number): QuoteCue | null;
  /** Whether the cue word at k after a closing quote may have its speaker after it ('"…," said X'); default yes. */
  invertsAfterQuote?(c: Ctx, k: number): boolean;
  /** … and after the verb reading failed ('"…," the minister said'). */
  quoteCueLast(c: Ctx, k: number, limit: number): QuoteCue | null;
  /** Speaker and cue in the sentence after a quotation that closes its own, at k (optional; `find` is the cue reading; the shared rule after "?"/"!" applies when it finds none). */
  quoteAcross?(c: Ctx, open: number, close: number, k: number, find: (c: Ctx, k: number) => QuoteCue | null): QuoteCue | null;
  /** Speaker and cue in a sentence of their own before a quotation at `open` ("X said in a statement. “…”"; optional: none). */
  /** A quotation that names something ("ABC’s “Good Morning America”") and is no statement (optional: none). */
  quoteIsName?(c: Ctx, open: number, close: number): boolean;
  /** Whether a cue after a quotation that ends at `end` with the preposition of its topic still closes the sentence's statement ('… ,” Smith said of the plan.'). */
  cueTopicCloses?(c: Ctx, end: number): boolean;
  /** Optional: whether the cue word at v before a colon and a quotation may introduce it (default yes; English: a verb whose frames do not hold there may not, "went even further:"). */
  quoteCueWord?(c: Ctx, v: number): boolean;
  /** Optional: a later verb of saying coordinated with the first cue verb v before a quotation at `open` ("confirmed X and said, “…”"), which is the quotation's cue; -1 for none. */
  quoteCoordinatedCue?(c: Ctx, v: number, open: number): number;
  /** Optional: where the segment before a colon and a quotation, found to start at a, really starts (English: before an adjunct fronted inside a report, "X said that if …, C: “…”"); a when it does not move. */
  quoteSegmentStart?(c: Ctx, a: number, sA: number): number;
  /** Optional: where the statement starts when the cue verb v before a colon and the quotation at `open` takes a clause first ("X said she had warned them: “…”": the clause and the quotation are one content); -1 for none. */
  quoteClauseLead?(c: Ctx, v: number, open: number): number;
  quoteLead?(c: Ctx, open: number): { cue: number[][]; source: [number, number]; stance: Stance } | null;
  /** What follows a cue after a quotation up to the sentence end ('"…," X said in a statement.'): grows the cue or source in place. */
  quoteTrailer(c: Ctx, found: QuoteCue): void;
  /** Optional: whether the words a to b between a cue after a quotation and the comma before a second quotation are an adjunct of the same act, so that the second part carries on the statement ('"A," he said of the plan, "B."'). */
  splitQuoteGap?(c: Ctx, a: number, b: number): boolean;
  /** A clause ending in a colon before a quotation, with no known verb: its subject speaks. */
  colonSpeaker(c: Ctx, a: number, open: number): { cue: number[][] | null; source: [number, number]; stance: Stance } | null;
  /** The part of [a, b] before a cue that is the statement ("C, sagte X"). */
  preposedContent(c: Ctx, a: number, b: number): [number, number] | null;
  /** A cue word that is no speech act where it stands ("besser als erwartet"). */
  notACue(c: Ctx, v: number, sA: number, sB: number): boolean;
  /** Optional: a separable verb's particle written before the verb that ends its clause ("wie X bekannt gab"), or -1. */
  particleBefore?(c: Ctx, v: number, particle: string): number;
  /** Verb rules tried before the shared ones; true when a claim was made. */
  verbFirst(c: Ctx, site: VerbSite): boolean;
  /** Whether a source after the cue ("…, said X") may stand where it ends. */
  invertedSourceOk(c: Ctx, src: [number, number], sB: number): boolean;
  /** Optional: the speaker of a cue verb at v with no subject before it, given the noun phrase src right after it (English: that phrase only after a verb of saying, en-inversion.ts); null for none. */
  speakerAfterVerb?(c: Ctx, v: number, src: [number, number], sB: number): [number, number] | null;
  /** Where an inverted source ends when an apposition or relative clause of the speaker closes the sentence ("…, said X, a professor at Y."). */
  invertedSourceEnd?(c: Ctx, src: [number, number], sB: number): number;
  /** Verb rules tried after the content-before rule; true when a claim was made. */
  verbAfterPreposed(c: Ctx, site: VerbSite): boolean;
  /** Auxiliaries and adverbs at the start of the verb's clause belong to no subject. */
  skipAuxBeforeVerb: boolean;
  /** The agent of a passive cue in [clauseA, v), or null. */
  passiveAgent(c: Ctx, clauseA: number, v: number): [number, number] | null;
  /** Where the content after the cue starts (-1: none), `after` being the first token past cue and speaker. */
  contentStart(c: Ctx, site: VerbSite, after: number): number;
  /** Optional: whether the topic of a reported cue that starts at `start` stops before token e (a further speech act, a comment on it). */
  topicStop?(c: Ctx, e: number, end: number, start: number): boolean;
  /** Optional: the topic of a reported cue within [a, b] without what is no topic (a time, an adverb); null: no topic (default: trimmed). */
  topicSpan?(c: Ctx, site: VerbSite, a: number, b: number): [number, number] | null;
  /** Where a content after the cue that may run to `end` ends (`end` itself when nothing closes it earlier). */
  contentEnd(c: Ctx, site: VerbSite, start: number, end: number, src: [number, number]): number;
  /** Whether [a, b] after the cue is a statement (a clause), not some other complement. */
  clauseOk(c: Ctx, content: [number, number], site: VerbSite): boolean;
  /** Optional: whether a content after the cue shorter than three tokens is a statement ("said no", "said so"). */
  shortContent?(c: Ctx, content: [number, number], site: VerbSite): boolean;
  /** Language-only cue words in the clause of a cue ("wie X mitteilte"): tokens to add to the cue. */
  cueExtras(c: Ctx, v: number, clauseA: number, set: Set<number>): void;
  /** A statement noun with a preposition at i ("nach Angaben von X"); true when a claim was made. */
  statementPhrase(c: Ctx, si: number, i: number, sA: number, sB: number, limit: number): boolean;
  /**
   * Optional: the place an impersonal cue at i..last names as the source ("In dem Bericht heißt es", "hieß es
   * bei der Agentur"), and where the content then starts when the place follows the cue.
   */
  saidIn?(c: Ctx, i: number, last: number, sA: number, sB: number): { source: [number, number]; contentFrom?: number } | null;
  /** Optional: whether a referential cue at i opening its sentence ("Demnach", "Danach") attributes the rest [a, b] (default: yes). */
  referenceOk?(c: Ctx, i: number, a: number, b: number): boolean;
  /** Optional: claims made before the direct-quote rules, over the whole document (English quotations signed after a dash). */
  beforeQuotes?(c: Ctx): void;
  /** Optional: rules tried on sentence si before its verbs (English speech nouns with a that-clause). */
  beforeVerbs?(c: Ctx, si: number): void;
  /** Whether the sentence starting at token `first` opens with an attribution phrase to be read first. */
  opensWithAttribution(c: Ctx, first: number): boolean;
  /** A sentence without a cue that carries on the last speaker. */
  continuation(c: Ctx, si: number): void;
  /** Whether sentence si is a headline in title case, whose capitalized words may be cue verbs (optional: never). */
  titleCaseLine?(c: Ctx, si: number): boolean;
  /**
   * Optional: where the statement around a phrase cue inside the clause [ca, …] starts when that clause is no whole
   * one (German verb-second: "Das Gesetz, das …, verstößt nach Ansicht X gegen …" starts at the sentence's subject).
   */
  phraseClauseStart?(c: Ctx, ca: number, sA: number): number;
  /** Where the speaker of a phrase cue ("according to X") that starts at s and whose noun phrase ends at e really ends (optional: e). */
  sourceAfterPhraseEnd?(c: Ctx, i: number, s: number, e: number, sB: number): number;
  /** Optional: a last pass over each claim's spans, after all rules ran (the language's span conventions). */
  tidySpans?(c: Ctx, d: Draft): void;
  /** Optional: claims inside other claims' contents ("X said Y accused Z of …"), after all sentence rules ran. */
  nested?(c: Ctx): void;
  /** Source-chain links of the language beyond the lexicon's phrases ("die sich auf X stützen"). */
  extraVia(c: Ctx, sA: number, sB: number, out: Claim['via']): void;
}
