/**
 * The HR Dashboard's views as one-sheet workbooks: the very figures the JSON routes answer (the same
 * use-cases), laid out flat with Thai headers. Dates stay ISO CE in cells (formats.md: CE in data files).
 */
import { EXIT_REASON_CODES, STAFF_TYPE_CODES } from '../../../domain/workforce';
import type { ExportQuery } from '../../../shared/api/workforce/dashboard';
import type { Actor } from '../../actor';
import type { Queryable } from '../../db/database';
import { getAgeProfile, getHeadcount, getVacancies } from '../../use-cases/workforce/dashboard-figures';
import { getMovements } from '../../use-cases/workforce/movements';
import { getRetirements } from '../../use-cases/workforce/retirements';
import { toXlsx, type ExportColumn } from '../xlsx-list';

type Row = Record<string, string | number | null>;
const text = (header: string, key: string, width = 20): ExportColumn<Row> => ({
  header,
  kind: 'text',
  width,
  value: (r) => (r[key] === null || r[key] === undefined ? '' : String(r[key])),
});
const int = (header: string, key: string): ExportColumn<Row> => ({
  header,
  kind: 'int',
  width: 12,
  value: (r) => (typeof r[key] === 'number' ? r[key] : null),
});
const STAFF_HEADERS: Record<string, string> = {
  civil_servant: 'ข้าราชการ',
  teacher: 'ข้าราชการครู',
  university: 'ข้าราชการมหาวิทยาลัย',
  permanent_employee: 'ลูกจ้างประจำ',
  temporary_employee: 'ลูกจ้างชั่วคราว',
};
const byStaff = STAFF_TYPE_CODES.map((s) => int(STAFF_HEADERS[s] ?? s, s));

export async function exportWorkforceView(
  db: Queryable,
  actor: Actor,
  q: ExportQuery,
): Promise<{ name: string; body: Buffer }> {
  const scope = { asOf: q.asOf, unit: q.unit };
  switch (q.view) {
    case 'headcount': {
      const h = await getHeadcount(db, actor, scope);
      const rows: Row[] = [
        { dim: 'ทั้งหมด', key: '', n: h.total },
        ...h.byUnit.map((u) => ({ dim: 'หน่วยงาน', key: `${u.code} ${u.name}`, n: u.count })),
        ...Object.entries(h.byStaffType).map(([key, n]) => ({ dim: 'ประเภทบุคลากร', key, n })),
        ...Object.entries(h.byPositionType).map(([key, n]) => ({ dim: 'ประเภทตำแหน่ง', key, n })),
        ...Object.entries(h.byLevel).map(([key, n]) => ({ dim: 'ระดับ', key, n })),
        ...Object.entries(h.byLine).map(([key, n]) => ({ dim: 'สายงาน', key, n })),
      ];
      const cols = [text('มิติ', 'dim'), text('กลุ่ม', 'key', 36), int('จำนวน (คน)', 'n')];
      return { name: `headcount-${h.asOf}`, body: await toXlsx('อัตรากำลัง', cols, rows) };
    }
    case 'vacancies': {
      const v = await getVacancies(db, actor, scope);
      const cols = [
        text('เลขที่ตำแหน่ง', 'positionNo'),
        text('ตำแหน่ง', 'title', 30),
        text('ประเภท', 'positionType'),
        text('ระดับ', 'level'),
        text('หน่วยงาน', 'unitName', 30),
        text('ฝ่าย/ส่วน', 'section'),
        text('ว่างตั้งแต่', 'vacantSince'),
        int('จำนวนวันที่ว่าง', 'vacantDays'),
      ];
      return { name: `vacancies-${v.asOf}`, body: await toXlsx('ตำแหน่งว่าง', cols, v.positions) };
    }
    case 'retirements': {
      const r = await getRetirements(db, actor, {
        ...scope,
        fromFiscalYear: q.fromFiscalYear,
        years: q.years,
      });
      const rows: Row[] = r.fiscalYears.map((y) => ({ fy: y.fiscalYear, total: y.total, ...y.byStaffType }));
      const cols = [int('ปีงบประมาณ', 'fy'), int('เกษียณ (คน)', 'total'), ...byStaff];
      return { name: `retirements-${r.fromFiscalYear}`, body: await toXlsx('เกษียณอายุ', cols, rows) };
    }
    case 'age-profile': {
      const a = await getAgeProfile(db, actor, scope);
      const rows: Row[] = a.bands.map((b) => ({ band: b.band, total: b.total, ...b.byStaffType }));
      const cols = [text('ช่วงอายุ', 'band', 12), int('รวม (คน)', 'total'), ...byStaff];
      return { name: `age-profile-${a.asOf}`, body: await toXlsx('ช่วงอายุ', cols, rows) };
    }
    case 'movements': {
      const m = await getMovements(db, actor, {
        unit: q.unit,
        fromFiscalYear: q.fromFiscalYear,
        toFiscalYear: q.toFiscalYear,
      });
      const rows: Row[] = m.fiscalYears.map(({ exitsByReason, fiscalYear, ...y }) => ({
        fy: fiscalYear,
        ...y,
        ...exitsByReason,
      }));
      const cols = [
        int('ปีงบประมาณ', 'fy'),
        int('บรรจุ/รับเข้า', 'entries'),
        int('พ้นจากราชการ', 'exits'),
        ...EXIT_REASON_CODES.map((reason) => int(`พ้น: ${reason}`, reason)),
        int('เลื่อนระดับ', 'promotions'),
        int('ย้ายหน่วยงาน', 'transfers'),
      ];
      return {
        name: `movements-${m.fromFiscalYear}-${m.toFiscalYear}`,
        body: await toXlsx('การเคลื่อนไหว', cols, rows),
      };
    }
  }
}
