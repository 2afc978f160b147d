/**
 * `tidtam workforce retirements --from FY --years N [--json]` (formats.md): people in service (no exit
 * date) who retire at the end of each fiscal year FY … FY+N−1, by staff type and by the type of the
 * position they hold today. With --json, standard output is exactly the contract's JSON document; without,
 * a table with Thai and English headings. --from defaults to this fiscal year, --years to 5.
 */
import { fiscalYearOf } from '../../../domain/workforce';
import { todayInBangkok } from '../../../server/use-cases/workforce/scope';
import {
  RETIREMENT_REPORT_MAX_YEARS,
  type RetirementReport,
} from '../../../shared/api/workforce/retirement-report';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';
import { textTable } from './text-table';

const USAGE_LINE = 'usage: tidtam workforce retirements --from FY --years N [--json]';

export async function workforceCommand(
  backend: Backend,
  sub: string | undefined,
  options: { from?: string | undefined; years?: string | undefined; json: boolean; extra: string[] },
) {
  if (sub !== 'retirements' || options.extra.length > 0) throw new UsageError(USAGE_LINE);
  const from = options.from ?? String(fiscalYearOf(todayInBangkok()));
  if (!/^\d{4}$/.test(from) || Number(from) < 2500 || Number(from) > 2700)
    throw new UsageError('--from takes a Buddhist-Era fiscal year such as 2575');
  const years = options.years ?? '5';
  if (!/^\d+$/.test(years) || Number(years) < 1 || Number(years) > RETIREMENT_REPORT_MAX_YEARS)
    throw new UsageError(`--years takes a whole number of years from 1 to ${RETIREMENT_REPORT_MAX_YEARS}`);
  const report = await backend.retirements({ fromFiscalYear: Number(from), years: Number(years) });
  if (options.json) {
    // formats.md: exactly these keys, in this order, whatever the route may add one day.
    const contract: RetirementReport = {
      fromFiscalYear: report.fromFiscalYear,
      years: report.years,
      fiscalYears: report.fiscalYears.map((y) => ({
        fiscalYear: y.fiscalYear,
        total: y.total,
        byStaffType: y.byStaffType,
        byPositionType: y.byPositionType,
      })),
    };
    process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
  } else {
    process.stdout.write(renderText(report));
  }
}

const COLUMNS = [
  ['byStaffType', 'civil_servant', 'สามัญ', 'civil serv.'],
  ['byStaffType', 'teacher', 'ครู', 'teacher'],
  ['byStaffType', 'university', 'อุดมศึกษา', 'university'],
  ['byStaffType', 'permanent_employee', 'ลูกจ้างประจำ', 'permanent'],
  ['byStaffType', 'temporary_employee', 'ลูกจ้างชั่วคราว', 'temporary'],
  ['byPositionType', 'executive', 'บริหาร', 'executive'],
  ['byPositionType', 'managerial', 'อำนวยการ', 'managerial'],
  ['byPositionType', 'academic', 'วิชาการ', 'academic'],
  ['byPositionType', 'general', 'ทั่วไป', 'general'],
  ['byPositionType', 'none', 'ไม่มีตำแหน่ง', 'no position'],
] as const;

function renderText(report: RetirementReport): string {
  const last = report.fromFiscalYear + report.years - 1;
  const rows = report.fiscalYears.map((y) => [
    String(y.fiscalYear),
    String(y.total),
    ...COLUMNS.map(([group, key]) => String((y[group] as Record<string, number>)[key])),
  ]);
  const sum = (i: number) => rows.reduce((s, r) => s + Number(r[i]), 0);
  rows.push(['รวม/all', ...Array.from({ length: COLUMNS.length + 1 }, (_, i) => String(sum(i + 1)))]);
  const head = [
    ['ปีงบประมาณ', 'รวม', ...COLUMNS.map((c) => c[2])],
    ['FY', 'total', ...COLUMNS.map((c) => c[3])],
  ];
  return [
    `ผู้เกษียณอายุราชการ ปีงบประมาณ ${report.fromFiscalYear}–${last} / Retirements, fiscal years ${report.fromFiscalYear}–${last}`,
    'ผู้ที่ไม่มีวันพ้นจากราชการ ตามประเภทบุคลากรและประเภทตำแหน่งที่ครองวันนี้ / ' +
      'people with no exit date, by staff type and by the type of the position held today',
    '',
    textTable(head, rows, [2, 7]),
  ].join('\n');
}
