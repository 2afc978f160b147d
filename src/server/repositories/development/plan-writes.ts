/**
 * The development plan file's writes, set-based: rows staged a batch at a time (INSERT … FROM unnest), checked
 * across the file and against the database in SQL, then merged: the HRD plan and its strategies by code and
 * number, the year (opened against that plan when new), and the projects by (fiscal_year, project_code),
 * updated in place. Projects of the year the file does not name are kept (a file may be one agency's).
 */
import type { Queryable } from '../../db/database';
import { firstCodes, namedOf } from '../../import/named';
import type { PlanLine } from '../../import/development/plan-rows';
import type { FieldIssue } from '../../../shared/messages';

export async function createPlanStage(tx: Queryable): Promise<void> {
  await tx.query(`create temp table dev_plan_stage (
    row_no int, fiscal_year int, hrd_plan text, hrd_plan_name text, strategy_no text, strategy_name text,
    unit_id int, project_code text, project_name text, activity_type text, participants int, budget numeric(16, 2),
    budget_source text, target_group text, start_date date, end_date date, days numeric(6, 1), digital boolean)
    on commit drop`);
}

export async function stagePlan(tx: Queryable, lines: readonly PlanLine[]): Promise<void> {
  const col = <K extends keyof PlanLine>(k: K) => lines.map((l) => l[k]);
  await tx.query(
    `insert into dev_plan_stage
     select * from unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int[],
                          $8::text[], $9::text[], $10::text[], $11::int[], $12::numeric[], $13::text[],
                          $14::text[], $15::date[], $16::date[], $17::numeric[], $18::boolean[])`,
    [
      col('row'),
      col('fiscalYear'),
      col('hrdPlan'),
      col('hrdPlanName'),
      col('strategyNo'),
      col('strategyName'),
      col('unitId'),
      col('projectCode'),
      col('projectName'),
      col('activityType'),
      col('participants'),
      col('budget'),
      col('budgetSource'),
      col('targetGroup'),
      col('startDate'),
      col('endDate'),
      col('days'),
      col('digital'),
    ],
  );
}

const MESSAGES: Record<string, (o: string) => { en: string; th: string }> = {
  project_code: (o) => ({ en: `repeats row ${o} (same fiscal year)`, th: `ซ้ำกับแถวที่ ${o} (ปีงบประมาณเดียวกัน)` }),
  hrd_plan_name: (o) => ({
    en: `disagrees with row ${o} for the same hrd_plan`,
    th: `ไม่ตรงกับแถวที่ ${o} ซึ่งเป็นแผนเดียวกัน`,
  }),
  hrd_plan: (o) => ({
    en: `the fiscal year is classified against another HRD plan (row ${o})`,
    th: `ปีงบประมาณนี้ใช้แผนพัฒนาทรัพยากรบุคคลอื่น (แถวที่ ${o})`,
  }),
  hrd_strategy_name: (o) => ({
    en: `disagrees with row ${o} for the same strategy`,
    th: `ไม่ตรงกับแถวที่ ${o} ซึ่งเป็นยุทธศาสตร์เดียวกัน`,
  }),
  year_plan: (o) => ({
    en: `the fiscal year is already classified against ${o}`,
    th: `ปีงบประมาณนี้ใช้แผน ${o} อยู่แล้ว`,
  }),
  other_unit: () => ({
    en: "the project code belongs to another agency's project",
    th: 'รหัสโครงการนี้เป็นของโครงการของหน่วยงานอื่น',
  }),
};

/** Rows disagreeing with an earlier row or with the database; `ownUnit`: an agency importing its own rows. */
export async function planFileIssues(tx: Queryable, limit: number, ownUnit: number | null) {
  await tx.query('create index on dev_plan_stage (fiscal_year, project_code)');
  const { rows } = await tx.query<{ row_no: number; kind: string; other: string; n: string }>(
    `with firsts as (
       select s.row_no, s.fiscal_year, s.project_code, s.hrd_plan, s.hrd_plan_name, s.strategy_no, s.strategy_name,
              first_value(s.row_no) over (partition by s.fiscal_year, s.project_code order by s.row_no) as code_row,
              first_value(s.row_no) over (partition by s.hrd_plan order by s.row_no) as plan_row,
              first_value(s.hrd_plan_name) over (partition by s.hrd_plan order by s.row_no) as plan_name0,
              first_value(s.row_no) over (partition by s.fiscal_year order by s.row_no) as year_row,
              first_value(s.hrd_plan) over (partition by s.fiscal_year order by s.row_no) as year_plan0,
              first_value(s.row_no) over (partition by s.hrd_plan, s.strategy_no order by s.row_no) as strat_row,
              first_value(s.strategy_name) over (partition by s.hrd_plan, s.strategy_no order by s.row_no) as strat0
         from dev_plan_stage s),
     found as (
       select row_no, 'project_code' as kind, code_row::text as other from firsts where code_row <> row_no
       union all
       select row_no, 'hrd_plan_name', plan_row::text from firsts where hrd_plan_name <> plan_name0
       union all
       select row_no, 'hrd_plan', year_row::text from firsts where hrd_plan <> year_plan0
       union all
       select row_no, 'hrd_strategy_name', strat_row::text from firsts where strategy_name <> strat0
       union all
       select s.row_no, 'year_plan', h.code from dev_plan_stage s
         join development_year y on y.fiscal_year = s.fiscal_year join hrd_plan h on h.id = y.hrd_plan_id
        where h.code <> s.hrd_plan
       union all
       select s.row_no, 'other_unit', '' from dev_plan_stage s
         join development_project p on p.fiscal_year = s.fiscal_year and p.project_code = s.project_code
        where $2::int is not null and p.unit_id <> $2::int)
     select row_no, kind, other, count(*) over () as n from found order by row_no limit $1`,
    [limit, ownUnit],
  );
  const field = (kind: string) =>
    kind === 'year_plan' ? 'hrd_plan' : kind === 'other_unit' ? 'project_code' : kind;
  const listed = rows.map((r): FieldIssue => ({
    row: r.row_no,
    field: field(r.kind),
    ...MESSAGES[r.kind]!(r.other),
  }));
  return { listed, count: rows.length > 0 ? Number(rows[0]!.n) : 0 };
}

