/**
 * One analysis as HTML: the article with each claim's source, cue, content and "according to" spans marked in
 * place (like displaCy, for attribution), figures and dates underlined, and beside it the claims grouped by source.
 * Offsets are code points (the contract's unit), so the text is cut as an array of code points.
 */
import type { AnalysisJSON, ClaimJSON } from '../analysis/format.js';
import { isHttpUrl } from '../ingest/validate.js';
import { html, type Html } from './html.js';

type Mark = 'src' | 'cue' | 'content' | 'via' | 'qty' | 'time';

interface MarkSpan {
  start: number;
  end: number;
  mark: Mark;
  /** The claim (C3) or quantity/time id (Q2, T1) the span belongs to. */
  owner: string;
}

/** The anchor id of a claim, quantity or time in the page: the ledger and the side list link to it. */
export const anchorId = (id: string): string => `x-${id}`;

function spansOf(a: AnalysisJSON): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const c of a.claims) {
    if (c.source) out.push({ start: c.source.start, end: c.source.end, mark: 'src', owner: c.id });
    if (c.cue) out.push({ start: c.cue.start, end: c.cue.end, mark: 'cue', owner: c.id });
    for (const v of c.via) out.push({ start: v.start, end: v.end, mark: 'via', owner: c.id });
    out.push({ start: c.content.start, end: c.content.end, mark: 'content', owner: c.id });
  }
  for (const q of a.quantities) out.push({ start: q.start, end: q.end, mark: 'qty', owner: q.id });
  for (const t of a.times) out.push({ start: t.start, end: t.end, mark: 'time', owner: t.id });
  return out.filter((s) => s.end > s.start);
}

/** Where each claim, quantity and time starts: an anchor goes there. */
function anchorsAt(a: AnalysisJSON): Map<number, string[]> {
  const at = new Map<number, string[]>();
  const put = (pos: number, id: string) => at.set(pos, [...(at.get(pos) ?? []), id]);
  for (const c of a.claims) put(Math.min(c.content.start, c.source?.start ?? Infinity, c.cue?.start ?? Infinity), c.id);
  for (const q of a.quantities) put(q.start, q.id);
  for (const t of a.times) put(t.start, t.id);
  return at;
}

/**
 * The article text cut at every span boundary; each piece carries the marks that cover it (one pass over the
 * sorted boundaries, the open spans kept in a list — a claim's spans are few).
 */
export function highlightedText(a: AnalysisJSON): Html {
  const cps = Array.from(a.document.text);
  const spans = spansOf(a);
  const anchors = anchorsAt(a);
  const cuts = new Set<number>([0, cps.length, ...anchors.keys()]);
  for (const s of spans) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((p) => p >= 0 && p <= cps.length).sort((x, y) => x - y);
  const byStart = [...spans].sort((x, y) => x.start - y.start);
  let next = 0;
  let open: MarkSpan[] = [];
  const parts: Html[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const from = points[i]!;
    const to = points[i + 1]!;
    open = open.filter((s) => s.end > from);
    while (next < byStart.length && byStart[next]!.start <= from) {
      if (byStart[next]!.end > from) open.push(byStart[next]!);
      next++;
    }
    for (const id of anchors.get(from) ?? []) parts.push(html`<a class="anchor" id="${anchorId(id)}"></a>`);
    const piece = cps.slice(from, to).join('');
    if (open.length === 0) {
      parts.push(html`${piece}`);
      continue;
    }
    const marks = [...new Set(open.map((s) => `m-${s.mark}`))].join(' ');
    const owners = [...new Set(open.map((s) => s.owner))].join(' ');
    parts.push(html`<span class="${marks}" data-owners="${owners}">${piece}</span>`);
  }
  return html`<div class="article" lang="${a.document.lang}">${parts}</div>`;
}

export function sourceLabel(c: ClaimJSON, none: string): string {
  return c.source ? (c.source.name ?? c.source.text).replace(/\s+/g, ' ').trim() : none;
}

/** The claims grouped by source (most claims first), each linking to its place in the text. */
export function claimList(a: AnalysisJSON, t: (k: string) => string): Html {
  const groups = new Map<string, ClaimJSON[]>();
  for (const c of a.claims) {
    const k = sourceLabel(c, t('no.source'));
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  if (groups.size === 0) return html`<p class="empty">${t('analyze.none')}</p>`;
  const qty = new Map(a.quantities.map((q) => [q.id, q.text]));
  const time = new Map(a.times.map((x) => [x.id, x.value ? `${x.text} (${x.value})` : x.text]));
  const sorted = [...groups].sort((x, y) => y[1].length - x[1].length);
  return html`<h2>${t('claims')} <small>${t('claims.by')}</small></h2>${sorted.map(
    ([source, claims]) => html`<section class="source-group"><h3>${source} <small>(${claims.length})</small></h3><ol class="claims">${claims.map(
      (c) => html`<li class="claim" data-claim="${c.id}"><a href="#${anchorId(c.id)}" data-owner="${c.id}">${c.id}</a>
        <span class="tag kind">${c.kind}</span> <span class="tag stance stance-${c.stance}">${c.stance}</span>${c.certainty ? html` <span class="tag">${c.certainty}</span>` : ''}
        ${c.cue ? html`<span class="m-cue">${c.cue.text}</span>` : ''}
        ${c.via.length > 0 ? html`<div class="chain">${t('via')}: ${c.via.map((v, i) => html`${i > 0 ? ' → ' : ''}<span class="m-via">${v.text}</span>`)}</div>` : ''}
        <blockquote>${excerpt(c.content.text, 280)}</blockquote>
        ${c.quantities.length > 0 ? html`<div class="facts">${t('figures')}: ${c.quantities.map((q, i) => html`${i > 0 ? ', ' : ''}<a class="m-qty" href="#${anchorId(q)}">${qty.get(q) ?? q}</a>`)}</div>` : ''}
        ${c.times.length > 0 ? html`<div class="facts">${t('dates')}: ${c.times.map((x, i) => html`${i > 0 ? ', ' : ''}<a class="m-time" href="#${anchorId(x)}">${time.get(x) ?? x}</a>`)}</div>` : ''}
      </li>`,
    )}</ol></section>`,
  )}`;
}

export function excerpt(s: string, n: number): string {
  const t = s.replace(/\s+/g, ' ').trim();
  const cps = Array.from(t);
  return cps.length > n ? cps.slice(0, n - 1).join('') + '…' : t;
}

export function legend(t: (k: string) => string): Html {
  const items: [string, string][] = [['m-src', 'legend.source'], ['m-cue', 'legend.cue'], ['m-content', 'legend.content'], ['m-via', 'legend.via'], ['m-qty', 'legend.quantity'], ['m-time', 'legend.time']];
  return html`<p class="legend">${items.map(([c, k]) => html`<span class="${c}">${t(k)}</span> `)}</p>`;
}

/** The whole analysis view: legend, article, claim list. */
export function analysisView(a: AnalysisJSON, t: (k: string) => string): Html {
  return html`<div class="analysis"><div class="text-col">${legend(t)}${a.document.title ? html`<h2 class="doc-title">${a.document.title}</h2>` : ''}
  <p class="meta">${a.document.published ?? ''} · ${a.document.lang}${a.document.url && isHttpUrl(a.document.url) ? html` · <a href="${a.document.url}" rel="noopener noreferrer nofollow">${a.document.url}</a>` : ''}</p>
  ${highlightedText(a)}</div><aside class="claims-col">${claimList(a, t)}</aside></div>`;
}
