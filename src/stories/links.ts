/**
 * Topics of the same thing across stories: a war's casualties reported as several stories over months are
 * one thread when the topic key agrees in full (what is counted, what happens to it, where: class|predicate|
 * origin) and the two stories share at least MIN_SHARED_ENTITIES of their leading entities. The ledger per
 * story stays per story (a topic never mixes events); the link is shown beside it, not merged into it, so a
 * reader sees "the same count in S4 and S9" without two floods' evacuees being added up.
 */

/** Leading entities two stories must share for their topics with the same key to be linked. */
export const MIN_SHARED_ENTITIES = 2;

export interface StoryTopicKeys {
  id: number;
  /** The story's leading entity keys (the heaviest of its centroid). */
  entities: readonly string[];
  /** The story's full topic keys (class|predicate|origin). */
  topicKeys: readonly string[];
}

/** For each topic key of `story`, the other stories whose topic of the same key is the same thread. */
export function linkedTopics(story: StoryTopicKeys, others: readonly StoryTopicKeys[]): Map<string, number[]> {
  const mine = new Set(story.entities);
  const out = new Map<string, number[]>();
  for (const o of others) {
    if (o.id === story.id) continue;
    let shared = 0;
    for (const e of new Set(o.entities)) if (mine.has(e)) shared++;
    if (shared < MIN_SHARED_ENTITIES) continue;
    const theirs = new Set(o.topicKeys);
    for (const k of story.topicKeys) if (theirs.has(k)) out.set(k, [...(out.get(k) ?? []), o.id]);
  }
  for (const ids of out.values()) ids.sort((x, y) => x - y);
  return out;
}
