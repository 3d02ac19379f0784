/**
 * Stories: articles about the same event, found by single-pass online clustering with time decay (the scheme
 * of event-registry-style news streams — Leban et al., "Event Registry", WWW 2014 — and of Miranda et al.,
 * "Multilingual Clustering of Streaming News", EMNLP 2018): each new document is compared with the centroids
 * of the stories active around its date and joins the most similar one when the similarity clears a threshold,
 * else it opens a new story. Nothing is ever re-clustered, so a store grows one document at a time.
 *
 * Similarity is the cosine of tf-idf vectors over language-neutral features (src/stories/features.ts: entity
 * keys, names, figures, topic keys), the idf counted over the documents seen so far, multiplied by a decay
 * that halves every `halfLifeDays` of distance between the document's date and the story's date range — a
 * window that follows the story rather than a calendar bucket, so a fire reported over a month stays one story.
 *
 * Order: a batch is assigned in date order (then by id), so the same batch gives the same stories whatever
 * order its files came in. Across batches, a later batch with older documents can only join or open stories;
 * it never moves a document already assigned.
 */
import type { Features, StoryDocument } from './features.js';

export interface StoryState {
  id: number;
  first: string | null;
  last: string | null;
  size: number;
  /** Sum of the members' feature vectors, pruned to the strongest `keep` features. */
  centroid: Features;
  title: string | null;
}

export interface ClusterOptions {
  /** Least decayed cosine similarity for a document to join a story. */
  threshold: number;
  halfLifeDays: number;
  /** Stories whose date range is farther than this from the document's date are not considered. */
  maxGapDays: number;
  /** Features kept per story centroid. */
  keep: number;
  /** Features in more than this share of the documents are ignored (from MIN_DOCS_FOR_MAX_DF documents on). */
  maxDf: number;
}

const MIN_DOCS_FOR_MAX_DF = 20;

export const DEFAULT_CLUSTER_OPTIONS: ClusterOptions = { threshold: 0.12, halfLifeDays: 14, maxGapDays: 60, keep: 400, maxDf: 0.3 };

export interface Assignment {
  document: string;
  story: number;
  score: number;
  opened: boolean;
}

const DAY = 86_400_000;
const day = (iso: string | null) => (iso === null ? null : Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso) / DAY);
/** Features that only meet within one language (content words). */
const WITHIN_LANGUAGE = /^w:/;
/** Only names and entities are used to find candidate stories; they are what events share least. */
const INDEXED = /^[en]:/;

export class StoryClusterer {
  readonly stories = new Map<number, StoryState>();
  /** Document frequency of each feature; the store passes its own map and fills it as features come up. */
  readonly df: Map<string, number>;
  documents = 0;
  private nextId = 1;
  private readonly index = new Map<string, Set<number>>();
  readonly options: ClusterOptions;

  /**
   * `state.df` is used as it is, not copied. `state.nextId` is the first id no stored story has: `stories` holds
   * only the stories within reach, and a new story must not take the id of an older one outside the window.
   */
  constructor(options: Partial<ClusterOptions> = {}, state?: { stories: StoryState[]; df: Map<string, number>; documents: number; nextId?: number }) {
    this.options = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
    if (state) {
      for (const s of state.stories) {
        this.stories.set(s.id, s);
        this.indexStory(s);
        this.nextId = Math.max(this.nextId, s.id + 1);
      }
      this.documents = state.documents;
      if (state.nextId !== undefined) this.nextId = Math.max(this.nextId, state.nextId);
    }
    this.df = state?.df ?? new Map();
  }

  /** Assigns a batch in date order (then id order): the result does not depend on the order given. */
  assignBatch(docs: readonly StoryDocument[]): Assignment[] {
    const sorted = [...docs].sort((x, y) => (x.published ?? '9999').localeCompare(y.published ?? '9999') || x.id.localeCompare(y.id));
    return sorted.map((d) => this.assign(d));
  }

