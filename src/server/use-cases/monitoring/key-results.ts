/**
 * Key results: the list of a plan's fiscal year, one key result, the target page (activity progress beside
 * outcome), and the central office's edits — each in one transaction, audited, version-checked.
 * All arithmetic is the domain's (src/domain/monitoring/key-results.ts).
 */
import { formatPeriod, parsePeriod, periodFromKey, periodKey } from '../../../domain';
import { type SummaryBasis } from '../../../domain/monitoring';
import {
  canonicalDecimal,
  completedButBelowTarget,
  keyResultSpecProblems,
  keyResultTrend,
  latestPoint,
  parseKrPeriod,
  trendDirection,
  type KeyResultSpec,
  type KrGranularity,
  type TrendPoint,
} from '../../../domain/monitoring/key-results';
import type {
  KeyResultActualInput,
  KeyResultActualUpdate,
  KeyResultActualView,
  KeyResultCreate,
  KeyResultsResponse,
  KeyResultUpdate,
  KeyResultView,
  TargetOutcomeResponse,
} from '../../../shared/api/monitoring/key-results';
import type { FieldIssue } from '../../../shared/messages';
import type { Actor } from '../../actor';
import type { Database, Queryable } from '../../db/database';
import { conflict, invalidInput, notFound } from '../../errors';
import { canEditPlans } from '../../policies/monitoring/project-policy';
import {
  deleteActual as deleteActualRow,
  deleteKeyResult as deleteKeyResultRow,
  insertActual,
  insertKeyResult,
  replaceLinks,
  selectActual,
  selectActuals,
  selectKeyResults,
  selectLinkedProjects,
  type ActualRow,
  type KeyResultRow,
} from '../../repositories/monitoring/key-results';
import { updateRecord } from '../../repositories/record-update';
import { getProgressSummary } from './get-progress-summary';

const KR_WHAT = { th: 'ผลลัพธ์ที่สำคัญนี้', en: 'This key result' };
const ACTUAL_WHAT = { th: 'ผลที่วัดได้นี้', en: 'This actual value' };

export async function planByCode(db: Queryable, code: string) {
  const { rows } = await db.query<{ id: number; code: string; name: string }>(
    'select id, code, name from plan where code = $1',
    [code],
  );
  const plan = rows[0];
  if (!plan) throw notFound({ th: `แผน ${code}`, en: `Plan ${code}` });
  return plan;
}

const specOf = (row: KeyResultRow): KeyResultSpec => ({
  direction: row.direction,
  baseline: row.baseline,
  target: row.target_value,
  rangeLow: row.range_low,
  rangeHigh: row.range_high,
});

const actualView = (point: TrendPoint<ActualRow>): KeyResultActualView => ({
  id: point.actual.id,
  granularity: point.actual.granularity,
  period: point.actual.period,
  periodEnd: formatPeriod(periodFromKey(point.endKey)),
  value: canonicalDecimal(point.actual.value) ?? point.actual.value,
  source: point.actual.source,
  comment: point.actual.comment,
  recordedBy: point.actual.recorded_by_label,
  updatedAt: new Date(point.actual.updated_at).toISOString(),
  version: point.actual.version,
  pct: point.pct,
  cappedPct: point.cappedPct,
  met: point.met,
});

