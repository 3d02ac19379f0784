/**
 * Starts `quellenlage serve`'s server in the test process on an ephemeral loopback port with a fresh store, and
 * validates responses against schema/openapi.json. Every server a test starts is closed by `after`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import Ajv2020Import from 'ajv/dist/2020.js';
import { Agent } from 'undici';
import { startServer, type RunningServer, type ServerOptions } from '../../src/server/app.js';
import { repoPath } from '../helpers.js';

type AjvClass = typeof Ajv2020Import.default;
const Ajv2020: AjvClass = (Ajv2020Import as unknown as { default?: AjvClass }).default ?? (Ajv2020Import as unknown as AjvClass);

const OPENAPI_ID = 'https://quellenlage.invalid/schema/openapi.json';
let ajv: InstanceType<AjvClass> | undefined;

/** Errors of `value` against a schema of the OpenAPI file's components (null when valid). */
export function openApiErrors(schemaName: string, value: unknown): string | null {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
    for (const f of ['analysis.schema.json', 'ledger.schema.json']) ajv.addSchema(JSON.parse(readFileSync(repoPath('schema', f), 'utf8')) as object);
    const doc = JSON.parse(readFileSync(repoPath('schema', 'openapi.json'), 'utf8')) as { components: object };
    ajv.addSchema({ $id: OPENAPI_ID, components: doc.components });
  }
  const v = ajv.getSchema(`${OPENAPI_ID}#/components/schemas/${schemaName}`);
  if (!v) throw new Error(`no schema ${schemaName} in schema/openapi.json`);
  return v(value) ? null : ajv.errorsText(v.errors);
}

export const BASE_OPTIONS: Omit<ServerOptions, 'db'> = {
  host: '127.0.0.1',
  port: 0,
  token: null,
  allowPrivateUrls: false,
  maxSize: 1024 * 1024,
  docTimeout: 30,
  workers: 0,
  maxQueue: 16,
  maxBatch: 100,
  fetchTimeoutMs: 2000,
};

/** A server on 127.0.0.1:<free port> with an empty store in a temporary folder; `close` also removes the folder. */
export async function testServer(options: Partial<ServerOptions> = {}): Promise<RunningServer> {
  const dir = mkdtempSync(join(tmpdir(), 'ql-serve-'));
  const server = await startServer({ ...BASE_OPTIONS, db: join(dir, 'store.db'), ...options });
  return {
    ...server,
    close: async () => {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** For a describe block: a server started before its tests and closed after them. */
export function useServer(options: Partial<ServerOptions> = {}): () => RunningServer {
  let server: RunningServer | undefined;
  before(async () => {
    server = await testServer(options);
  });
  after(async () => {
    await server?.close();
  });
  return () => server!;
}

/**
 * The test's own requests to its server: a dispatcher of their own, since the server under test makes the process's
 * fetch refuse loopback addresses (src/server/private-urls.ts), which is what the test client has to reach.
 */
const client = new Agent();
export function call(url: string, init: RequestInit = {}): Promise<Response> {
  return fetch(url, { ...init, dispatcher: client } as RequestInit);
}

export async function postJson(server: RunningServer, path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(server.url + path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}
