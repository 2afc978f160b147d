/**
 * The problems-and-obstacles register. Entries are opened from monthly reports (one per project and
 * month, set-based so a 30,000-row file stays a few statements) and read with the projects' scope.
 */
import { formatPeriod, periodFromKey } from '../../../domain';
import {
  isProblemOverdue,
  type ProblemCategory,
  type ProblemSeverity,
  type ProblemStatus,
} from '../../../domain/monitoring/attention-flags';
import type {
  ProblemHistoryEntry,
  ProblemListQuery,
  ProblemView,
} from '../../../shared/api/monitoring/follow-up';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { forbidden, notFound } from '../../errors';
import { projectAbilities, readableProjectsSql } from '../../policies/monitoring/project-policy';

/**
 * Opens or updates the register entries of the given (just written, current) reports: per project and
 * month, the entry holds the text of the current version. An entry whose text changes gets a new version
 * and an audit row (before/after); a new entry an audit row of its own. A version without problems text
 * leaves an existing entry as it is (the centre closes it, ยุติ, when the problem is gone).
 */
export async function registerReportProblems(
  tx: Queryable,
  actor: Actor,
  reportIds: readonly number[],
): Promise<void> {
  if (reportIds.length === 0) return;
  // Sub-statements of one statement see the same snapshot: `old` holds the texts before the update.
  await tx.query(
    `with src as (
       select m.project_id, m.period, btrim(m.problems) as text
         from monthly_report m
        where m.id = any($1::int[]) and m.superseded_at is null and btrim(coalesce(m.problems, '')) <> ''
     ),
     old as (
       select pr.id, pr.project_id, pr.period, pr.description
         from problem pr join src using (project_id, period)
     ),
     ins as (
       insert into problem (project_id, period, description)
       select s.project_id, s.period, s.text from src s
        where not exists (select 1 from old o where o.project_id = s.project_id and o.period = s.period)
       on conflict (project_id, period) do nothing
       returning *
     ),
     upd as (
       update problem pr set description = s.text, version = pr.version + 1, updated_at = now()
         from src s join old o using (project_id, period)
        where pr.id = o.id and o.description <> s.text
       returning pr.id, pr.description, pr.version
     )
     insert into audit_event (actor_user_id, actor_label, action, entity, entity_id, before, after)
     select $2::int, $3::text, 'create', 'problem', ins.id::text, null, to_jsonb(ins) from ins
     union all
     select $2::int, $3::text, 'update', 'problem', upd.id::text, jsonb_build_object('description', o.description),
            jsonb_build_object('description', upd.description)
       from upd join old o on o.id = upd.id`,
    [reportIds, actor.userId, actor.label],
  );
}

interface ProblemRow {
  id: number;
  period: number;
  description: string;
  category: ProblemCategory | null;
  severity: ProblemSeverity | null;
  action_unit_id: number | null;
  action_code: string | null;
  action_name: string | null;
  action_by: string | null;
  due_date: string | null;
  status: ProblemStatus;
  resolution: string | null;
  version: number;
  updated_at: Date;
  project_id: number;
  project_code: string;
  project_name: string;
  plan_code: string;
  target_no: string;
  owner_unit_id: number | null;
  owner_code: string | null;
  owner_name: string | null;
}

const PROBLEM_SELECT = `
  select pr.id, pr.period, pr.description, pr.category, pr.severity, pr.action_unit_id,
         au.code as action_code, au.name as action_name, pr.action_by, pr.due_date, pr.status, pr.resolution,
         pr.version, pr.updated_at, p.id as project_id, p.code as project_code, p.name as project_name,
         plan.code as plan_code, t.no as target_no, p.owner_unit_id, ou.code as owner_code, ou.name as owner_name
    from problem pr
    join project p on p.id = pr.project_id
    join plan on plan.id = p.plan_id
    join strategy s on s.id = p.strategy_id
    join strategic_target t on t.id = s.target_id
    left join org_unit ou on ou.id = p.owner_unit_id
    left join org_unit au on au.id = pr.action_unit_id`;

/** Who may change what in a register entry: the centre everything, the owning unit status and resolution. */
export function problemAbilities(actor: Actor, ownerUnitId: number | null): ProblemView['abilities'] {
  if (actor.role === 'admin') return { update: true, updateStatus: true };
  const ownUnit = actor.unitId !== null && ownerUnitId !== null && actor.unitId === ownerUnitId;
  const agency = actor.role === 'focal_point' || actor.role === 'approver';
  return { update: false, updateStatus: agency && ownUnit };
}