/** Views of key result rows: two set-based queries (actuals, linked projects) for all of them. */
export async function keyResultViews(
  db: Queryable,
  actor: Actor,
  rows: readonly KeyResultRow[],
  asOfKey: number | null,
): Promise<KeyResultView[]> {
  const ids = rows.map((r) => r.id);
  const [actuals, links] = await Promise.all([selectActuals(db, ids), selectLinkedProjects(db, actor, ids)]);
  return rows.map((row) => {
    const trend = keyResultTrend(
      specOf(row),
      actuals.filter((a) => a.key_result_id === row.id),
    );
    const latest = latestPoint(trend, asOfKey);
    const upTo = asOfKey === null ? trend : trend.filter((p) => p.endKey <= asOfKey);
    return {
      id: row.id,
      planCode: row.plan_code,
      targetId: row.target_id,
      targetNo: row.target_no,
      fiscalYear: row.fiscal_year,
      no: row.no,
      indicator: row.indicator,
      unit: row.unit,
      direction: row.direction,
      baseline: canonicalDecimal(row.baseline),
      target: canonicalDecimal(row.target_value),
      rangeLow: canonicalDecimal(row.range_low),
      rangeHigh: canonicalDecimal(row.range_high),
      note: row.note,
      version: row.version,
      actuals: trend.map(actualView),
      latest: latest ? actualView(latest) : null,
      trend: trendDirection(upTo),
      projects: links
        .filter((l) => l.key_result_id === row.id)
        .map((l) => ({ id: l.id, code: l.code, name: l.name })),
      abilities: { update: canEditPlans(actor) },
    };
  });
}

function asOfKeyOf(asOf: string | undefined): number | null {
  if (!asOf) return null;
  const p = parsePeriod(asOf);
  if (!p) {
    throw invalidInput([
      { field: 'asOf', th: `"${asOf}" ไม่ใช่เดือน เช่น 2566-05`, en: `"${asOf}" is not a month like 2566-05` },
    ]);
  }
  return periodKey(p);
}

export async function listKeyResults(
  db: Queryable,
  actor: Actor,
  query: { planCode: string; fiscalYear: number; asOf?: string | undefined },
): Promise<KeyResultsResponse> {
  const plan = await planByCode(db, query.planCode);
  const asOfKey = asOfKeyOf(query.asOf);
  const [{ rows: targets }, rows] = await Promise.all([
    db.query<{ id: number; no: string; name: string }>(
      'select id, no, name from strategic_target where plan_id = $1',
      [plan.id],
    ),
    selectKeyResults(db, { planId: plan.id, fiscalYear: query.fiscalYear }),
  ]);
  const views = await keyResultViews(db, actor, rows, asOfKey);
  const byNo = new Intl.Collator('en', { numeric: true });
  return {
    plan: plan.code,
    planName: plan.name,
    fiscalYear: query.fiscalYear,
    asOf: asOfKey === null ? null : formatPeriod(periodFromKey(asOfKey)),
    abilities: { update: canEditPlans(actor) },
    targets: targets
      .sort((a, b) => byNo.compare(a.no, b.no))
      .map((t) => ({ ...t, keyResults: views.filter((v) => v.targetId === t.id) })),
  };
}

async function keyResultRow(db: Queryable, id: number): Promise<KeyResultRow> {
  const row = (await selectKeyResults(db, { id }))[0];
  if (!row) throw notFound(KR_WHAT);
  return row;
}

export async function getKeyResult(
  db: Queryable,
  actor: Actor,
  id: number,
  asOf?: string,
): Promise<KeyResultView> {
  const row = await keyResultRow(db, id);
  return (await keyResultViews(db, actor, [row], asOfKeyOf(asOf)))[0]!;
}

