/** Edits of the plan hierarchy by the central office, each audited and version-checked. */
import type { z } from 'zod';
import type {
  PlanUpdate,
  ProjectUpdate,
  StrategyUpdate,
  TargetUpdate,
} from '../../../shared/api/monitoring/plans';
import type { Actor } from '../../actor';
import type { Database } from '../../db/database';
import { invalidInput, notFound } from '../../errors';
import { updateRecord } from '../../repositories/record-update';

export async function updatePlan(
  db: Database,
  actor: Actor,
  code: string,
  input: z.infer<typeof PlanUpdate>,
) {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ id: number }>('select id from plan where code = $1', [code]);
    if (!rows[0]) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
    await updateRecord(tx, actor, {
      table: 'plan',
      id: rows[0].id,
      version: input.version,
      fields: { name: input.name },
      what: { th: 'แผนนี้', en: 'This plan' },
    });
  });
}

export async function updateTarget(
  db: Database,
  actor: Actor,
  id: number,
  input: z.infer<typeof TargetUpdate>,
) {
  await db.transaction((tx) =>
    updateRecord(tx, actor, {
      table: 'strategic_target',
      id,
      fields: { name: input.name, value_delivered: input.valueDelivered },
      what: { th: 'เป้าประสงค์นี้', en: 'This target' },
    }),
  );
}

export async function updateStrategy(
  db: Database,
  actor: Actor,
  id: number,
  input: z.infer<typeof StrategyUpdate>,
) {
  await db.transaction((tx) =>
    updateRecord(tx, actor, {
      table: 'strategy',
      id,
      fields: { name: input.name, kpi: input.kpi },
      what: { th: 'กลยุทธ์นี้', en: 'This strategy' },
    }),
  );
}

export async function updateProject(db: Database, actor: Actor, id: number, input: ProjectUpdate) {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{
      fiscal_year_from: number;
      fiscal_year_to: number;
      start_year: number;
      end_year: number;
      start_date: string | null;
      end_date: string | null;
    }>(
      `select p.fiscal_year_from, p.fiscal_year_to, plan.start_year, plan.end_year, p.start_date, p.end_date
         from project p join plan on plan.id = p.plan_id where p.id = $1`,
      [id],
    );
    const current = rows[0];
    if (!current) throw notFound({ th: 'โครงการนี้', en: 'This project' });
    const from = input.fiscalYearFrom ?? current.fiscal_year_from;
    const to = input.fiscalYearTo ?? current.fiscal_year_to;
    if (from > to || from < current.start_year || to > current.end_year) {
      throw invalidInput([
        {
          field: 'fiscalYearTo',
          en: `fiscal years must lie within ${current.start_year}–${current.end_year}, first ≤ last`,
          th: `ปีงบประมาณต้องอยู่ในช่วง ${current.start_year}–${current.end_year} และปีแรกไม่เกินปีสุดท้าย`,
        },
      ]);
    }
    // Compare what the project will hold: one date may come from the form, the other from the record.
    const start = input.startDate === undefined ? current.start_date : input.startDate;
    const end = input.endDate === undefined ? current.end_date : input.endDate;
    if (start && end && start > end) {
      const field = input.endDate === undefined ? 'startDate' : 'endDate';
      throw invalidInput([
        field === 'endDate'
          ? { field, en: `is before the start date ${start}`, th: `อยู่ก่อนวันเริ่มต้น ${start}` }
          : { field, en: `is after the end date ${end}`, th: `อยู่หลังวันสิ้นสุด ${end}` },
      ]);
    }
    if (input.ownerUnitId) {
      const { rows: units } = await tx.query('select 1 from org_unit where id = $1 and status = $2', [
        input.ownerUnitId,
        'active',
      ]);
      if (units.length === 0)
        throw invalidInput([
          { field: 'ownerUnitId', en: 'no such active unit', th: 'ไม่พบหน่วยงานนี้หรือหน่วยงานถูกยุบแล้ว' },
        ]);
    }
    await updateRecord(tx, actor, {
      table: 'project',
      id,
      version: input.version,
      what: { th: 'โครงการนี้', en: 'This project' },
      fields: {
        name: input.name,
        owner_unit_id: input.ownerUnitId,
        fiscal_year_from: input.fiscalYearFrom,
        fiscal_year_to: input.fiscalYearTo,
        start_date: input.startDate,
        end_date: input.endDate,
        budget: input.budget,
        kpi: input.kpi,
        kpi_unit: input.kpiUnit,
        kpi_target: input.kpiTarget,
      },
    });
  });
}
