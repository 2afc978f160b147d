/**
 * The OpenAPI document (/api/docs/json, browsable at /api/docs), for signed-in users only (http/auth.ts).
 *
 * Everything a route does not say itself is added here, centrally, so that a route added later is complete
 * with only its `summary`, `tags` and Zod schemas:
 * - security: the session cookie (or the operator's bearer token) on every route but `config.public` ones,
 *   and the CSRF header on every change (`transform`, per route);
 * - a file upload body for routes that declare `consumes` without a `body` (the imports);
 * - the error responses that apply, as references to one shared error body, the operationId, and JSON
 *   Schema fixes (`transformObject`, over the whole document: openapi-document.ts).
 * OpenAPI 3.1 is emitted, so zod's `null` members stay JSON Schema (`type: 'null'`), never `nullable`.
 */
import type { FastifyInstance, FastifySchema } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from '@fastify/type-provider-zod';
import { SESSION_COOKIE } from './auth';
import { completeDocument, type ErrorStatus } from './openapi-document';

declare module 'fastify' {
  interface FastifySchema {
    /**
     * Error statuses this route answers beyond those the document infers (400 for input, 401/403 for a
     * session, 403/409 for a change, 404 for a path parameter, 413 for a body, 500/503 always), e.g. 429.
     */
    errors?: readonly ErrorStatus[];
    /** A route that answers with a redirect (303) instead of a body: where to, for the document. */
    redirects?: string;
    /** A route that answers with a file (200) of this media type instead of JSON, for the document. */
    download?: string;
  }
}

export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description:
      'The session cookie that `POST /api/auth/login` (or single sign-on) sets: HttpOnly, SameSite=Lax, ' +
      'Secure behind HTTPS. Ends after 2 idle hours or TIDTAM_SESSION_HOURS.',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-tidtam-csrf',
    description:
      'Every change (POST, PUT, PATCH, DELETE), sign-in included, must send `x-tidtam-csrf: 1`; without ' +
      'it the answer is 403 and nothing changes. Its value is always `1`.',
  },
  operatorToken: {
    type: 'http',
    scheme: 'bearer',
    description:
      'The operator at the server: `bin/tidtam` reads the token from the data directory’s lock file. ' +
      'Never given to users; no CSRF header is needed with it.',
  },
} as const;

type Requirement = Record<string, string[]>;
const READ: Requirement[] = [{ session: [] }, { operatorToken: [] }];
const CHANGE: Requirement[] = [{ session: [], csrf: [] }, { operatorToken: [] }];

/** Upload routes (`consumes` without `body`): a multipart `file`, or the file itself as the body. */
function uploadBody(consumes: readonly string[]) {
  const binary = { type: 'string', format: 'binary' };
  const content: Record<string, { schema: object }> = {};
  for (const type of consumes) {
    content[type] =
      type === 'multipart/form-data'
        ? {
            schema: {
              type: 'object',
              properties: {
                file: {
                  ...binary,
                  description: "The file: its types and limits are in the route's description",
                },
              },
              required: ['file'],
            },
          }
        : { schema: binary };
  }
  return { content };
}

const transform: typeof jsonSchemaTransform = (input) => {
  const { route } = input;
  const out = jsonSchemaTransform(input);
  // A route registered without a schema (a test's crash route, a plugin's) is listed as it is.
  if (!out.schema || out.schema.hide) return out;
  const schema: FastifySchema & Record<string, unknown> = { ...out.schema };
  const methods = [route.method].flat();
  const changes = methods.some((m) => !['GET', 'HEAD', 'OPTIONS'].includes(m));
  if (!schema.security) {
    if (route.config?.public === true) schema.security = changes ? [{ csrf: [] }] : [];
    else schema.security = changes ? CHANGE : READ;
  }
  if (schema.consumes && !schema.body) schema.body = uploadBody(schema.consumes);
  if (schema.redirects) {
    schema.response = { 303: { description: schema.redirects, type: 'null' } };
    delete schema.redirects;
  }
  if (schema.download) {
    const file = { schema: { type: 'string', format: 'binary' } };
    schema.response = { 200: { description: 'The file', content: { [schema.download]: file } } };
    delete schema.download;
  }
  if (schema.errors) {
    schema['x-tidtam-errors'] = schema.errors;
    delete schema.errors;
  }
  return { schema, url: out.url };
};

export async function registerOpenApi(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'tidtam API',
        description:
          'ระบบติดตามแผนยุทธศาสตร์การบริหารทรัพยากรบุคคล กรุงเทพมหานคร — the HR strategic plan monitoring of the ' +
          'Bangkok Metropolitan Administration. Errors always have one shape (ApiError), with a Thai and an ' +
          'English message. See docs/api.md.',
        version: '0.1.0',
      },
      servers: [{ url: '/', description: 'this tidtam server' }],
      components: { securitySchemes: SECURITY_SCHEMES },
      security: READ,
    },
    transform,
    // The named Zod schemas (the recursive career criteria) become components first, then ours are added.
    transformObject: (document) =>
      completeDocument({ openapiObject: jsonSchemaTransformObject(document) as object }),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
}