/** The target page: the target's column of the progress summary beside its key results as of the month. */
export async function getTargetOutcome(
  db: Queryable,
  actor: Actor,
  query: {
    planCode: string;
    targetNo: string;
    asOf: string;
    fiscalYear?: number | undefined;
    basis?: SummaryBasis | undefined;
  },
): Promise<TargetOutcomeResponse> {
  const plan = await planByCode(db, query.planCode);
  const { rows: targets } = await db.query<{
    id: number;
    no: string;
    name: string;
    value_delivered: string | null;
  }>('select id, no, name, value_delivered from strategic_target where plan_id = $1', [plan.id]);
  const target = targets.find((t) => t.no === query.targetNo);
  if (!target) {
    throw notFound({
      th: `เป้าประสงค์ที่ ${query.targetNo} ของแผน ${plan.code}`,
      en: `Target ${query.targetNo} of plan ${plan.code}`,
    });
  }
  const summary = await getProgressSummary(db, {
    planCode: plan.code,
    asOf: query.asOf,
    fiscalYear: query.fiscalYear,
    basis: query.basis,
  });
  const progress = summary.targets.find((t) => t.no === target.no);
  if (!progress) throw notFound({ th: 'เป้าประสงค์นี้', en: 'This target' });
  const { no: _no, name: _name, ...counts } = progress;
  const asOfKey = asOfKeyOf(summary.asOf);
  const rows = await selectKeyResults(db, {
    planId: plan.id,
    targetId: target.id,
    fiscalYear: summary.fiscalYear,
  });
  const keyResults = await keyResultViews(db, actor, rows, asOfKey);
  const below = keyResults.filter((kr) => kr.latest !== null && !kr.latest.met).map((kr) => kr.id);
  const byNo = new Intl.Collator('en', { numeric: true });
  return {
    plan: plan.code,
    planName: plan.name,
    fiscalYear: summary.fiscalYear,
    asOf: summary.asOf,
    basis: summary.basis ?? 'submitted',
    target: { id: target.id, no: target.no, name: target.name, valueDelivered: target.value_delivered },
    progress: counts,
    keyResults,
    completedButBelowTarget: completedButBelowTarget(
      counts,
      keyResults.map((kr) => kr.latest),
    ),
    belowTargetKeyResultIds: below,
    targets: targets.sort((a, b) => byNo.compare(a.no, b.no)).map((t) => ({ no: t.no, name: t.name })),
  };
}

// ---------------------------------------------------------------------------------------------------
// Edits (central office)

const orNull = (text: string | null | undefined) => {
  if (text === undefined || text === null) return null;
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
};

function checkSpec(spec: KeyResultSpec) {
  const problems = keyResultSpecProblems(spec);
  if (problems.length > 0) throw invalidInput(problems);
}

const duplicateNo = (no: string): FieldIssue => ({
  field: 'no',
  th: `มีผลลัพธ์ที่สำคัญลำดับ ${no} ของเป้าประสงค์นี้ในปีงบประมาณนี้แล้ว`,
  en: `the target already has key result ${no} in this fiscal year`,
});

export async function createKeyResult(
  db: Database,
  actor: Actor,
  planCode: string,
  input: KeyResultCreate,
): Promise<number> {
  const spec: KeyResultSpec = {
    direction: input.direction,
    baseline: canonicalOrNull(input.baseline),
    target: canonicalOrNull(input.target),
    rangeLow: canonicalOrNull(input.rangeLow),
    rangeHigh: canonicalOrNull(input.rangeHigh),
  };
  checkSpec(spec);
  return db.transaction(async (tx) => {
    const plan = await planByCode(tx, planCode);
    const { rows } = await tx.query<{ id: number; start_year: number; end_year: number }>(
      `select t.id, plan.start_year, plan.end_year from strategic_target t join plan on plan.id = t.plan_id
        where t.plan_id = $1 and t.no = $2`,
      [plan.id, input.targetNo],
    );
    const target = rows[0];
    if (!target) {
      throw invalidInput([
        {
          field: 'targetNo',
          th: `แผนนี้ไม่มีเป้าประสงค์ที่ ${input.targetNo}`,
          en: `the plan has no target ${input.targetNo}`,
        },
      ]);
    }
    if (input.fiscalYear < target.start_year || input.fiscalYear > target.end_year) {
      throw invalidInput([
        {
          field: 'fiscalYear',
          th: `ปีงบประมาณต้องอยู่ในช่วงของแผน ${target.start_year}–${target.end_year}`,
          en: `the fiscal year must lie within the plan's ${target.start_year}–${target.end_year}`,
        },
      ]);
    }
    const id = await insertKeyResult(tx, actor, {
      target_id: target.id,
      fiscal_year: input.fiscalYear,
      no: input.no,
      indicator: input.indicator,
      unit: orNull(input.unit),
      direction: spec.direction,
      baseline: spec.baseline,
      target_value: spec.target,
      range_low: spec.rangeLow,
      range_high: spec.rangeHigh,
      note: orNull(input.note),
    });
    if (id === 0) throw invalidInput([duplicateNo(input.no)]);
    return id;
  });
}

