/**
 * The demo believable on any date (issue 14 item 15, decision 0021): loaded on a given day, its months up to
 * 2566-05 are closed (locked, every report accepted) and 2566-06, left open to try the cycle, is due 14 days
 * later — so "my work" shows nothing years overdue and nothing waiting years for review, whatever the day.
 * The committee's open assignments are due relative to that day (one 12 days late, one due in 30 days) and
 * the development results of the demo's years are all filed: nothing overdue by years.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_LOADER, type Actor } from '../../src/server/actor';
import type { Database } from '../../src/server/db/database';
import { DEMO_OPEN_MONTH_DAYS, loadDemo } from '../../src/server/demo/load-demo';
import { listAssignments } from '../../src/server/use-cases/committee/assignments';
import { resultsTimeliness } from '../../src/server/use-cases/development/result-view';
import { getMyWork } from '../../src/server/use-cases/monitoring/my-work';
import { listReportingMonths } from '../../src/server/use-cases/monitoring/reporting-months';
import { landingPath } from '../../src/web/app/landing';
import { resetDatabase } from '../fixtures/db';
import { createTestDatabase } from '../helpers/test-db';

let db: Database;
beforeAll(async () => {
  db = await createTestDatabase();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/** Noon in Bangkok of an ISO day. */
const noon = (day: string) => new Date(`${day}T05:00:00Z`);

async function focalOf(unit: string): Promise<Actor> {
  const { rows } = await db.query<{ id: number }>('select id from org_unit where code = $1', [unit]);
  return { userId: null, label: `focal.${unit}`, role: 'focal_point', unitId: rows[0]!.id };
}

// 7 December 2026 (2569), and 1 January 2571 BE (2028), after the plan's last fiscal year.
describe.each([
  ['2026-12-07', '2026-12-21'],
  ['2028-01-01', '2028-01-15'],
])('the demo loaded on %s', (day, deadline) => {
  beforeAll(async () => {
    await resetDatabase(db);
    await loadDemo(db, { workforce: false, cycleToday: day });
  }, 300_000);

  it('closes 2565-10 … 2566-05 and leaves 2566-06 open, due two weeks later', async () => {
    const months = await listReportingMonths(db, noon(day));
    const closed = ['2565-10', '2565-11', '2565-12', '2566-01', '2566-02', '2566-03', '2566-04', '2566-05'];
    expect(Object.fromEntries(months.map((m) => [m.period, m.locked]))).toEqual({
      ...Object.fromEntries(closed.map((p) => [p, true])),
      '2566-06': false,
    });
    const june = months.find((m) => m.period === '2566-06')!;
    expect(june).toMatchObject({ deadline, lockAfterDays: null, locked: false });
    expect(DEMO_OPEN_MONTH_DAYS).toBe(14);
    const { rows } = await db.query<{ state: string; n: number }>(
      `select state, count(*)::int as n from monthly_report where superseded_at is null group by state`,
    );
    expect(rows.map((r) => r.state)).toEqual(['accepted']);
  });

  it('"my work": every report due in 14 days, no agency late, nothing waiting for review', async () => {
    const admin = await getMyWork(db, DEMO_LOADER, noon(day));
    expect(admin).toMatchObject({ today: day, approve: [], accept: [], lateUnits: [] });
    const focal = await getMyWork(db, await focalOf('PERS'), noon(day));
    expect(focal.report.length).toBeGreaterThan(0);
    expect(new Set(focal.report.map((r) => [r.period, r.deadline, r.daysLeft].join(' ')))).toEqual(
      new Set([`2566-06 ${deadline} 14`]),
    );
    // Signing in that day, the focal point lands on งานของฉัน (issue 14 item 3); the approver, with nothing
    // waiting for approval in a closed demo, on the summary.
    expect(landingPath('focal_point', focal)).toBe('/my-work');
    const approver = await getMyWork(db, { ...(await focalOf('PERS')), role: 'approver' }, noon(day));
    expect([approver.approve, landingPath('approver', approver)]).toEqual([[], '/']);
    // A week after the deadline: late by 7 days, not by years.
    const later = await getMyWork(db, DEMO_LOADER, noon(addDays(deadline, 7)));
    expect(new Set(later.lateUnits.map((u) => u.daysLate))).toEqual(new Set([7]));
  });

  it('committee: no assignment overdue by more than 90 days; the two still open are due around the day', async () => {
    const open = await listAssignments(db, DEMO_LOADER, { status: 'open' }, noon(day));
    expect(open.map((a) => [a.unit.code, a.dueOn, a.overdue, a.daysLate])).toEqual([
      ['PALAD', addDays(day, -12), true, 12],
      ['OCSC-BMA', addDays(day, 30), false, 0],
    ]);
    const all = await listAssignments(db, DEMO_LOADER, { status: 'all' }, noon(day));
    expect(all).toHaveLength(6);
    expect(Math.max(...all.map((a) => a.daysLate))).toBe(12);
    expect(all.filter((a) => a.daysLate > 90)).toEqual([]);
  });

  it('development: every result of the demo years filed, none missing', async () => {
    for (const fiscalYear of [2566, 2567]) {
      const view = await resultsTimeliness(db, DEMO_LOADER, { fiscalYear }, noon(day));
      expect(view.totals, String(fiscalYear)).toEqual({
        projects: view.totals.projects,
        onTime: view.totals.onTime,
        late: view.totals.late,
        missing: 0,
        notYetDue: view.totals.notYetDue,
      });
    }
  });
});

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
