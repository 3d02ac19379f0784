import type { AnalysisJSON } from '../analysis/format.js';

/**
 * A readable report for a person: what the document is, then its claims grouped by source, then its
 * sentences. Layers that are empty say so rather than vanish.
 */
export function formatReport(a: AnalysisJSON, options: { langDetected?: boolean; origin?: string } = {}): string {
  const d = a.document;
  const lines: string[] = [];
  lines.push(d.title ?? options.origin ?? `Document ${d.id}`);
  const meta = [
    `id ${d.id}`,
    `lang ${d.lang}${options.langDetected ? ' (detected)' : ''}`,
    d.published ? `published ${d.published}` : 'no publication date',
    d.url ? d.url : null,
  ].filter((x): x is string => x !== null);
  lines.push(meta.join(' · '));
  lines.push(
    `${a.sentences.length} sentences · ${a.claims.length} claims · ${a.quantities.length} quantities · ${a.times.length} times · ${a.entities.length} entities`,
  );
  lines.push('');

  lines.push('Claims by source');
  if (a.claims.length === 0) lines.push('  (none found)');
  else {
    const bySource = new Map<string, typeof a.claims>();
    for (const c of a.claims) {
      const key = c.source?.text ?? '(no named source)';
      const list = bySource.get(key) ?? [];
      list.push(c);
      bySource.set(key, list);
    }
    for (const [source, claims] of bySource) {
      lines.push(`  ${source}`);
      const quantities = new Map(a.quantities.map((q) => [q.id, q]));
      const times = new Map(a.times.map((t) => [t.id, t]));
      const partsText = (s: { text: string; parts?: { text: string }[] }) => (s.parts ? s.parts.map((p) => p.text).join(' … ') : s.text);
      for (const c of claims) {
        const tags = [c.kind, c.stance, c.certainty, c.cue ? `cue “${partsText(c.cue)}”` : null].filter(Boolean).join(', ');
        lines.push(`    – ${partsText(c.content)}  [${tags}]`);
        if (c.source?.name) lines.push(`        speaker: ${c.source.name}`);
        for (const v of c.via) lines.push(`        via (${v.relation === 'based_on' ? 'based on' : 'channel'}) ${v.text}`);
        const qs = c.quantities.map((id) => quantities.get(id)).filter((q): q is NonNullable<typeof q> => q !== undefined);
        if (qs.length > 0) lines.push(`        numbers: ${qs.map((q) => `${q.text} (${describeQuantity(q)})`).join('; ')}`);
        const ts = c.times.map((id) => times.get(id)).filter((t): t is NonNullable<typeof t> => t !== undefined);
        if (ts.length > 0) lines.push(`        dates: ${ts.map((t) => `${t.text} (${t.value ?? '?'})`).join('; ')}`);
      }
    }
  }
  lines.push('');

  lines.push('Sentences');
  const width = String(a.sentences.length).length;
  a.sentences.forEach((s, i) => {
    lines.push(`  ${String(i + 1).padStart(width)}  ${s.text.replace(/\n/g, ' ')}`);
  });
  return lines.join('\n') + '\n';
}

function fmt(n: number | null): string {
  return n === null ? '…' : n.toLocaleString('en-US');
}

/** "more than 600,000", "2,000–9,999", "≤ 5,000,000" */
function describeQuantity(q: AnalysisJSON['quantities'][number]): string {
  switch (q.qualifier) {
    case 'exact':
      return fmt(q.value);
    case 'approx':
      return `about ${fmt(q.value)}`;
    case 'more_than':
      return `more than ${fmt(q.value)}`;
    case 'at_least':
      return `at least ${fmt(q.value)}`;
    case 'less_than':
      return `less than ${fmt(q.value)}`;
    case 'at_most':
      return `at most ${fmt(q.value)}`;
    case 'range':
      return `${fmt(q.low)}–${fmt(q.high)}`;
    case 'vague':
      return `vague, ${fmt(q.low)}–${fmt(q.high)}`;
  }
}