function canonicalOrNull(text: string | null | undefined): string | null {
  const value = orNull(text);
  return value === null ? null : canonicalDecimal(value);
}

/** undefined stays undefined (not sent: unchanged); null or blank clears. */
const canonicalField = (text: string | null | undefined) =>
  text === undefined ? undefined : canonicalOrNull(text);

export async function updateKeyResult(
  db: Database,
  actor: Actor,
  id: number,
  input: KeyResultUpdate,
): Promise<void> {
  await db.transaction(async (tx) => {
    const current = await keyResultRow(tx, id);
    const fields = {
      baseline: canonicalField(input.baseline),
      target_value: canonicalField(input.target),
      range_low: canonicalField(input.rangeLow),
      range_high: canonicalField(input.rangeHigh),
    };
    const spec: KeyResultSpec = {
      direction: input.direction ?? current.direction,
      baseline: fields.baseline === undefined ? current.baseline : fields.baseline,
      target: fields.target_value === undefined ? current.target_value : fields.target_value,
      rangeLow: fields.range_low === undefined ? current.range_low : fields.range_low,
      rangeHigh: fields.range_high === undefined ? current.range_high : fields.range_high,
    };
    checkSpec(spec);
    if (input.no !== undefined && input.no !== current.no) {
      const { rows } = await tx.query(
        'select 1 from key_result where target_id = $1 and fiscal_year = $2 and no = $3 and id <> $4',
        [current.target_id, current.fiscal_year, input.no, id],
      );
      if (rows.length > 0) throw invalidInput([duplicateNo(input.no)]);
    }
    await updateRecord(tx, actor, {
      table: 'key_result',
      id,
      version: input.version,
      what: KR_WHAT,
      fields: {
        no: input.no,
        indicator: input.indicator,
        unit: input.unit === undefined ? undefined : orNull(input.unit),
        direction: input.direction,
        ...fields,
        note: input.note === undefined ? undefined : orNull(input.note),
      },
    });
  });
}

export async function deleteKeyResult(db: Database, actor: Actor, id: number, version: number) {
  await db.transaction(async (tx) => {
    const { rows } = await tx.query<{ version: number }>(
      'select version from key_result where id = $1 for update',
      [id],
    );
    if (!rows[0]) throw notFound(KR_WHAT);
    if (rows[0].version !== version) throw staleVersion(KR_WHAT);
    await deleteKeyResultRow(tx, actor, await keyResultRow(tx, id));
  });
}

const staleVersion = (what: { th: string; en: string }) =>
  conflict({
    th: `${what.th}ถูกแก้ไขโดยผู้อื่นแล้ว กรุณาโหลดใหม่แล้วแก้อีกครั้ง`,
    en: `${what.en} was changed by someone else; reload and edit again`,
  });

/** Reads a period for a key result's fiscal year; a period of another year is refused. */
function checkPeriod(granularity: KrGranularity, period: string, fiscalYear: number) {
  const parsed = parseKrPeriod(granularity, period);
  if (!parsed) {
    throw invalidInput([
      granularity === 'quarter'
        ? { field: 'period', th: 'ไตรมาสต้องเป็นแบบ 2566-Q3', en: 'a quarter looks like 2566-Q3' }
        : { field: 'period', th: 'เดือนต้องเป็นแบบ 2566-05', en: 'a month looks like 2566-05' },
    ]);
  }
  if (parsed.fiscalYear !== fiscalYear) {
    throw invalidInput([
      {
        field: 'period',
        th: `${period} ไม่อยู่ในปีงบประมาณ ${fiscalYear} ของผลลัพธ์ที่สำคัญนี้`,
        en: `${period} is not in this key result's fiscal year ${fiscalYear}`,
      },
    ]);
  }
  return parsed;
}

