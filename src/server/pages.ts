/**
 * The web pages, rendered on the server: Analyze, Ledger (chart + table per topic), Sources, Search, Documents,
 * one Document, Upload. Every value from an article or a request goes through the escaping `html` template.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { LedgerTopic } from '../ledger/topics.js';
import { isHttpUrl } from '../ingest/validate.js';
import type { ServerContext } from './context.js';
import { analyzeInput } from './analyze-input.js';
import { ingestSummary, storyNumber } from './api.js';
import { estimateHref, topicChart } from './chart.js';
import { figure } from '../ledger/views.js';
import { analysisView, excerpt } from './highlight.js';
import { href, html, raw, type Html } from './html.js';
import type { UiLang } from './i18n.js';
import { classify } from './problem.js';

export interface PageContext {
  ui: UiLang;
  t: (key: string) => string;
}

declare module 'fastify' {
  interface FastifyRequest {
    page: PageContext;
  }
}

const NAV: [string, string][] = [
  ['/', 'nav.analyze'],
  ['/ledger', 'nav.ledger'],
  ['/sources', 'nav.sources'],
  ['/search', 'nav.search'],
  ['/documents', 'nav.documents'],
  ['/upload', 'nav.upload'],
];

export function layout(req: FastifyRequest, title: string, body: Html): string {
  const { t, ui } = req.page;
  const path = req.url.split('?')[0]!;
  const query = Object.fromEntries(new URLSearchParams(req.url.split('?')[1] ?? ''));
  const other = ui === 'de' ? 'en' : 'de';
  return `<!doctype html>\n${html`<html lang="${ui}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · ${t('app')}</title><link rel="stylesheet" href="/assets/style.css"><script type="module" src="/assets/client.mjs"></script></head>
<body><header><a class="brand" href="/">${t('app')}</a> <span class="tagline">${t('tagline')}</span>
<nav>${NAV.map(([p, k]) => html`<a href="${p}"${p === path ? raw(' aria-current="page"') : ''}>${t(k)}</a>`)}</nav>
<a class="switch" hreflang="${other}" href="${href(path, { ...query, ui: other })}">${t('switch')}</a></header>
<main><h1>${title}</h1>${body}</main></body></html>`}`;
}

function send(reply: FastifyReply, status: number, page: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(page);
}

export function errorPage(req: FastifyRequest, reply: FastifyReply, err: unknown): FastifyReply {
  const { status, detail } = classify(err);
  return send(reply, status, layout(req, req.page?.t('error') ?? 'Error', html`<p class="error" role="alert">${detail}</p>`));
}

/** The ledger page shows this many topics, and this many table rows per topic (the chart shows all). */
const MAX_TOPICS = 25;
const MAX_ROWS = 300;

const dateOf = (s: string | null) => s?.slice(0, 10) ?? '—';

function analyzeForm(req: FastifyRequest, v: Record<string, string>): Html {
  const { t } = req.page;
  const langs = ['auto', 'de', 'en'];
  return html`<form class="analyze" method="post" action="/analyze">
  <label>${t('analyze.text')}<textarea name="text" rows="10">${v['text'] ?? ''}</textarea></label>
  <label>${t('analyze.url')} <input type="url" name="url" value="${v['url'] ?? ''}" placeholder="https://…"></label>
  <label>${t('analyze.lang')} <select name="lang">${langs.map((l) => html`<option${l === (v['lang'] ?? 'auto') ? raw(' selected') : ''}>${l}</option>`)}</select></label>
  <label>${t('analyze.published')} <input name="published" value="${v['published'] ?? ''}" pattern="\\d{4}-\\d{2}-\\d{2}.*" size="12"></label>
  <button type="submit">${t('analyze.submit')}</button></form>`;
}

function estimatesTable(topic: LedgerTopic, req: FastifyRequest, docs: Map<string, string>): Html {
  const { t, ui } = req.page;
  const nf = new Intl.NumberFormat(ui, { maximumFractionDigits: 2 });
  return html`<table class="estimates"><thead><tr><th>${t('col.date')}</th><th>${t('col.figure')}</th><th>${t('col.source')}</th><th>${t('col.via')}</th><th>${t('col.stance')}</th><th>${t('col.document')}</th></tr></thead><tbody>${topic.estimates.slice(0, MAX_ROWS).map(
    (e) => html`<tr><td>${dateOf(e.published)}</td><td class="num"><a href="${estimateHref(e)}">${figure(e, nf)}</a></td><td>${e.source?.name ?? '—'}</td><td>${e.via.join(' → ') || '—'}</td><td>${e.stance}</td><td>${excerpt(docs.get(e.document) ?? e.document, 60)}</td></tr>`,
  )}</tbody></table>`;
}

