/**
 * Writes the annual action plan (year plans, milestones) and the key results with their actuals and
 * the projects serving them, mapping the builders' list places to the ids written.
 */
import type { Queryable } from '../db/database';
import { stamp } from './calendar';
import { insertRows } from './insert-rows';
import type { ActualRow, KeyResultRow, MilestoneRow, YearPlanRow } from './outcomes';

export async function writeYearPlans(
  tx: Queryable,
  yearPlans: readonly YearPlanRow[],
  milestones: readonly MilestoneRow[],
  projectId: readonly number[],
): Promise<void> {
  await insertRows(tx, 'project_year_plan', [
    ['project_id', 'int', yearPlans.map((y) => projectId[y.projectIndex]!)],
    ['fiscal_year', 'int', yearPlans.map((y) => y.fy)],
    ['priority', 'int', yearPlans.map((y) => y.priority)],
    ['budget_requested', 'numeric', yearPlans.map((y) => y.requested)],
    ['budget_allocated', 'numeric', yearPlans.map((y) => y.allocated)],
  ]);
  await insertRows(tx, 'project_milestone', [
    ['project_id', 'int', milestones.map((m) => projectId[m.projectIndex]!)],
    ['period', 'int', milestones.map((m) => m.period)],
    ['planned_percent', 'numeric', milestones.map((m) => m.percent)],
  ]);
}

export async function writeKeyResults(
  tx: Queryable,
  keyResults: readonly KeyResultRow[],
  actuals: readonly ActualRow[],
  ids: { targetId: ReadonlyMap<string, number>; projectId: readonly number[] },
  recordedBy: string,
): Promise<void> {
  const { targetId, projectId } = ids;
  const krs = keyResults;
  const krRows = await insertRows<{ id: number; target_id: number; fiscal_year: number; no: string }>(
    tx,
    'key_result',
    [
      ['target_id', 'int', krs.map((k) => targetId.get(k.target))],
      ['fiscal_year', 'int', krs.map((k) => k.fy)],
      ['no', 'text', krs.map((k) => k.no)],
      ['indicator', 'text', krs.map((k) => k.indicator)],
      ['unit', 'text', krs.map((k) => k.unit)],
      ['direction', 'text', krs.map((k) => k.direction)],
      ['baseline', 'numeric', krs.map((k) => String(k.baseline))],
      ['target_value', 'numeric', krs.map((k) => (k.goal === null ? null : String(k.goal)))],
      ['range_low', 'numeric', krs.map((k) => (k.low === null ? null : String(k.low)))],
      ['range_high', 'numeric', krs.map((k) => (k.high === null ? null : String(k.high)))],
      ['note', 'text', krs.map(() => 'ข้อมูลจำลองสำหรับทดสอบประสิทธิภาพระบบ')],
    ],
    'id, target_id, fiscal_year, no',
  );
  const krId = new Map(krRows.map((k) => [`${k.target_id}|${k.fiscal_year}|${k.no}`, k.id]));
  const krIds = krs.map((k) => krId.get(`${targetId.get(k.target)}|${k.fy}|${k.no}`)!);
  await insertRows(tx, 'key_result_actual', [
    ['key_result_id', 'int', actuals.map((a) => krIds[a.keyResult]!)],
    ['granularity', 'text', actuals.map((a) => a.granularity)],
    ['period', 'text', actuals.map((a) => a.period)],
    ['period_end', 'int', actuals.map((a) => a.end)],
    ['value', 'numeric', actuals.map((a) => a.value)],
    ['source', 'text', actuals.map(() => 'ข้อมูลจำลอง')],
    ['recorded_by_label', 'text', actuals.map(() => recordedBy)],
    ['created_at', 'timestamptz', actuals.map((a) => stamp(a.at))],
    ['updated_at', 'timestamptz', actuals.map((a) => stamp(a.at))],
  ]);
  const links = krs.flatMap((k, i) => k.projects.map((p) => [projectId[p]!, krIds[i]!] as const));
  await insertRows(tx, 'project_key_result', [
    ['project_id', 'int', links.map((l) => l[0])],
    ['key_result_id', 'int', links.map((l) => l[1])],
  ]);
}
