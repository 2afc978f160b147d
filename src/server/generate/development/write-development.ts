/**
 * Writes the generated development year set-based: the dataset's HRD plan and strategies, each fiscal year
 * opened against it (a year opened already — the demo's, another dataset's — is left as it is), the agencies'
 * projects in one INSERT … SELECT FROM unnest, then the people's records, one statement per year (records.ts).
 */
import type { Queryable } from '../../db/database';
import { insertRows } from '../insert-rows';
import type { BuiltDevelopment } from './build-development';
import { writeRecordsOfYear } from './records';

export interface DevelopmentCounts {
  /** the fiscal years with projects and records, BE */
  fiscalYears: number[];
  projects: number;
  records: number;
}

export async function writeDevelopment(
  tx: Queryable,
  built: BuiltDevelopment,
  unitId: ReadonlyMap<string, number>,
  people: { seed: number; prefix: string } | null,
): Promise<DevelopmentCounts> {
  const { plan } = built;
  const { rows: planRows } = await tx.query<{ id: number }>(
    `insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year) values ($1, $2, $3, $4) returning id`,
    [plan.code, plan.name, plan.fromYear, plan.toYear],
  );
  const planId = planRows[0]!.id;
  const strategyRows = await insertRows<{ id: number; no: string }>(
    tx,
    'hrd_strategy',
    [
      ['hrd_plan_id', 'int', built.strategies.map(() => planId)],
      ['no', 'text', built.strategies.map((s) => s.no)],
      ['name', 'text', built.strategies.map((s) => s.name)],
    ],
    'id, no',
  );
  const strategyId = new Map(strategyRows.map((r) => [r.no, r.id]));
  await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name, submission_deadline)
     select fy, $2, 'HRD ' || (fy % 100), make_date(fy - 544, 8, 31) from unnest($1::int[]) fy
     on conflict (fiscal_year) do nothing`,
    [built.fiscalYears, planId],
  );
  const ps = built.projects;
  const unit = (code: string) => {
    const id = unitId.get(code);
    if (id === undefined) throw new Error(`writeDevelopment: no unit ${code}`);
    return id;
  };
  await insertRows(tx, 'development_project', [
    ['fiscal_year', 'int', ps.map((p) => p.fiscalYear)],
    ['unit_id', 'int', ps.map((p) => unit(p.unitCode))],
    ['project_code', 'text', ps.map((p) => p.code)],
    ['project_name', 'text', ps.map((p) => p.name)],
    ['hrd_strategy_id', 'int', ps.map((p) => strategyId.get(p.strategyNo)!)],
    ['activity_type', 'text', ps.map((p) => p.activityType)],
    ['participants', 'int', ps.map((p) => p.participants)],
    ['budget', 'numeric', ps.map((p) => p.budget)],
    ['budget_source', 'text', ps.map((p) => p.budgetSource)],
    ['start_date', 'date', ps.map((p) => p.startDate)],
    ['end_date', 'date', ps.map((p) => p.endDate)],
    ['days', 'numeric', ps.map((p) => p.days)],
    ['digital', 'boolean', ps.map((p) => p.digital)],
    ['example', 'boolean', ps.map(() => true)],
  ]);
  let records = 0;
  if (people !== null) {
    for (const fiscalYear of built.fiscalYears)
      records += await writeRecordsOfYear(tx, { ...people, fiscalYear });
  }
  return { fiscalYears: built.fiscalYears, projects: ps.length, records };
}
