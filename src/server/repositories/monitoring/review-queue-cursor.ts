/**
 * The review queue's paging cursor: the last row's sort key (month, agency name, project code, report id)
 * with the filters it was read under, as base64url JSON, and a check over both and the reader's scope.
 *
 * A cursor is only a position: the next page is still read under the reader's own scope, so a cursor
 * grants nothing. The check is there so that an edited, cut or foreign cursor (other filters, another
 * agency's reader) is refused with a clear 400 instead of silently seeking somewhere else; it is not a
 * secret, and needs none: the server keeps no key, so cursors survive restarts and several servers.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { REPORT_STATES, type ReportState } from '../../../domain/monitoring';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import { invalidInput } from '../../errors';

export interface ReviewQueueFilters {
  state: ReportState;
  /** 'YYYY-MM' (BE) as asked, or null for every month */
  period: string | null;
  unit: number | null;
}

/** The position after which the next page starts, in the queue's order. */
export interface ReviewQueueKey {
  period: number;
  /** null: a project without an owner unit (those sort last in their month) */
  unitName: string | null;
  projectCode: string;
  id: number;
}

const INT4 = z.number().int().min(0).max(2_147_483_647);
/** Text that PostgreSQL can take as a parameter: no NUL, and no longer than any name or code can be. */
const Text = z
  .string()
  .max(1000)
  .refine((s) => !s.includes('\0'));

const Payload = z.strictObject({
  v: z.literal(1),
  f: z.strictObject({
    s: z.enum(REPORT_STATES),
    p: z.string().max(7).nullable(),
    u: INT4.nullable(),
  }),
  k: z.tuple([INT4, Text.nullable(), Text, INT4]),
});

const MALFORMED: FieldIssue = {
  field: 'cursor',
  th: 'ตำแหน่งหน้าถัดไป (cursor) ไม่ถูกต้องหรือถูกแก้ไข กรุณาเริ่มจากหน้าแรก',
  en: 'cursor is not valid or was altered; start again from the first page',
};
const OTHER_FILTERS: FieldIssue = {
  field: 'cursor',
  th: 'ตำแหน่งหน้าถัดไป (cursor) เป็นของเงื่อนไขการค้นหาอื่น เมื่อเปลี่ยนเงื่อนไขต้องเริ่มจากหน้าแรก',
  en: 'cursor belongs to other filters; after changing the filters start again from the first page',
};

const scopeOf = (actor: Actor) => `${actor.role}:${actor.unitId ?? ''}`;

function check(payload: string, actor: Actor): string {
  return createHash('sha256')
    .update(`tidtam review queue cursor\n${payload}\n${scopeOf(actor)}`)
    .digest()
    .subarray(0, 12)
    .toString('base64url');
}

export function encodeCursor(actor: Actor, filters: ReviewQueueFilters, key: ReviewQueueKey): string {
  const body: z.infer<typeof Payload> = {
    v: 1,
    f: { s: filters.state, p: filters.period, u: filters.unit },
    k: [key.period, key.unitName, key.projectCode, key.id],
  };
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  return `${payload}.${check(payload, actor)}`;
}

/** The key a cursor carries; a 400 naming `cursor` when it is damaged, altered, or of other filters. */
export function decodeCursor(actor: Actor, filters: ReviewQueueFilters, cursor: string): ReviewQueueKey {
  const [payload, sum, ...rest] = cursor.split('.');
  if (!payload || !sum || rest.length > 0 || sum !== check(payload, actor)) throw invalidInput([MALFORMED]);
  let parsed: z.infer<typeof Payload>;
  try {
    parsed = Payload.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw invalidInput([MALFORMED]);
  }
  const { f, k } = parsed;
  if (f.s !== filters.state || f.p !== filters.period || f.u !== filters.unit) {
    throw invalidInput([OTHER_FILTERS]);
  }
  return { period: k[0], unitName: k[1], projectCode: k[2], id: k[3] };
}
