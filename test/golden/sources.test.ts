import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { sourceOf } from '../../src/ledger/source-name.js';
import { repoPath } from '../helpers.js';

/**
 * Who speaks in the example corpus (examples/, written for the project), as a careful reader lists them: every
 * named person, organisation and outlet once, under one key whatever the title or form of the name ("Landrätin
 * Dr. Henrike Assmann-Vogt", "District Administrator Henrike Assmann-Vogt"), and nothing that is not a speaker
 * ("Schätzungen", "ihren Angaben", "The denial follows", a quotation, "experts"). The list is written by hand
 * from the articles, not copied from our output.
 */
const EXPECTED: [key: string, type: string][] = [
  ['almut-gerstlauer', 'person'],
  ['bernd-laxhuber', 'person'],
  ['buergerinitiative-quelmtal-bleibt', 'organisation'],
  ['daniel-ashworth', 'person'],
  ['district-administration', 'organisation'],
  ['district-authority', 'organisation'],
  ['district-fire-service', 'organisation'],
  ['gisela-hombach', 'person'],
  ['haldenfurt-wasserkraft-gmbh', 'organisation'],
  ['henrike-assmann-vogt', 'person'],
  ['joerg-pelzenhauer', 'person'],
  ['konstantin-reuffel', 'person'],
  ['kreisfeuerwehr', 'organisation'],
  ['landratsamt', 'organisation'],
  ['polizei', 'organisation'],
  ['regional-government-in-kelmstadt', 'organisation'],
  ['selin-karadag-weiss', 'person'],
  ['talblick-rundschau', 'outlet'],
  ['tobias-renner', 'person'],
  ['uwe-tannhaeuser', 'person'],
];

describe('golden: the sources of the example corpus', () => {
  const found = new Map<string, Set<string>>();
  const roles = new Map<string, Set<string>>();
  for (const f of readdirSync(repoPath('examples')).filter((x) => x.endsWith('.txt'))) {
    const lang = f.includes('-en-') ? 'en' : 'de';
    const a = toAnalysis(analyze({ text: readFileSync(repoPath('examples', f), 'utf8'), lang }));
    for (const c of a.claims) {
      const s = sourceOf(c, a);
      if (!s) continue;
      found.set(s.key, new Set([...(found.get(s.key) ?? []), s.type ?? '?']));
      if (s.role) roles.set(s.key, new Set([...(roles.get(s.key) ?? []), s.role]));
    }
  }

  test('lists exactly the real speakers, one key each, with their type', () => {
    const got = [...found].map(([k, types]) => `${k} ${[...types].join('/')}`).sort();
    assert.deepEqual(got, EXPECTED.map(([k, t]) => `${k} ${t}`).sort());
  });

  test('a title is the role of a person, not the person', () => {
    assert.ok(roles.get('henrike-assmann-vogt')?.has('Landrätin'), `roles: ${[...(roles.get('henrike-assmann-vogt') ?? [])].join(', ')}`);
    assert.ok(!found.has('landraetin'));
    assert.ok(roles.get('joerg-pelzenhauer')?.has('Kreisbrandmeister'));
  });
});
