/**
 * Updates the given columns of one row, audits before/after in the same transaction and, for
 * versioned tables, refuses a stale version (optimistic locking: nobody's edit is silently lost).
 */
import type { Actor } from '../actor';
import type { Queryable } from '../db/database';
import { conflict, notFound } from '../errors';
import { recordAudit } from './audit';

export async function updateRecord(
  tx: Queryable,
  actor: Actor,
  spec: {
    table: string;
    id: number;
    fields: Record<string, unknown>;
    version?: number;
    what: { th: string; en: string };
  },
): Promise<void> {
  const columns = Object.keys(spec.fields).filter((c) => spec.fields[c] !== undefined);
  const { rows } = await tx.query<Record<string, unknown>>(
    `select ${['id', ...columns, ...(spec.version !== undefined ? ['version'] : [])].join(', ')}
       from ${spec.table} where id = $1 for update`,
    [spec.id],
  );
  const before = rows[0];
  if (!before) throw notFound(spec.what);
  if (spec.version !== undefined && before.version !== spec.version) {
    throw conflict({
      th: `${spec.what.th}ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่แล้วแก้อีกครั้ง`,
      en: `${spec.what.en} was changed by someone else; reload and edit again`,
    });
  }
  const changed = columns.filter((c) => String(before[c] ?? '') !== String(spec.fields[c] ?? ''));
  if (changed.length === 0) return;
  const sets = changed.map((c, i) => `${c} = $${i + 2}`);
  if (spec.version !== undefined) sets.push('version = version + 1', 'updated_at = now()');
  await tx.query(`update ${spec.table} set ${sets.join(', ')} where id = $1`, [
    spec.id,
    ...changed.map((c) => spec.fields[c]),
  ]);
  await recordAudit(tx, actor, {
    action: 'update',
    entity: spec.table,
    entityId: spec.id,
    before: Object.fromEntries(changed.map((c) => [c, before[c]])),
    after: Object.fromEntries(changed.map((c) => [c, spec.fields[c]])),
  });
}
