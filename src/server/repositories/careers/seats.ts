/** The seats of key titles (positions of the staffing frame) and their holders on a date: one query. */
import type { Queryable } from '../../db/database';

export interface SeatRow {
  position_id: number;
  position_no: string;
  title: string;
  unit_id: number;
  unit_code: string;
  unit_name: string;
  holder_id: number | null;
  holder_name: string | null;
  retirement_fiscal_year: number | null;
}

/** Positions with one of these titles not abolished on `asOf`, with the person holding each then. */
export async function seatRows(
  db: Queryable,
  titles: readonly string[],
  asOf: string,
  unitId: number | null,
): Promise<SeatRow[]> {
  const { rows } = await db.query<SeatRow>(
    `select po.id as position_id, po.position_no, po.title, u.id as unit_id, u.code as unit_code,
            u.name as unit_name, p.id as holder_id,
            case when p.id is null then null
                 else concat_ws(' ', coalesce(p.title, '') || p.first_name, p.last_name) end as holder_name,
            p.retirement_fiscal_year
       from position po
       join org_unit u on u.id = po.unit_id
       left join lateral (select h.person_id from position_history h
                           where h.position_id = po.id and h.role = 'holds' and h.from_date <= $2
                             and (h.to_date is null or h.to_date >= $2)
                           order by h.from_date desc limit 1) cur on true
       left join person p on p.id = cur.person_id
      where po.title = any($1::text[]) and (po.abolished_date is null or po.abolished_date > $2)
        and ($3::int is null or po.unit_id = $3)
      order by po.title, u.code, po.position_no`,
    [titles, asOf, unitId],
  );
  return rows;
}