  /** Joins the document to the most similar active story, or opens a new one. */
  assign(doc: StoryDocument): Assignment {
    this.documents++;
    for (const k of doc.features.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
    // Smoothed idf; a feature in more than `maxDf` of the documents (boilerplate, the country, "said") weighs
    // nothing once there are enough documents to tell (the max_df cut of common text vectorizers). A name or
    // entity must also be spread over stories (in two or more, and more than `maxDf` of those in play): the
    // names of the one event a young store reports are in most of its documents, and are what holds it together.
    const n = this.documents;
    const idf = (k: string) => {
      const df = this.df.get(k) ?? 0;
      return n >= MIN_DOCS_FOR_MAX_DF && df / n > this.options.maxDf && this.spread(k) ? 0 : Math.log((n + 1) / (df + 1)) + 1;
    };
    const weighted = new Map<string, number>();
    let norm = 0;
    let neutralNorm = 0;
    for (const [k, w] of doc.features) {
      const x = w * idf(k);
      weighted.set(k, x);
      norm += x * x;
      if (!WITHIN_LANGUAGE.test(k)) neutralNorm += x * x;
    }
    norm = Math.sqrt(norm);
    neutralNorm = Math.sqrt(neutralNorm);
    const when = day(doc.published);
    let best: { story: StoryState; score: number } | null = null;
    for (const s of this.candidates(doc.features)) {
      const gap = this.gap(s, when);
      if (gap > this.options.maxGapDays) continue;
      // Two cosines: over all features, and over the language-neutral ones alone (words meet only within a
      // language, so between a German and an English report they are noise); the better one counts.
      let dot = 0;
      let cnorm = 0;
      let neutralDot = 0;
      let neutralCnorm = 0;
      for (const [k, w] of s.centroid) {
        const x = w * idf(k);
        const y = weighted.get(k);
        cnorm += x * x;
        if (y !== undefined) dot += x * y;
        if (WITHIN_LANGUAGE.test(k)) continue;
        neutralCnorm += x * x;
        if (y !== undefined) neutralDot += x * y;
      }
      const cos = (d: number, a: number, b: number) => (d === 0 || a === 0 || b === 0 ? 0 : d / (a * Math.sqrt(b)));
      const similarity = Math.max(cos(dot, norm, cnorm), cos(neutralDot, neutralNorm, neutralCnorm));
      if (similarity === 0) continue;
      const score = similarity * 0.5 ** (gap / this.options.halfLifeDays);
      if (!best || score > best.score || (score === best.score && s.id < best.story.id)) best = { story: s, score };
    }
    if (best && best.score >= this.options.threshold) {
      this.join(best.story, doc);
      return { document: doc.id, story: best.story.id, score: best.score, opened: false };
    }
    const s: StoryState = { id: this.nextId++, first: doc.published, last: doc.published, size: 0, centroid: new Map(), title: doc.title };
    this.stories.set(s.id, s);
    this.join(s, doc);
    return { document: doc.id, story: s.id, score: best?.score ?? 0, opened: true };
  }

  /** Whether a feature is spread over stories: not a name or entity, or one in two or more and over `maxDf` of the stories. */
  private spread(k: string): boolean {
    if (!INDEXED.test(k)) return true;
    const in_ = this.index.get(k)?.size ?? 0;
    return in_ >= 2 && in_ > this.options.maxDf * this.stories.size;
  }

  private candidates(features: Features): StoryState[] {
    const ids = new Set<number>();
    for (const k of features.keys()) {
      if (!INDEXED.test(k)) continue;
      for (const id of this.index.get(k) ?? []) ids.add(id);
    }
    return [...ids].map((id) => this.stories.get(id)!);
  }

  /** Days between a date and a story's date range (0 inside it or when either has no date). */
  private gap(s: StoryState, when: number | null): number {
    const first = day(s.first);
    const last = day(s.last);
    if (when === null || first === null || last === null) return 0;
    return when < first ? first - when : when > last ? when - last : 0;
  }

  private join(s: StoryState, doc: StoryDocument): void {
    s.size++;
    if (doc.published !== null) {
      if (s.first === null || doc.published < s.first) s.first = doc.published;
      if (s.last === null || doc.published > s.last) s.last = doc.published;
    }
    for (const [k, w] of doc.features) s.centroid.set(k, (s.centroid.get(k) ?? 0) + w);
    if (s.centroid.size > this.options.keep) {
      const kept = [...s.centroid].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).slice(0, this.options.keep);
      s.centroid = new Map(kept);
    }
    this.indexStory(s);
  }

  private indexStory(s: StoryState): void {
    for (const k of s.centroid.keys()) {
      if (!INDEXED.test(k)) continue;
      const set = this.index.get(k) ?? new Set<number>();
      set.add(s.id);
      this.index.set(k, set);
    }
  }
}
