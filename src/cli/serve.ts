/**
 * `quellenlage serve`: the web app and HTTP API (src/server/) on the store the CLI uses. Binds to 127.0.0.1 unless
 * told otherwise; any other address needs a token. `--demo` loads the example articles into an empty store first.
 */
import { availableParallelism } from 'node:os';
import { inlineAnalyzer } from './analysis-runner.js';
import { startServer, isLoopback, type ServerOptions } from '../server/app.js';
import { UsageError } from './errors.js';

export interface ServeCliOptions extends Omit<ServerOptions, 'token' | 'workers'> {
  token?: string | undefined;
  workers?: number | undefined;
  demo: boolean;
}

/** The example corpus shipped with the package (examples/). */
export const EXAMPLES_DIR = new URL('../../../examples/', import.meta.url).pathname;

export async function runServe(o: ServeCliOptions): Promise<number> {
  const started = performance.now();
  const token = o.token ?? process.env['QUELLENLAGE_TOKEN'] ?? null;
  if (!isLoopback(o.host) && !token) throw new UsageError(`serving on ${o.host} (not loopback) needs a token: give --token TOKEN or set QUELLENLAGE_TOKEN`);
  if (token !== null && token.length < 12) throw new UsageError('the token is too short: use at least 12 characters');
  const workers = o.workers ?? Math.max(1, Math.min(4, availableParallelism() - 1));
  if (o.port > 65535) throw new UsageError(`--port must be at most 65535, got ${o.port}`);
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ ...o, token, workers });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new UsageError(`port ${o.port} on ${o.host} is in use: pick another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UsageError(`cannot bind to ${o.host}: not an address of this machine`);
    if (code === 'EACCES') throw new UsageError(`not allowed to bind to port ${o.port} (ports below 1024 need privileges)`);
    throw err;
  }
  const { data } = server.context;
  let loaded = '';
  if (o.demo && (await data.counts()).documents === 0) {
    // In this thread: the pool's workers are still loading, and eight short articles take well under a second.
    const r = await data.ingestPaths([EXAMPLES_DIR], { lang: 'auto', read: server.context.read, analyzer: inlineAnalyzer });
    loaded = `, demo: ${r.filter((i) => i.status === 'added').length} example articles loaded`;
  }
  const counts = await data.counts();
  const link = token === null ? server.url : `${server.url}/?token=${encodeURIComponent(token)}`;
  process.stderr.write(
    `quellenlage: serving ${link} (store ${o.db}: ${counts.documents} documents${loaded}; ready in ${((performance.now() - started) / 1000).toFixed(2)} s; Ctrl-C stops)\n`,
  );
  void (server.context.analyzer as { warm?: () => Promise<void> }).warm?.();
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void server.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
