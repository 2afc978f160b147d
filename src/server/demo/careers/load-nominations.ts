/**
 * The demo's talent pool (issue 12 item 5): the central office has begun planning the succession of the
 * district directors who retire first. For the four district-director seats whose holders retire soonest
 * (then by unit code), two or three successors each from the people holding assistant district director
 * today, of that district first: readiness and consent varied as a real pool is (one refused, some not yet
 * answered), and one successor's readiness raised a year after the first nomination, so the page shows a
 * history. Every note says ตัวอย่าง. Without the workforce demo (no seats, no people) there is no pool.
 */
import type { Consent, Readiness } from '../../../domain/careers';
import { ASSISTANT_DISTRICT_DIRECTOR, DISTRICT_DIRECTOR } from '../../../domain/workforce/index';
import { DEMO_LOADER } from '../../actor';
import type { Database } from '../../db/database';
import { seatRows } from '../../repositories/careers/seats';
import { changeNomination, nominate } from '../../use-cases/careers/nominate';

/** Per seat, in order: the successors' readiness and consent (the seat's own district's people first). */
const PLAN: [Readiness, Consent][][] = [
  [
    ['ready_now', 'yes'],
    ['one_to_two_years', 'yes'],
    ['later', 'pending'],
  ],
  [
    ['one_to_two_years', 'yes'],
    ['ready_now', 'no'],
  ],
  [
    ['ready_now', 'yes'],
    ['later', 'yes'],
  ],
  [
    ['later', 'pending'],
    ['one_to_two_years', 'pending'],
  ],
];

export async function loadNominationsDemo(db: Database, today: string): Promise<void> {
  const seats = (await seatRows(db, [DISTRICT_DIRECTOR], today, null))
    .filter((s) => s.holder_id !== null && s.retirement_fiscal_year !== null)
    .sort(
      (a, b) =>
        a.retirement_fiscal_year! - b.retirement_fiscal_year! || a.unit_code.localeCompare(b.unit_code),
    )
    .slice(0, PLAN.length);
  if (seats.length === 0) return;
  // Assistant district directors in service today, with their unit; a person is nominated once.
  const { rows: deputies } = await db.query<{ person_no: string; unit_id: number }>(
    `select p.person_no, h.unit_id from position_history h join person p on p.id = h.person_id
      where h.title = $1 and h.role = 'holds' and h.from_date <= $2::date
        and (h.to_date is null or h.to_date >= $2::date)
        and (p.exit_date is null or p.exit_date > $2::date)
      order by p.person_no`,
    [ASSISTANT_DISTRICT_DIRECTOR, today],
  );
  const used = new Set<string>();
  const made: number[] = [];
  for (const [i, seat] of seats.entries()) {
    const plan = PLAN[i]!;
    const own = deputies.filter((d) => d.unit_id === seat.unit_id && !used.has(d.person_no));
    const others = deputies.filter((d) => d.unit_id !== seat.unit_id && !used.has(d.person_no));
    for (const [k, [readiness, consent]] of plan.entries()) {
      const who = [...own, ...others][k];
      if (!who) break;
      used.add(who.person_no);
      const { id } = await nominate(db, DEMO_LOADER, {
        positionId: seat.position_id,
        personNo: who.person_no,
        readiness,
        consent,
        note: `ตัวอย่าง: เสนอชื่อเพื่อสืบทอดตำแหน่ง${DISTRICT_DIRECTOR} ${seat.unit_name}`,
      });
      made.push(id);
    }
  }
  // The first seat's second successor finished the assistant directors' course: ready sooner.
  const raised = made[1];
  if (raised !== undefined)
    await changeNomination(db, DEMO_LOADER, raised, {
      version: 1,
      readiness: 'ready_now',
      note: 'ตัวอย่าง: ผ่านหลักสูตรนักบริหารแล้ว ปรับความพร้อมเป็นพร้อมทันที',
    });
}