const duplicatePeriod = (period: string): FieldIssue => ({
  field: 'period',
  th: `มีผลที่วัดได้ของช่วง ${period} แล้ว แก้ไขรายการเดิมแทน`,
  en: `there is already an actual for ${period}; edit that one`,
});

export async function addActual(
  db: Database,
  actor: Actor,
  keyResultId: number,
  input: KeyResultActualInput,
): Promise<number> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<{ fiscal_year: number }>(
      'select fiscal_year from key_result where id = $1 for update',
      [keyResultId],
    );
    if (!rows[0]) throw notFound(KR_WHAT);
    const period = checkPeriod(input.granularity, input.period, rows[0].fiscal_year);
    const id = await insertActual(tx, actor, keyResultId, {
      granularity: period.granularity,
      period: period.period,
      period_end: period.endKey,
      value: canonicalDecimal(input.value)!,
      source: orNull(input.source),
      comment: orNull(input.comment),
    });
    if (id === 0) throw invalidInput([duplicatePeriod(period.period)]);
    return id;
  });
}

export async function updateActual(
  db: Database,
  actor: Actor,
  id: number,
  input: KeyResultActualUpdate,
): Promise<number> {
  return db.transaction(async (tx) => {
    const current = await selectActual(tx, id, true);
    if (!current) throw notFound(ACTUAL_WHAT);
    const { rows } = await tx.query<{ fiscal_year: number }>(
      'select fiscal_year from key_result where id = $1',
      [current.key_result_id],
    );
    const granularity = input.granularity ?? current.granularity;
    const periodText = input.period ?? current.period;
    const period = checkPeriod(granularity, periodText, rows[0]!.fiscal_year);
    if (period.period !== current.period || granularity !== current.granularity) {
      const { rows: taken } = await tx.query(
        `select 1 from key_result_actual
          where key_result_id = $1 and granularity = $2 and period = $3 and id <> $4`,
        [current.key_result_id, granularity, period.period, id],
      );
      if (taken.length > 0) throw invalidInput([duplicatePeriod(period.period)]);
    }
    await updateRecord(tx, actor, {
      table: 'key_result_actual',
      id,
      version: input.version,
      what: ACTUAL_WHAT,
      fields: {
        granularity,
        period: period.period,
        period_end: period.endKey,
        value: input.value === undefined ? undefined : canonicalDecimal(input.value),
        source: input.source === undefined ? undefined : orNull(input.source),
        comment: input.comment === undefined ? undefined : orNull(input.comment),
      },
    });
    return current.key_result_id;
  });
}

export async function deleteActual(db: Database, actor: Actor, id: number, version: number) {
  return db.transaction(async (tx) => {
    const current = await selectActual(tx, id, true);
    if (!current) throw notFound(ACTUAL_WHAT);
    if (current.version !== version) throw staleVersion(ACTUAL_WHAT);
    await deleteActualRow(tx, actor, current);
    return current.key_result_id;
  });
}

/** Replaces the projects serving a key result: projects of the same plan only. */
export async function setKeyResultProjects(
  db: Database,
  actor: Actor,
  keyResultId: number,
  projectIds: readonly number[],
): Promise<void> {
  await db.transaction(async (tx) => {
    const row = (await selectKeyResults(tx, { id: keyResultId }))[0];
    if (!row) throw notFound(KR_WHAT);
    await tx.query('select id from key_result where id = $1 for update', [keyResultId]);
    const unique = [...new Set(projectIds)];
    const { rows } = await tx.query<{ id: number }>(
      'select id from project where id = any($1::int[]) and plan_id = $2',
      [unique, row.plan_id],
    );
    const found = new Set(rows.map((r) => r.id));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw invalidInput([
        {
          field: 'projectIds',
          th: `ไม่พบโครงการรหัส ${missing.join(', ')} ในแผนนี้`,
          en: `no project ${missing.join(', ')} in this plan`,
        },
      ]);
    }
    await replaceLinks(tx, actor, keyResultId, unique);
  });
}
