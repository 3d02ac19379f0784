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
      for (const c of claims) {
        const tags = [c.kind, c.stance, c.certainty, c.cue ? `cue “${c.cue.text}”` : null].filter(Boolean).join(', ');
        lines.push(`    – ${c.content.text}  [${tags}]`);
        for (const v of c.via) lines.push(`        via (${v.relation}) ${v.text}`);
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