const COLS = [
  'unit_id',
  'project_name',
  'hrd_strategy_id',
  'activity_type',
  'participants',
  'budget',
  'budget_source',
  'target_group',
  'start_date',
  'end_date',
  'days',
  'digital',
];
const differs = (a: string, b: string) =>
  `(${COLS.map((c) => `${a}.${c}`).join(', ')}) is distinct from (${COLS.map((c) => `${b}.${c}`).join(', ')})`;

/** Merges plans, strategies, years and projects; answers the projects created, updated and unchanged. */
export async function mergePlan(tx: Queryable) {
  await tx.query(
    `insert into hrd_plan (code, name, from_fiscal_year, to_fiscal_year)
     select s.hrd_plan, min(s.hrd_plan_name),
            coalesce(substring(s.hrd_plan from '(\\d{4})-\\d{4}$')::int, min(s.fiscal_year)),
            coalesce(substring(s.hrd_plan from '\\d{4}-(\\d{4})$')::int, max(s.fiscal_year))
       from dev_plan_stage s group by s.hrd_plan
     on conflict (code) do update set name = excluded.name`,
  );
  await tx.query(
    `insert into hrd_strategy (hrd_plan_id, no, name)
     select h.id, s.strategy_no, min(s.strategy_name)
       from dev_plan_stage s join hrd_plan h on h.code = s.hrd_plan group by h.id, s.strategy_no
     on conflict (hrd_plan_id, no) do update set name = excluded.name`,
  );
  await tx.query(
    `insert into development_year (fiscal_year, hrd_plan_id, form_name)
     select distinct s.fiscal_year, h.id, 'HRD ' || right(s.fiscal_year::text, 2)
       from dev_plan_stage s join hrd_plan h on h.code = s.hrd_plan
     on conflict (fiscal_year) do nothing`,
  );
  /** The staged projects as the merge writes them (with the file's row first when `row` is set). */
  const staged = (
    row = '',
  ) => `select ${row}s.fiscal_year, s.project_code, s.unit_id, s.project_name, st.id as hrd_strategy_id,
            s.activity_type, s.participants, s.budget, s.budget_source, s.target_group, s.start_date, s.end_date,
            s.days, s.digital
       from dev_plan_stage s join hrd_plan h on h.code = s.hrd_plan
       join hrd_strategy st on st.hrd_plan_id = h.id and st.no = s.strategy_no`;
  // What the merge below does to each project, counted and the first of each change named in the file's order.
  const { rows } = await tx.query<{
    created: string;
    updated: string;
    unchanged: string;
    created_named: string[];
    updated_named: string[];
  }>(
    `with s as (${staged('s.row_no, ')}),
     j as materialized (
       select s.row_no, s.fiscal_year || ' ' || s.project_code as code,
              case when p.id is null then 'created' when ${differs('s', 'p')} then 'updated' end as change
         from s left join development_project p on p.fiscal_year = s.fiscal_year and p.project_code = s.project_code)
     select count(*) filter (where change = 'created') as created,
            count(*) filter (where change = 'updated') as updated,
            count(*) filter (where change is null) as unchanged,
            ${firstCodes('code', "j where change = 'created'")} as created_named,
            ${firstCodes('code', "j where change = 'updated'")} as updated_named
       from j`,
  );
  await tx.query(
    `insert into development_project (fiscal_year, project_code, ${COLS.join(', ')})
     ${staged()}
     on conflict (fiscal_year, project_code) do update set
       ${COLS.map((c) => `${c} = excluded.${c}`).join(', ')}, updated_at = now(),
       version = development_project.version + 1
     where ${differs('development_project', 'excluded')}`,
  );
  const c = rows[0]!;
  return {
    created: Number(c.created),
    updated: Number(c.updated),
    unchanged: Number(c.unchanged),
    named: namedOf(c),
  };
}

/** Sets the year's salary-and-wage budget; answers the earlier one, or undefined when the year is not open. */
export async function setSalaryBudget(tx: Queryable, fiscalYear: number, amount: string) {
  const { rows } = await tx.query<{ before: string | null }>(
    `update development_year y set salary_budget = $2, updated_at = now(), version = y.version + 1
       from (select salary_budget as before from development_year where fiscal_year = $1) old
      where y.fiscal_year = $1 returning old.before`,
    [fiscalYear, amount],
  );
  return rows[0];
}
