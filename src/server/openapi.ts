/**
 * schema/openapi.json is the one description of the API: the routes take their request schemas from it (query
 * parameters, path parameters, JSON bodies), so what the file says is what the server validates.
 */
import { readFileSync } from 'node:fs';

export const SCHEMA_DIR = new URL('../../../schema/', import.meta.url);

type JsonObject = Record<string, unknown>;
interface Parameter {
  name: string;
  in: 'query' | 'path' | 'header';
  required?: boolean;
  schema: JsonObject;
}

let doc: JsonObject | undefined;

export function openApiDocument(): JsonObject {
  return (doc ??= JSON.parse(readFileSync(new URL('openapi.json', SCHEMA_DIR), 'utf8')) as JsonObject);
}

/** Replaces the document's local references (#/components/…) by what they point to, for the route validator. */
function inline(v: unknown, root: JsonObject): unknown {
  if (Array.isArray(v)) return v.map((x) => inline(x, root));
  if (v === null || typeof v !== 'object') return v;
  const o = v as JsonObject;
  if (typeof o['$ref'] === 'string' && o['$ref'].startsWith('#/')) {
    const target = o['$ref'].slice(2).split('/').reduce<unknown>((x, k) => (x as JsonObject)[k], root);
    return inline(target, root);
  }
  return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, inline(x, root)]));
}

/** The Fastify schema of one operation: querystring, params and (JSON) body, from its OpenAPI description. */
export function routeSchema(method: string, path: string): { querystring?: JsonObject; params?: JsonObject; body?: JsonObject } {
  const root = openApiDocument();
  const op = ((root['paths'] as JsonObject)[path] as JsonObject | undefined)?.[method] as JsonObject | undefined;
  if (!op) throw new Error(`schema/openapi.json has no ${method.toUpperCase()} ${path}`);
  const out: { querystring?: JsonObject; params?: JsonObject; body?: JsonObject } = {};
  for (const where of ['query', 'path'] as const) {
    const ps = ((op['parameters'] as Parameter[] | undefined) ?? []).filter((p) => p.in === where);
    if (ps.length === 0) continue;
    const schema = {
      type: 'object',
      properties: Object.fromEntries(ps.map((p) => [p.name, inline(p.schema, root)])),
      required: ps.filter((p) => p.required).map((p) => p.name),
    };
    if (where === 'query') out.querystring = schema;
    else out.params = schema;
  }
  const body = (((op['requestBody'] as JsonObject | undefined)?.['content'] as JsonObject | undefined)?.['application/json'] as JsonObject | undefined)?.['schema'];
  if (body && path !== '/api/documents') out.body = inline(body, root) as JsonObject;
  return out;
}
