/**
 * Idempotency-Key on form posts: a browser that sends the same report twice (double click, a retry after
 * a timeout) with the same key gets the first answer again, and only one record is written.
 *
 * - The key is per actor (user, or the operator); 1–200 visible ASCII characters; kept 24 hours.
 * - Same key, same request (method, route, parameters, body) → the stored answer, with the header
 *   `Idempotent-Replayed: true`. Same key, different request → 400. A request with the key still being
 *   processed → we wait for its answer (up to WAIT_MS), then 409.
 * - Only successful answers (2xx) are kept; after an error the key is released, so a retry does the work.
 * - Requests without the header are not affected.
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../actor';
import type { Database } from '../db/database';
import { abandonIdempotencyKey, claimIdempotencyKey, finishIdempotencyKey } from '../db/idempotency';
import { AppError } from '../errors';
import type { AppContext } from './context';

/** Routes that honour the header ("METHOD url pattern"). */
export const IDEMPOTENT_ROUTES: ReadonlySet<string> = new Set([
  'POST /api/projects/:id/reports',
  'POST /api/people',
]);

const HEADER = 'idempotency-key';
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;
const WAIT_MS = 10_000;
const POLL_MS = 100;

declare module 'fastify' {
  interface FastifyRequest {
    idempotency?: { actor: string; key: string };
  }
}

const actorKey = (actor: Actor) => (actor.userId === null ? actor.label : `user:${actor.userId}`);

function requestHash(req: FastifyRequest): string {
  return createHash('sha256')
    .update(`${req.method} ${req.routeOptions.url ?? ''}\n`)
    .update(JSON.stringify(req.params ?? {}))
    .update('\n')
    .update(JSON.stringify(req.query ?? {}))
    .update('\n')
    .update(Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body ?? null))
    .digest('hex');
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function idempotencyHooks(app: FastifyInstance, { db }: AppContext) {
  app.addHook('preHandler', async (req: FastifyRequest, reply: FastifyReply) => {
    const given = req.headers[HEADER];
    if (given === undefined || !req.actor) return;
    if (!IDEMPOTENT_ROUTES.has(`${req.method} ${req.routeOptions.url ?? ''}`)) return;
    const key = Array.isArray(given) ? given[0] : given;
    if (key === undefined || !KEY_PATTERN.test(key)) {
      throw new AppError('invalid_input', { th: 'ข้อมูลไม่ถูกต้อง', en: 'The input is not valid' }, [
        {
          field: 'Idempotency-Key',
          th: 'ต้องเป็นตัวอักษร ASCII ที่มองเห็นได้ 1–200 ตัว',
          en: 'must be 1–200 visible ASCII characters',
        },
      ]);
    }
    const actor = actorKey(req.actor);
    const hash = requestHash(req);
    const deadline = Date.now() + WAIT_MS;
    for (;;) {
      const found = await claimIdempotencyKey(db, actor, key, hash);
      if (found.kind === 'claimed') {
        req.idempotency = { actor, key };
        return;
      }
      if (found.kind === 'replay') {
        return reply
          .code(found.status)
          .header('idempotent-replayed', 'true')
          .type('application/json; charset=utf-8')
          .send(found.response);
      }
      if (found.kind === 'mismatch') {
        throw new AppError('invalid_input', { th: 'ข้อมูลไม่ถูกต้อง', en: 'The input is not valid' }, [
          {
            field: 'Idempotency-Key',
            th: 'รหัสนี้ถูกใช้กับคำขออื่นไปแล้ว กรุณาใช้รหัสใหม่',
            en: 'this key was already used for a different request; use a new key',
          },
        ]);
      }
      if (Date.now() >= deadline) {
        throw new AppError('conflict', {
          th: 'คำขอเดียวกันนี้กำลังดำเนินการอยู่ กรุณารอสักครู่แล้วโหลดหน้าใหม่',
          en: 'The same request is still being processed; wait a moment and reload',
        });
      }
      await pause(POLL_MS);
    }
  });

  app.addHook('onSend', async (req: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const claim = req.idempotency;
    if (!claim) return payload;
    req.idempotency = undefined;
    await settle(db, claim, reply.statusCode, payload);
    return payload;
  });
}

async function settle(db: Database, claim: { actor: string; key: string }, status: number, payload: unknown) {
  try {
    if (status >= 200 && status < 300 && typeof payload === 'string') {
      await finishIdempotencyKey(db, claim.actor, claim.key, status, payload);
    } else {
      await abandonIdempotencyKey(db, claim.actor, claim.key);
    }
  } catch {
    // The answer still goes out; an unrecorded key only means a retry would do the work again
    // (after the stale claim expires), which is what happened before keys existed.
  }
}
