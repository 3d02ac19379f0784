/**
 * The German source details of `eval spkatt`'s error groups (collected as for `eval polnear`, in
 * attribution-errors.ts): the source groups split by the German words that make the difference (articles,
 * appositions, coordination, pronouns, relative pronouns, prepositional attributes, names and titles).
 */
import { ErrorGroups, type AttributionErrors, type SourceDetail } from './attribution-errors.js';

export type SpkAttErrors = AttributionErrors;

const ARTICLE = /^(der|die|das|des|dem|den|ein|eine|einer|eines|einem|einen)$/;
const PRONOUN = /^(er|sie|es|man|ihr|ihre|ihrer|ihren|sein|seine|seiner|seinen|dieser|diese)$/;
const RELATIVE = /^(der|die|das|denen|dessen|deren|welche|welcher|welches)$/;
const PREPOSITION = /^(von|vom|aus|für|in|im|bei|beim|am|an|auf|zu|zur|zum|mit|über|gegenüber)$/;

/** Why a source is shorter or longer than gold: the words in the difference. */
const sourceDetail: SourceDetail = (words, e, gold) => {
  if (e.group === 'disjoint' && gold.length === 1 && RELATIVE.test(words[gold[0]!]!.toLowerCase())) return 'disjoint: relative pronoun';
  if (e.group !== 'ours shorter' && e.group !== 'ours longer') return e.group;
  const diff = (e.group === 'ours shorter' ? e.fn : e.fp).map((i) => words[i]!);
  const lower = diff.map((x) => x.toLowerCase());
  const why = lower.includes(',')
    ? 'apposition'
    : lower.some((x) => x === 'und' || x === 'oder' || x === 'sowie')
      ? 'coordination'
      : lower.every((x) => ARTICLE.test(x))
        ? 'article'
        : lower.some((x) => PRONOUN.test(x))
          ? 'pronoun'
          : PREPOSITION.test(lower[0]!)
            ? 'prepositional attribute'
            : diff.every((x) => /^[\p{Lu}(„“"]/u.test(x))
              ? 'name or title'
              : 'other words';
  return `${e.group}: ${why}`;
};

/** Collects the error groups of one SpkAtt split, document by document (German source details). */
export class SpkAttErrorGroups extends ErrorGroups {
  constructor() {
    super(sourceDetail);
  }
}
