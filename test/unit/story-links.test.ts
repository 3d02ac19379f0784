import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { linkedTopics, MIN_SHARED_ENTITIES } from '../../src/stories/links.js';

describe('stories: topics of the same thing across stories', () => {
  const war1 = { id: 1, entities: ['ua', 'ru', 'kyiv', 'zelensky'], topicKeys: ['person|kill|ua', 'person|evacuate|ua'] };
  const war2 = { id: 4, entities: ['ua', 'ru', 'kharkiv'], topicKeys: ['person|kill|ua', 'building|destroy|ua'] };
  const flood = { id: 7, entities: ['de', 'arnsbach', 'velmar'], topicKeys: ['person|evacuate|ua'] };
  const other = { id: 9, entities: ['ua', 'lviv'], topicKeys: ['person|kill|ua'] };

  test('the same topic key in two stories that share leading entities is one thread', () => {
    assert.ok(MIN_SHARED_ENTITIES >= 2);
    assert.deepEqual([...linkedTopics(war1, [war2, flood, other])], [['person|kill|ua', [4]]]);
  });

  test('a shared key without shared entities, or shared entities without the key, links nothing', () => {
    // flood has the key person|evacuate|ua but no entity of war1; other shares only one entity.
    assert.equal(linkedTopics(war1, [flood, other]).size, 0);
    assert.equal(linkedTopics(war2, [{ ...war1, topicKeys: ['person|injure|ua'] }]).size, 0);
  });

  test('a story is not linked to itself', () => {
    assert.equal(linkedTopics(war1, [war1]).size, 0);
  });
});
