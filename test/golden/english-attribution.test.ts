/**
 * English attribution: golden cases written for this project (no third-party text). Each case names the
 * claims a careful reader sees: kind, speaker, cue and content (exact substrings), and where it matters the
 * stance, certainty and source chain. A case passes when every expected claim is found with these values and
 * there is no other claim.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/analysis/analyze.js';
import { toAnalysis } from '../../src/analysis/format.js';
import { joined, validateAnalysis } from '../helpers.js';

interface Expected {
  kind: string;
  source: string | null;
  cue?: string | null;
  content: string;
  stance?: string;
  certainty?: string | null;
  via?: { text: string; relation: string };
}

const CASES: { text: string; claims: Expected[] }[] = [
  {
    // An apposition, then an auxiliary before the verb: the subject ends before the auxiliary.
    text: 'Its director, Anna Berg, has said that the dam was safe.',
    claims: [{ kind: 'indirect', source: 'Its director, Anna Berg', cue: 'has said', content: 'the dam was safe' }],
  },
  {
    // A relative clause between the subject and the verb belongs to the subject's phrase, not the speaker's name.
    text: 'The agency that monitors the river on weekdays said on Monday that levels were falling.',
    claims: [{ kind: 'indirect', source: 'The agency', cue: 'said', content: 'levels were falling' }],
  },
  {
    text: 'The Harbour Safety Board (HSB) said the pier had been closed since Tuesday.',
    claims: [{ kind: 'indirect', source: 'The Harbour Safety Board (HSB)', cue: 'said', content: 'the pier had been closed since Tuesday' }],
  },
  {
    text: 'The mayor said the bridge would reopen in May.',
    claims: [{ kind: 'indirect', source: 'The mayor', cue: 'said', content: 'the bridge would reopen in May' }],
  },
  {
    text: 'The ministry said that 1,200 people had been evacuated.',
    claims: [{ kind: 'indirect', source: 'The ministry', cue: 'said', content: '1,200 people had been evacuated' }],
  },
  {
    // The apposition belongs to the speaker's phrase, as it does before the verb ("Its director, Anna Berg, has said").
    text: '"We are doing everything we can," said Maria Lopez, the head of the rescue service.',
    claims: [{ kind: 'direct', source: 'Maria Lopez, the head of the rescue service', cue: 'said', content: 'We are doing everything we can' }],
  },
  {
    text: '"The water is still rising," the fire chief said.',
    claims: [{ kind: 'direct', source: 'the fire chief', cue: 'said', content: 'The water is still rising' }],
  },
  {
    text: 'The governor told reporters that the damage exceeded $2 billion.',
    claims: [{ kind: 'indirect', source: 'The governor', cue: 'told', content: 'the damage exceeded $2 billion' }],
  },
  {
    text: 'The company denied that it had ignored the warnings.',
    claims: [{ kind: 'indirect', source: 'The company', cue: 'denied', content: 'it had ignored the warnings', stance: 'deny' }],
  },
  {
    text: 'The agency denied the allegations on Monday.',
    claims: [{ kind: 'reported', source: 'The agency', cue: 'denied', content: 'the allegations', stance: 'deny' }],
  },
  {
    text: 'According to the coast guard, three fishermen are still missing.',
    claims: [{ kind: 'indirect', source: 'the coast guard', cue: 'According to', content: 'three fishermen are still missing' }],
  },
  {
    text: 'Three fishermen are still missing, according to the coast guard.',
    claims: [{ kind: 'indirect', source: 'the coast guard', cue: 'according to', content: 'Three fishermen are still missing' }],
  },
  {
    text: 'Analysts estimated that the strike cost the airline about $40m.',
    claims: [{ kind: 'indirect', source: 'Analysts', cue: 'estimated', content: 'the strike cost the airline about $40m', stance: 'estimate' }],
  },
  {
    text: 'The union warned that further strikes were likely.',
    claims: [{ kind: 'indirect', source: 'The union', cue: 'warned', content: 'further strikes were likely', stance: 'warn' }],
  },
  {
    text: 'The minister confirmed that talks had resumed.',
    claims: [{ kind: 'indirect', source: 'The minister', cue: 'confirmed', content: 'talks had resumed', stance: 'confirm' }],
  },
  {
    text: 'Police said the suspect had apparently fled across the border.',
    claims: [{ kind: 'indirect', source: 'Police', cue: 'said', content: 'the suspect had apparently fled across the border', certainty: 'probable' }],
  },
  {
    text: 'The newspaper, citing two officials, reported that the plan had been shelved.',
    claims: [
      {
        kind: 'indirect',
        source: 'The newspaper',
        cue: 'reported',
        content: 'the plan had been shelved',
        via: { text: 'two officials', relation: 'based_on' },
      },
    ],
  },
  {
    text: 'The election was postponed, the commission said.',
    claims: [{ kind: 'indirect', source: 'the commission', cue: 'said', content: 'The election was postponed' }],
  },
  {
    text: 'The talks will continue next week, said a spokesperson for the foreign ministry.',
    claims: [{ kind: 'indirect', source: 'a spokesperson for the foreign ministry', cue: 'said', content: 'The talks will continue next week' }],
  },
  {
    text: 'Jonas Berg, a spokesman for the port authority, said the ships would be inspected.',
    claims: [{ kind: 'indirect', source: 'Jonas Berg, a spokesman for the port authority', cue: 'said', content: 'the ships would be inspected' }],
  },
  {
    text: 'She added that the budget had been cut twice.',
    claims: [{ kind: 'indirect', source: 'She', cue: 'added', content: 'the budget had been cut twice' }],
  },
  {
    text: 'The report claimed that 30 percent of the funds were missing.',
    claims: [{ kind: 'indirect', source: 'The report', cue: 'claimed', content: '30 percent of the funds were missing' }],
  },
  {
    text: 'Officials warned of flooding along the coast.',
    claims: [{ kind: 'reported', source: 'Officials', cue: 'warned of', content: 'flooding along the coast', stance: 'warn' }],
  },
  {
    text: 'The court acknowledged that mistakes had been made.',
    claims: [{ kind: 'indirect', source: 'The court', cue: 'acknowledged', content: 'mistakes had been made', stance: 'confirm' }],
  },
  {
    text: 'The president insisted the economy was strong.',
    claims: [{ kind: 'indirect', source: 'The president', cue: 'insisted', content: 'the economy was strong' }],
  },
  {
    text: 'Experts believe the virus may have spread earlier.',
    claims: [{ kind: 'indirect', source: 'Experts', cue: 'believe', content: 'the virus may have spread earlier', stance: 'speculate', certainty: 'possible' }],
  },
  {
    text: 'The rebels reportedly seized the airport.',
    claims: [{ kind: 'unattributed', source: null, cue: 'reportedly', content: 'The rebels reportedly seized the airport' }],
  },
  {
    text: 'It is understood that the board will meet on Friday.',
    claims: [{ kind: 'unattributed', source: null, cue: 'It is understood', content: 'the board will meet on Friday' }],
  },
  {
    text: 'The operator dismissed the report as speculation.',
    claims: [{ kind: 'reported', source: 'The operator', cue: 'dismissed', content: 'the report as speculation', stance: 'deny' }],
  },
  {
    text: '"It was a mistake," he said. "We should have acted sooner."',
    // One statement in two quotations: one claim in two parts.
    claims: [{ kind: 'direct', source: 'he', cue: 'said', content: 'It was a mistake We should have acted sooner.' }],
  },
  {
    text: 'The airline said on Tuesday that all flights had been cancelled.',
    claims: [{ kind: 'indirect', source: 'The airline', cue: 'said', content: 'all flights had been cancelled' }],
  },
  {
    text: 'Witnesses told the BBC that they heard two explosions.',
    claims: [{ kind: 'indirect', source: 'Witnesses', cue: 'told', content: 'they heard two explosions' }],
  },
  {
    // The speaker speaks for the adverbial clause too (round 15, spec 4: en-clause-asides.ts); the parts joined by a space.
    text: 'If the figures are confirmed, the minister said, the programme will be expanded.',
    claims: [{ kind: 'indirect', source: 'the minister', cue: 'said', content: 'If the figures are confirmed the programme will be expanded' }],
  },
  {
    text: 'The regulator stated that the merger would harm competition.',
    claims: [{ kind: 'indirect', source: 'The regulator', cue: 'stated', content: 'the merger would harm competition' }],
  },
  {
    text: 'The scientists wrote that the ice sheet was melting faster than expected.',
    claims: [{ kind: 'indirect', source: 'The scientists', cue: 'wrote', content: 'the ice sheet was melting faster than expected' }],
  },
];

describe('English attribution (golden cases of our own)', () => {
  CASES.forEach((c, n) => {
    test(`${n + 1}: ${c.text}`, () => {
      const doc = analyze({ text: c.text, lang: 'en' });
      const a = toAnalysis(doc);
      assert.ok(validateAnalysis(a).valid);
      for (const e of c.claims) {
        const got = a.claims.find((x) => joined(x.content)!.includes(e.content) || e.content.includes(x.content.text));
        assert.ok(got, `no claim with content “${e.content}”; got ${JSON.stringify(a.claims.map((x) => x.content.text))}`);
        assert.equal(joined(got.content), e.content, 'content');
        assert.equal(got.kind, e.kind, `kind of “${e.content}”`);
        assert.equal(got.source?.text ?? null, e.source, `source of “${e.content}”`);
        if (e.cue !== undefined) {
          assert.equal(joined(got.cue), e.cue, `cue of “${e.content}”`);
        }
        if (e.stance) assert.equal(got.stance, e.stance, 'stance');
        if (e.certainty !== undefined) assert.equal(got.certainty, e.certainty, 'certainty');
        if (e.via) assert.ok(got.via.some((v) => v.text === e.via!.text && v.relation === e.via!.relation), `via ${JSON.stringify(got.via)}`);
      }
      // No claim beyond the expected ones.
      assert.equal(a.claims.length, c.claims.length, `number of claims; got ${JSON.stringify(a.claims.map((x) => joined(x.content)))}`);
    });
  });
});