export function registerPages(app: FastifyInstance, ctx: ServerContext): void {
  const { data } = ctx;

  app.get('/', async (req, reply) => send(reply, 200, layout(req, req.page.t('analyze.title'), analyzeForm(req, {}))));

  app.post('/analyze', async (req, reply) => {
    const form = (req.body ?? {}) as Record<string, string>;
    const { t } = req.page;
    try {
      const a = await analyzeInput({ text: form['text']?.trim() ? form['text'] : undefined, url: form['url']?.trim() || undefined, lang: form['lang'] || 'auto', published: form['published'] || null }, ctx);
      return send(reply, 200, layout(req, t('analyze.title'), html`${analyzeForm(req, form)}${analysisView(a, t)}`));
    } catch (err) {
      const { status, detail } = classify(err);
      return send(reply, status, layout(req, t('analyze.title'), html`${analyzeForm(req, form)}<p class="error" role="alert">${detail}</p>`));
    }
  });

  app.get('/ledger', async (req, reply) => {
    const { t, ui } = req.page;
    const q = req.query as Record<string, string | undefined>;
    const since = q['since'] && /^\d{4}-\d{2}-\d{2}$/.test(q['since']) ? q['since'] : undefined;
    const story = q['story'] && /^[Ss]?\d+$/.test(q['story']) ? storyNumber(q['story']) : undefined;
    const ledger = await data.ledger({ ...(q['topic'] ? { topic: q['topic'] } : {}), ...(since ? { since } : {}), ...(story !== undefined ? { story } : {}), limit: null });
    const docs = new Map(ledger.documents.map((d) => [d.id, `${dateOf(d.published)} ${d.title ?? d.id}`]));
    const form = html`<form class="filters" method="get" action="/ledger"><label>${t('ledger.topic')} <input name="topic" value="${q['topic'] ?? ''}"></label>
      <label>${t('ledger.since')} <input type="date" name="since" value="${since ?? ''}"></label>${story !== undefined ? html`<input type="hidden" name="story" value="${story}">` : ''}<button>${t('ledger.filter')}</button></form>`;
    const topics: Html[] = [];
    // A page stays readable (and cheap) on a large store: the first topics, each with its chart and first rows.
    for (const topic of ledger.topics.slice(0, MAX_TOPICS)) {
      const chart = await topicChart(topic, ui);
      topics.push(html`<section class="topic" id="topic-${topic.id}"><h2>${topic.label} <small>${topic.estimateCount} ${t('ledger.estimates')} · ${topic.documentCount} ${t('ledger.documents')} · ${topic.langs.join(', ')}${chart?.log ? html` · ${t('ledger.log')}` : ''}</small></h2>
        ${chart ? html`<figure class="chart" data-points="${chart.points}">${raw(chart.svg)}</figure>` : ''}
        ${estimatesTable(topic, req, docs)}
        ${topic.denials.length > 0 ? html`<h3>${t('ledger.denials')}</h3><ul>${topic.denials.map((d) => html`<li>${d.source?.name ?? '—'} (${dateOf(d.published)}): ${excerpt(d.content, 200)}</li>`)}</ul>` : ''}</section>`);
    }
    const more = ledger.topics.length - topics.length;
    const moreNote = more > 0 ? html`<p class="more">${t('ledger.more').replace('{n}', String(more))}</p>` : '';
    return send(reply, 200, layout(req, t('ledger.title'), html`<p class="intro">${t('ledger.intro')}</p>${form}${topics.length > 0 ? topics : html`<p class="empty">${t('ledger.empty')}</p>`}${moreNote}`));
  });

  app.get('/sources', async (req, reply) => {
    const { t } = req.page;
    const sources = await data.sources();
    const body =
      sources.length === 0
        ? html`<p class="empty">${t('sources.empty')}</p>`
        : html`<table class="sources"><thead><tr><th>${t('col.source')}</th><th>${t('col.type')}</th><th>${t('col.claims')}</th><th>${t('col.docs')}</th><th>${t('col.topics')}</th></tr></thead><tbody>${sources.map(
            (s) => html`<tr><td><a href="${href('/search', { q: s.name.split(/\s+/)[0], source: s.key })}">${s.name}</a>${s.roles ? html` <small>(${s.roles.split(',').join('; ')})</small>` : ''}</td><td>${s.type ?? '—'}</td><td class="num">${s.claims}</td><td class="num">${s.documents}</td><td>${s.topics.map((l, i) => html`${i > 0 ? '; ' : ''}<a href="${href('/ledger', { topic: l })}">${l}</a>`)}</td></tr>`,
          )}</tbody></table>`;
    return send(reply, 200, layout(req, t('sources.title'), body));
  });

  app.get('/search', async (req, reply) => {
    const { t } = req.page;
    const q = req.query as Record<string, string | undefined>;
    const query = (q['q'] ?? '').slice(0, 500);
    const form = html`<form class="search" method="get" action="/search" role="search"><label>${t('search.q')} <input type="search" name="q" value="${query}" autofocus></label><button>${t('search.submit')}</button></form>`;
    if (!query.trim()) return send(reply, 200, layout(req, t('search.title'), form));
    const r = await data.search(query, { ...(q['source'] ? { source: q['source'] } : {}), limit: 50 });
    const results = html`${r.documents.length > 0 ? html`<h2>${t('search.documents')} (${r.documents.length})</h2><ul class="hits">${r.documents.map((d) => html`<li><a href="/documents/${d.id}">${d.title ?? d.id}</a> <small>${dateOf(d.published)}</small><br><span class="snippet">${excerpt(d.snippet, 240)}</span></li>`)}</ul>` : ''}
      ${r.claims.length > 0 ? html`<h2>${t('search.claims')} (${r.claims.length})</h2><ul class="hits claim-hits">${r.claims.map((c) => html`<li><a href="/documents/${c.document.id}#x-${c.claim.id}">${c.source?.name ?? t('no.source')}</a> <span class="tag">${c.claim.kind}</span> <span class="tag stance-${c.claim.stance}">${c.claim.stance}</span> <small>${dateOf(c.document.published)}</small><br>${excerpt(c.claim.content.text, 240)}</li>`)}</ul>` : ''}
      ${r.documents.length === 0 && r.claims.length === 0 ? html`<p class="empty">${t('search.nothing')}</p>` : ''}`;
    return send(reply, 200, layout(req, t('search.title'), html`${form}${results}`));
  });

  app.get('/documents', async (req, reply) => {
    const { t } = req.page;
    const docs = await data.documents(500);
    const body =
      docs.length === 0
        ? html`<p class="empty">${t('documents.empty')}</p>`
        : html`<table class="documents"><thead><tr><th>${t('col.date')}</th><th>${t('col.title')}</th><th>${t('col.lang')}</th><th>${t('col.claims')}</th></tr></thead><tbody>${docs.map(
            (d) => html`<tr><td>${dateOf(d.published)}</td><td><a href="/documents/${d.id}">${d.title ?? d.id}</a></td><td>${d.lang}</td><td class="num">${d.claims}</td></tr>`,
          )}</tbody></table>`;
    return send(reply, 200, layout(req, t('documents.title'), body));
  });

  app.get('/documents/:id', async (req, reply) => {
    const { t } = req.page;
    const id = (req.params as { id: string }).id;
    const d = /^[0-9a-f]{16}$/.test(id) ? await data.document(id) : null;
    if (!d) return send(reply, 404, layout(req, t('notfound'), html`<p class="error" role="alert">${`no document ${id} in the store`}</p>`));
    const original = d.meta.url && isHttpUrl(d.meta.url) ? html`<p><a href="${d.meta.url}" rel="noopener noreferrer nofollow">${t('document.original')}</a></p>` : '';
    return send(reply, 200, layout(req, d.meta.title ?? d.meta.id, html`${original}${analysisView(d.analysis, t)}`));
  });

  const uploadForm = (req: FastifyRequest, text = '') => {
    const { t } = req.page;
    return html`<p class="intro">${t('upload.intro')}</p><form class="upload" method="post" action="/upload">
      <label>${t('upload.file')} <input type="file" name="files" multiple accept=".txt,.html,.htm,.json,.jsonl,.ndjson,.md"></label>
      <label>${t('upload.paste')}<textarea name="body" rows="8">${text}</textarea></label>
      <button type="submit">${t('upload.submit')}</button></form><div id="upload-result" aria-live="polite"></div>`;
  };
  app.get('/upload', async (req, reply) => send(reply, 200, layout(req, req.page.t('upload.title'), uploadForm(req))));
  app.post('/upload', async (req, reply) => {
    const { t } = req.page;
    const body = ((req.body ?? {}) as Record<string, string>)['body'] ?? '';
    if (!body.trim()) return send(reply, 400, layout(req, t('upload.title'), html`${uploadForm(req)}<p class="error" role="alert">the request body is empty: paste a document or choose files</p>`));
    const r = ingestSummary(await data.ingest(body, { lang: 'auto', read: ctx.read, analyzer: ctx.analyzer, maxItems: ctx.options.maxBatch }));
    const table = html`<h2>${t('upload.result')}</h2><p>${r.added} added, ${r.unchanged} unchanged, ${r.updated} updated, ${r.failed} failed</p><ul class="ingest-items">${r.items.map(
      (i) => html`<li class="status-${i.status}">${i.id ? html`<a href="/documents/${i.id}">${i.origin}</a>` : i.origin}: ${i.status}${i.error ? html` — ${i.error}` : ''}</li>`,
    )}</ul>`;
    return send(reply, 200, layout(req, t('upload.title'), html`${uploadForm(req)}${table}`));
  });
}
