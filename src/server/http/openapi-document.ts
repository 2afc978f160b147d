/**
 * Completes the OpenAPI document over all its operations (the `transformObject` of openapi.ts): the one
 * error body as a shared component, the error responses that apply to each operation, operationIds, and
 * JSON Schema the linter and client generators read as meant. Nothing here knows a particular route.
 */
import { z } from 'zod';
import type { ApiErrorBody } from '../../shared/messages';
import { HTTP_STATUS, type AppErrorCode } from '../errors';

export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503;

/** AppError.toBody(), as a schema (tests/unit/openapi-document.test.ts checks every code against it). */
export const ApiErrorSchema = z
  .object({
    error: z.object({
      code: z.enum(Object.keys(HTTP_STATUS) as [AppErrorCode, ...AppErrorCode[]]),
      message: z.object({ th: z.string(), en: z.string() }).describe('The same message in Thai and English'),
      issues: z
        .array(
          z.object({
            field: z.string().describe('Field path ("percent", "targets.0.name") or, in imports, the column'),
            row: z.number().int().optional().describe('Spreadsheet row as Excel numbers it (imports only)'),
            th: z.string(),
            en: z.string(),
          }),
        )
        .optional()
        .describe('What is wrong, field by field (400)'),
    }),
  })
  .describe('The one error body of every refusal and fault');
// The schema describes exactly the body the server sends.
export const schemaMatchesBody: (body: z.infer<typeof ApiErrorSchema>) => ApiErrorBody = (body) => body;

const RESPONSES: Record<ErrorStatus, { name: string; code: AppErrorCode; description: string }> = {
  400: {
    name: 'InvalidInput',
    code: 'invalid_input',
    description: 'The input is not valid (issues name each field)',
  },
  401: { name: 'Unauthorized', code: 'unauthorized', description: 'Not signed in, or the session has ended' },
  403: {
    name: 'Forbidden',
    code: 'forbidden',
    description: 'Not allowed for this role or unit, or a change without the x-tidtam-csrf header',
  },
  404: { name: 'NotFound', code: 'not_found', description: 'Not found (or not visible to this user)' },
  409: {
    name: 'Conflict',
    code: 'conflict',
    description: 'A stale version, or an action not possible in the current state (the message says why)',
  },
  413: { name: 'TooLarge', code: 'too_large', description: 'The body or file is larger than 10 MB' },
  429: { name: 'RateLimited', code: 'rate_limited', description: 'Too many attempts; see Retry-After' },
  500: { name: 'Internal', code: 'internal', description: 'A fault in the server (never a user’s input)' },
  503: {
    name: 'Unavailable',
    code: 'unavailable',
    description: 'The database is briefly unavailable or the storage is full; try again or tell the operator',
  },
};

type Json = Record<string, unknown>;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The error statuses an operation can answer, from what it takes and who may call it. */
export function inferredErrors(method: string, path: string, operation: Json): ErrorStatus[] {
  const change = !['get', 'head', 'options'].includes(method);
  const security = (operation.security as Json[] | undefined) ?? [];
  const needsSession = security.some((requirement) => 'session' in requirement);
  // 400 everywhere: besides invalid input, a malformed URL (bad percent-encoding) is refused on any path.
  const statuses = new Set<ErrorStatus>([400, 500, 503]);
  if (needsSession) statuses.add(401).add(403);
  if (change) statuses.add(403);
  if (change && needsSession) statuses.add(409);
  if (path.includes('{')) statuses.add(404);
  if (operation.requestBody) statuses.add(413);
  for (const extra of (operation['x-tidtam-errors'] as ErrorStatus[] | undefined) ?? []) statuses.add(extra);
  return [...statuses].sort((a, b) => a - b);
}

/** `post /api/projects/{id}/reports` → `postProjectsByIdReports`. */
export function operationIdOf(method: string, path: string): string {
  const words = path
    .replace(/^\/api\//, '')
    .split(/[/\-_]/)
    .filter(Boolean)
    .map((part) => {
      const param = /^\{(\w+)\}$/.exec(part)?.[1];
      return param ? `By${param[0]!.toUpperCase()}${param.slice(1)}` : part[0]!.toUpperCase() + part.slice(1);
    });
  return method + words.join('');
}

/**
 * `z.record(z.enum([...]), …)` lists the enum's keys as `required` without `properties`: spell them out with
 * the value schema, which means the same and lets tools see the keys.
 */
function fixSchema(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(fixSchema);
  if (!node || typeof node !== 'object') return;
  const schema = node as Json;
  const required = schema.required;
  const extra = schema.additionalProperties;
  if (Array.isArray(required) && extra && typeof extra === 'object') {
    const properties = (schema.properties ?? {}) as Json;
    for (const key of required as string[]) properties[key] ??= structuredClone(extra);
    schema.properties = properties;
  }
  Object.values(schema).forEach(fixSchema);
}

export function completeDocument(document: object): Json {
  const openapi = structuredClone((document as { openapiObject: Json }).openapiObject);
  const components = (openapi.components ??= {}) as Json;
  const { $schema: _ignored, ...errorSchema } = z.toJSONSchema(ApiErrorSchema, { target: 'draft-2020-12' });
  components.schemas = { ...(components.schemas as Json | undefined), ApiError: errorSchema };
  const responses: Json = {};
  for (const [status, { name, code, description }] of Object.entries(RESPONSES)) {
    responses[name] = {
      description,
      ...(status === '429'
        ? { headers: { 'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer' } } } }
        : {}),
      content: {
        'application/json': {
          schema: { $ref: '#/components/schemas/ApiError' },
          example: { error: { code, message: { th: '…', en: description } } },
        },
      },
    };
  }
  components.responses = { ...(components.responses as Json | undefined), ...responses };

  for (const [path, item] of Object.entries((openapi.paths ?? {}) as Record<string, Json>)) {
    for (const method of METHODS.filter((m) => item[m])) {
      const operation = item[method] as Json;
      const answers = (operation.responses ??= {}) as Json;
      for (const status of inferredErrors(method, path, operation)) {
        answers[status] ??= { $ref: `#/components/responses/${RESPONSES[status].name}` };
      }
      delete operation['x-tidtam-errors'];
      operation.operationId ??= operationIdOf(method, path);
    }
  }
  fixSchema(openapi.paths);
  fixSchema(components.schemas);
  return openapi;
}