function toView(actor: Actor, row: ProblemRow, today: string): ProblemView {
  return {
    id: row.id,
    period: formatPeriod(periodFromKey(row.period)),
    description: row.description,
    project: {
      id: row.project_id,
      code: row.project_code,
      name: row.project_name,
      planCode: row.plan_code,
      targetNo: row.target_no,
      ownerUnit:
        row.owner_unit_id === null
          ? null
          : { id: row.owner_unit_id, code: row.owner_code!, name: row.owner_name! },
    },
    category: row.category,
    severity: row.severity,
    actionUnit:
      row.action_unit_id === null
        ? null
        : { id: row.action_unit_id, code: row.action_code!, name: row.action_name! },
    actionBy: row.action_by,
    dueDate: row.due_date,
    status: row.status,
    resolution: row.resolution,
    overdue: isProblemOverdue({ status: row.status, dueDate: row.due_date }, today),
    version: row.version,
    updatedAt: new Date(row.updated_at).toISOString(),
    abilities: problemAbilities(actor, row.owner_unit_id),
  };
}

/** The register as the actor may read it (the projects' scope), newest month first, then by project code. */
export async function listProblems(
  db: Queryable,
  actor: Actor,
  query: ProblemListQuery,
  today: string,
): Promise<ProblemView[]> {
  const params: unknown[] = [];
  const where: string[] = [];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  const scope = readableProjectsSql(actor, params.length + 1);
  where.push(scope.sql);
  params.push(...scope.params);
  if (query.plan) add((n) => `plan.code = $${n}`, query.plan);
  if (query.target) add((n) => `t.no = $${n}`, query.target);
  if (query.unit) add((n) => `(p.owner_unit_id = $${n} or pr.action_unit_id = $${n})`, query.unit);
  if (query.project) add((n) => `p.id = $${n}`, query.project);
  if (query.category) add((n) => `pr.category = $${n}`, query.category);
  if (query.severity) add((n) => `pr.severity = $${n}`, query.severity);
  if (query.status === 'unresolved') where.push(`pr.status in ('open', 'in_progress')`);
  else if (query.status) add((n) => `pr.status = $${n}`, query.status);
  const overdue = (n: number) => `(pr.status in ('open', 'in_progress') and pr.due_date < $${n}::date)`;
  if (query.overdue === 'true') add(overdue, today);
  else if (query.overdue === 'false') add((n) => `not coalesce(${overdue(n)}, false)`, today);
  if (query.q) {
    add(
      (n) =>
        `(pr.description ilike $${n} or pr.resolution ilike $${n} or pr.action_by ilike $${n}
          or p.code ilike $${n} or p.name ilike $${n})`,
      `%${query.q.replace(/[\\%_]/g, '\\$&')}%`,
    );
  }
  // One row per problem: a project's entry of its latest month (issue 14 item 14); filters judge that one.
  if (query.view === 'problems') {
    where.push(
      `pr.id in (select distinct on (project_id) id from problem order by project_id, period desc, id desc)`,
    );
  }
  const { rows } = await db.query<ProblemRow>(
    `${PROBLEM_SELECT} where ${where.join(' and ')} order by pr.period desc, p.code, pr.id limit 5000`,
    params,
  );
  const views = rows.map((row) => toView(actor, row, today));
  return query.view === 'problems' ? withHistory(db, views) : views;
}

/** Every listed problem's earlier months, in one query, newest first. */
async function withHistory(db: Queryable, views: ProblemView[]): Promise<ProblemView[]> {
  if (views.length === 0) return views;
  const { rows } = await db.query<{
    id: number;
    project_id: number;
    period: number;
    description: string;
    status: ProblemStatus;
    severity: ProblemSeverity | null;
    resolution: string | null;
  }>(
    `select id, project_id, period, description, status, severity, resolution from problem
      where project_id = any($1::int[]) and id <> all($2::int[])
      order by project_id, period desc, id desc`,
    [views.map((v) => v.project.id), views.map((v) => v.id)],
  );
  const byProject = new Map<number, ProblemHistoryEntry[]>();
  for (const r of rows) {
    const list = byProject.get(r.project_id) ?? [];
    list.push({
      id: r.id,
      period: formatPeriod(periodFromKey(r.period)),
      description: r.description,
      status: r.status,
      severity: r.severity,
      resolution: r.resolution,
    });
    byProject.set(r.project_id, list);
  }
  return views.map((v) => ({ ...v, history: byProject.get(v.project.id) ?? [] }));
}

const NO_PROBLEM = { th: 'รายการปัญหาอุปสรรคนี้', en: 'This problem' };

/** One entry, if the actor may read its project (403 otherwise, like the project itself). */
export async function getProblem(
  db: Queryable,
  actor: Actor,
  id: number,
  today: string,
): Promise<ProblemView> {
  const { rows } = await db.query<ProblemRow>(`${PROBLEM_SELECT} where pr.id = $1`, [id]);
  const row = rows[0];
  if (!row) throw notFound(NO_PROBLEM);
  if (!projectAbilities(actor, { ownerUnitId: row.owner_unit_id }).read) {
    throw forbidden({
      th: 'ปัญหาอุปสรรคนี้เป็นของโครงการของหน่วยงานอื่น',
      en: "This problem belongs to another unit's project",
    });
  }
  return toView(actor, row, today);
}
