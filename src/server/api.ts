/** The HTTP API (schema/openapi.json): JSON in, JSON out, errors as problem details (src/server/problem.ts). */
import type { FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import type { ServerContext } from './context.js';
import { analyzeInput, type AnalyzeInput } from './analyze-input.js';
import { HttpError } from './problem.js';
import { openApiDocument, routeSchema, SCHEMA_DIR } from './openapi.js';
import type { IngestResult } from './data.js';

/** A story id as the CLI takes it: S3 or 3. */
export const storyNumber = (s: string | undefined): number | undefined => (s ? Number(/\d+/.exec(s)![0]) : undefined);

export interface LedgerQueryString {
  topic?: string;
  since?: string;
  story?: string;
  limit?: number;
}

/** Sums the per-item results of an ingest request. */
export function ingestSummary(items: IngestResult[]) {
  const count = (s: IngestResult['status']) => items.filter((i) => i.status === s).length;
  return { added: count('added'), unchanged: count('unchanged'), updated: count('updated'), failed: count('failed'), items };
}

export function registerApi(app: FastifyInstance, ctx: ServerContext): void {
  const { data } = ctx;
  const schemaFile = (name: string) => readFileSync(new URL(name, SCHEMA_DIR), 'utf8');
  const openapi = JSON.stringify(openApiDocument());
  app.get('/openapi.json', async (_req, reply) => reply.type('application/json').send(openapi));
  for (const name of ['analysis.schema.json', 'ledger.schema.json']) {
    const body = schemaFile(name);
    app.get(`/schema/${name}`, async (_req, reply) => reply.type('application/schema+json').send(body));
  }

  app.post('/api/analyze', { schema: routeSchema('post', '/api/analyze') }, async (req, reply) => {
    const a = await analyzeInput(req.body as AnalyzeInput, ctx);
    return reply.type('application/json').send(JSON.stringify(a));
  });

  // The ingest body is read as `ingest -` reads standard input, whatever its media type: the readers sniff it.
  app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string' }, (_req, body, done) => done(null, body));
    scope.post('/api/documents', { schema: routeSchema('post', '/api/documents') }, async (req, reply) => {
      const body = typeof req.body === 'string' ? req.body : '';
      if (body.trim() === '') throw new HttpError(400, 'the request body is empty: send a document (text, HTML, a JSON object or array, JSON Lines)');
      const lang = (req.query as { lang?: string }).lang ?? 'auto';
      const items = await data.ingest(body, { lang, read: ctx.read, analyzer: ctx.analyzer, maxItems: ctx.options.maxBatch });
      return reply.type('application/json').send(JSON.stringify(ingestSummary(items)));
    });
  });

  app.get('/api/documents', { schema: routeSchema('get', '/api/documents') }, async (req) => {
    return data.documents((req.query as { limit: number }).limit);
  });

  app.get('/api/documents/:id', { schema: routeSchema('get', '/api/documents/{id}') }, async (req, reply) => {
    const id = (req.params as { id: string }).id;
    const d = await data.document(id);
    if (!d) throw new HttpError(404, `no document ${id} in the store`);
    return reply.type('application/json').send(JSON.stringify({ document: d.meta, analysis: d.analysis }));
  });

  app.get('/api/ledger', { schema: routeSchema('get', '/api/ledger') }, async (req, reply) => {
    const q = req.query as LedgerQueryString;
    const story = storyNumber(q.story);
    const ledger = await data.ledger({ ...(q.topic ? { topic: q.topic } : {}), ...(q.since ? { since: q.since } : {}), ...(story !== undefined ? { story } : {}), limit: q.limit ? q.limit : null });
    return reply.type('application/json').send(JSON.stringify(ledger));
  });

  app.get('/api/search', { schema: routeSchema('get', '/api/search') }, async (req, reply) => {
    const q = req.query as { q: string; source?: string; kind?: string; since?: string; limit: number };
    const r = await data.search(q.q, { ...(q.source ? { source: q.source } : {}), ...(q.kind ? { kind: q.kind } : {}), ...(q.since ? { since: q.since } : {}), limit: q.limit });
    return reply.type('application/json').send(JSON.stringify(r));
  });

  app.get('/api/sources', { schema: routeSchema('get', '/api/sources') }, async (_req, reply) => reply.type('application/json').send(JSON.stringify(await data.sources())));

  app.get('/api/export', { schema: routeSchema('get', '/api/export') }, async (req, reply) => {
    const format = (req.query as { format: 'csv' | 'jsonld' }).format;
    if (format === 'jsonld') return reply.type('application/ld+json').send(JSON.stringify(await data.exportJsonLd(), null, 2));
    return reply.type('text/csv; charset=utf-8').header('content-disposition', 'attachment; filename="claims.csv"').send(await data.exportCsv());
  });
}
