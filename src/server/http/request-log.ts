/**
 * What the server logs per request. Fastify's default writes two JSON lines per request at info (incoming
 * and completed), which scroll the printed demo accounts away: here its request logging is off and one
 * concise line per request is written at info ("GET /api/plans 200 12 ms", no query string, no body),
 * at debug for the health check and static files; errors are logged in full by the error handler.
 */
import type { FastifyInstance, FastifyServerOptions } from 'fastify';
import type { Writable } from 'node:stream';
import type { Env } from '../config/env';

export type LogOption = boolean | { stream: Writable };

export function loggerOptions(option: LogOption | undefined, env: Env): FastifyServerOptions['logger'] {
  if (!option) return false;
  return {
    level: env.TIDTAM_LOG_LEVEL,
    base: null, // no pid and hostname on every line
    // Never log bodies, cookies or tokens: requests carry personal data and credentials.
    serializers: { req: (req) => ({ method: req.method, url: req.url.replace(/\?.*$/, '') }) },
    ...(option === true ? {} : { stream: option.stream }),
  };
}

export function registerRequestLog(app: FastifyInstance) {
  app.addHook('onResponse', async (request, reply) => {
    const url = request.url.replace(/\?.*$/, '');
    const line = `${request.method} ${url} ${reply.statusCode} ${Math.round(reply.elapsedTime)} ms`;
    const quiet = url === '/api/health' || !url.startsWith('/api/');
    if (quiet) request.log.debug(line);
    else request.log.info(line);
  });
}
