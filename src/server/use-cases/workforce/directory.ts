/** The people directory: search by name, number, unit, title; server-side paging with an exact total. */
import type { DirectoryQuery, DirectoryResponse } from '../../../shared/api/workforce/directory';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { peopleScope } from '../../policies/workforce/workforce-policy';
import { searchPeople } from '../../repositories/workforce/directory-search';
import { keptFigure } from './figures-cache';
import { todayInBangkok } from './scope';

export async function searchDirectory(
  db: Queryable,
  actor: Actor,
  q: DirectoryQuery,
): Promise<DirectoryResponse> {
  let asked: number | null = null;
  if (q.unit) {
    const { rows } = await db.query<{ id: number }>('select id from org_unit where code = $1', [q.unit]);
    if (!rows[0]) throw notFound({ th: `หน่วยงานรหัส ${q.unit}`, en: `Unit ${q.unit}` });
    asked = rows[0].id;
  }
  const unitId = peopleScope(actor, asked);
  const filters = {
    q: q.q ? q.q.replace(/[%_\\]/g, (c) => `\\${c}`) : null,
    unitId,
    title: q.title || null,
    today: todayInBangkok(),
    limit: q.pageSize,
    offset: (q.page - 1) * q.pageSize,
  };
  // a page asked again (the next visitor, the way back) at the same data version is not searched again
  const rows = await keptFigure(db, ['people', filters], () => searchPeople(db, filters));
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && q.page > 1) {
    // beyond the last page: the total of the same search (its text escaped the same way), from its first row
    const first = await searchPeople(db, { ...filters, limit: 1, offset: 0 });
    total = first[0]?.total ?? 0;
  }
  return {
    total,
    page: q.page,
    pageSize: q.pageSize,
    rows: rows.map((r) => ({
      personNo: r.person_no,
      name: `${r.title_name ?? ''}${r.first_name} ${r.last_name}`,
      staffType: r.staff_type,
      title: r.title,
      level: r.level,
      unitCode: r.unit_code,
      unitName: r.unit_name,
    })),
  };
}
