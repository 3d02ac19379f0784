/**
 * `quellenlage serve`: a Fastify server with the HTTP API (api.ts, described by schema/openapi.json) and the web
 * pages (pages.ts). Fastify because it validates requests against JSON Schemas (our OpenAPI file's) with ajv,
 * has body-size limits and content-type parsing built in, and is fast and well kept.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { registerApi } from './api.js';
import type { ServerContext, ServerOptions } from './context.js';
import { storeData, type DataFacade } from './data.js';
import { fromAcceptLanguage, isUiLang, translator, type UiLang } from './i18n.js';
import { errorPage, registerPages } from './pages.js';
import { analyzerPool } from './pool.js';
import { classify, problem } from './problem.js';
import { allowPrivateUrls, refusePrivateUrls } from './private-urls.js';

export type { ServerOptions } from './context.js';

/** No inline script or style anywhere; everything from this server. */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);
export const isLoopback = (host: string): boolean => LOOPBACK.has(host) || /^127\./.test(host);

const ASSETS: Record<string, string> = { 'style.css': 'text/css; charset=utf-8', 'client.mjs': 'text/javascript; charset=utf-8' };

function cookies(req: FastifyRequest): Map<string, string> {
  const out = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0) {
      try {
        out.set(part.slice(0, i).trim(), decodeURIComponent(part.slice(i + 1).trim()));
      } catch {
        // A malformed cookie is ignored.
      }
    }
  }
  return out;
}

const digest = (s: string) => createHash('sha256').update(s).digest();
const sameToken = (given: string | undefined, token: string) => given !== undefined && timingSafeEqual(digest(given), digest(token));

export interface RunningServer {
  app: FastifyInstance;
  context: ServerContext;
  /** The address it listens on, e.g. http://127.0.0.1:8080 */
  url: string;
  close(): Promise<void>;
}

/** Builds the server (not yet listening) on the store at `o.db`; `given` replaces that facade (tests). */
export async function buildServer(o: ServerOptions, given?: DataFacade): Promise<{ app: FastifyInstance; context: ServerContext }> {
  const data = given ?? (await storeData(o.db));
  // The process's fetch follows the server's setting (one server per process outside the tests).
  if (o.allowPrivateUrls) allowPrivateUrls();
  else refusePrivateUrls();
  const analyzer = analyzerPool({ workers: o.workers, budget: o.docTimeout, maxQueue: o.maxQueue });
  const context: ServerContext = { options: o, data, analyzer, read: { maxBytes: o.maxSize, fetch: { timeoutMs: o.fetchTimeoutMs, maxBytes: o.maxSize, maxRedirects: 5 } } };
  // JSON escapes can double a text's size; the document limit itself is checked per document.
  const app = Fastify({
    bodyLimit: o.maxSize * 2 + 65536,
    logger: false,
    requestTimeout: 120_000,
    return503OnClosing: true,
    // A field the OpenAPI file does not name is refused, not silently dropped.
    ajv: { customOptions: { removeAdditional: false } },
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));

  const isApi = (req: FastifyRequest) => req.url.startsWith('/api/') || req.url.startsWith('/openapi.json') || req.url.startsWith('/schema/');
  const sendProblem = (req: FastifyRequest, reply: FastifyReply, status: number, detail: string) =>
    reply.code(status).type('application/problem+json').send(JSON.stringify(problem(status, detail, req.url.split('?')[0])));

  app.addHook('onRequest', async (req, reply) => {
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    const jar = cookies(req);
    const query = new URLSearchParams(req.url.split('?')[1] ?? '');
    const asked = query.get('ui');
    const ui: UiLang = isUiLang(asked) ? asked : isUiLang(jar.get('ql_ui')) ? (jar.get('ql_ui') as UiLang) : fromAcceptLanguage(req.headers['accept-language']);
    if (isUiLang(asked)) reply.header('set-cookie', `ql_ui=${asked}; Path=/; SameSite=Strict; Max-Age=31536000`);
    req.page = { ui, t: translator(ui) };
    if (o.token === null || req.url.startsWith('/assets/')) return;
    const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
    if (sameToken(bearer, o.token) || sameToken(jar.get('ql_token'), o.token)) return;
    const fromLink = query.get('token') ?? undefined;
    if (!isApi(req) && req.method === 'GET' && sameToken(fromLink, o.token)) {
      // The link the server printed: keep the token in a cookie and drop it from the address bar.
      query.delete('token');
      const rest = query.toString();
      return reply
        .header('set-cookie', `ql_token=${encodeURIComponent(o.token)}; Path=/; HttpOnly; SameSite=Strict`)
        .redirect(req.url.split('?')[0]! + (rest ? `?${rest}` : ''), 303);
    }
    reply.header('www-authenticate', 'Bearer');
    if (isApi(req)) return sendProblem(req, reply, 401, 'this server needs its token: send Authorization: Bearer TOKEN (the --token or QUELLENLAGE_TOKEN it was started with)');
    const { t } = req.page;
    return reply.code(401).type('text/html; charset=utf-8').send(`<!doctype html><html lang="${ui}"><head><meta charset="utf-8"><title>${t('token.title')}</title><link rel="stylesheet" href="/assets/style.css"></head><body><main><h1>${t('token.title')}</h1><p>${t('token.body')}</p></main></body></html>`);
  });

  const assetDir = new URL('./assets/', import.meta.url);
  const assets = new Map(Object.entries(ASSETS).map(([name, type]) => [name, { type, body: readFileSync(new URL(name, assetDir)) }]));
  app.get('/assets/:name', async (req, reply) => {
    const a = assets.get((req.params as { name: string }).name);
    if (!a) return sendProblem(req, reply, 404, `no asset ${(req.params as { name: string }).name}`);
    return reply.type(a.type).header('cache-control', 'public, max-age=3600').send(a.body);
  });

  registerApi(app, context);
  registerPages(app, context);

  app.setErrorHandler((err, req, reply) => {
    const { status, detail } = classify(err);
    if (status >= 500 && process.env['QUELLENLAGE_DEBUG']) process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
    if (isApi(req)) return sendProblem(req, reply, status, detail);
    return errorPage(req, reply, err);
  });
  app.setNotFoundHandler((req, reply) => {
    const detail = `no such page or API route: ${req.method} ${req.url.split('?')[0]}`;
    if (isApi(req)) return sendProblem(req, reply, 404, detail);
    return errorPage(req, reply, Object.assign(new Error(detail), { statusCode: 404 }));
  });
  app.addHook('onClose', async () => {
    await analyzer.close();
    await data.close();
  });
  return { app, context };
}

/** Builds the server and listens; port 0 takes a free port. */
export async function startServer(o: ServerOptions, data?: DataFacade): Promise<RunningServer> {
  const { app, context } = await buildServer(o, data);
  await app.listen({ host: o.host, port: o.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : o.port;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  return { app, context, url: `http://${host}:${port}`, close: () => app.close() };
}
