/** Search across meetings, resolutions and suggestions: the query cut into Thai words like the stored text. */
import { searchTokens } from '../../../domain/committee';
import type { SearchPage } from '../../../shared/api/committee';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { invalidInput } from '../../errors';
import { requireCommitteeReader } from '../../policies/committee/committee-policy';
import { searchCount, searchRows } from '../../repositories/committee/search';

export const SEARCH_PAGE_SIZE = 20;

export async function searchCommittee(
  db: Queryable,
  actor: Actor,
  query: { q: string; page: number },
): Promise<SearchPage> {
  requireCommitteeReader(actor);
  const words = searchTokens(query.q);
  if (words.length === 0)
    throw invalidInput([{ field: 'q', th: 'คำค้นไม่มีคำที่ค้นได้', en: 'the query has no searchable word' }]);
  const rows = await searchRows(db, words, SEARCH_PAGE_SIZE, (query.page - 1) * SEARCH_PAGE_SIZE);
  const total = rows[0]?.total ?? (await searchCount(db, words));
  return {
    total,
    page: query.page,
    pageSize: SEARCH_PAGE_SIZE,
    words,
    hits: rows.map((r) => ({
      kind: r.kind,
      id: r.id,
      meeting: { id: r.meeting_id, no: r.meeting_no, yearBe: r.meeting_year, heldOn: r.meeting_date },
      text: r.text,
    })),
  };
}
