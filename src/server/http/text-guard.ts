/**
 * One check for every string a request carries — JSON body (values and keys), query string and path
 * parameters — before any route's schema or handler: a NUL character or a lone surrogate is refused with
 * a 400 naming the field (docs/security.md 4.5). PostgreSQL cannot store the first and would store the
 * second altered; no route needs either.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { BAD_TEXT_MESSAGE, badTextAt, withoutBadText } from '../../shared/text';
import { invalidInput } from '../errors';

/** Parsed JSON, query strings and parameters; a raw body (a Buffer, the restore's stream) is not text. */
function isParsedObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return false;
  return typeof (value as { pipe?: unknown }).pipe !== 'function';
}

/** The path of the first bad string in `value` ("targets.0.name"), walked without recursion. */
export function findBadText(value: unknown, root = ''): string | null {
  const stack: [unknown, string][] = [[value, root]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item === 'string') {
      if (badTextAt(item) !== null) return path;
    } else if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push([item[i], path ? `${path}.${i}` : String(i)]);
    } else if (isParsedObject(item)) {
      for (const [key, child] of Object.entries(item)) {
        const at = path ? `${path}.${withoutBadText(key)}` : withoutBadText(key);
        if (badTextAt(key) !== null) return at;
        stack.push([child, at]);
      }
    }
  }
  return null;
}

export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const field = findBadText(request.params) ?? findBadText(request.query) ?? findBadText(request.body);
    if (field !== null) throw invalidInput([{ field: field || 'body', ...BAD_TEXT_MESSAGE }]);
  });
}
