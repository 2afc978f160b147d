/**
 * The development plan paper (issue 11 item 2), pure: from the consolidated plan (plan-view.ts) its memo
 * paragraphs, written from the numbers as seed 004's memo of 23 December 2563 (ข้อ ๒), and its tables — by
 * strategy, budget source, activity type, agency group, and the coverage matrix (agencies × strategies) that
 * names the strategies few agencies develop. The DOCX and XLSX writers lay out the same content.
 */
import type { DevelopmentSummaryView } from '../../../shared/api/development';
import { ACTIVITY_TH, GROUP_TH, SOURCE_TH, th, thBaht, thInt, thPct } from './words';

export type ColumnKind = 'text' | 'int' | 'baht' | 'pct';

export interface PlanTable {
  title: string;
  /** The workbook's sheet name: Thai, at most 31 characters. */
  sheetName: string;
  columns: { label: string; kind: ColumnKind; width: number }[];
  rows: { cells: (string | number)[]; total?: boolean }[];
}

export interface PlanPaper {
  fiscalYear: number;
  title: string;
  paragraphs: string[];
  /** One line per strategy, as the memo's list. */
  strategyLines: string[];
  tables: PlanTable[];
}

export interface PlanPaperInput {
  plan: DevelopmentSummaryView;
  hrdPlanName: string;
  activities: {
    activity: keyof typeof ACTIVITY_TH;
    projects: number;
    participants: number;
    budget: number;
  }[];
}

const totalsLine = (t: { projects: number; participants: number; budget: number }) =>
  `จำนวน ${thInt(t.projects)} โครงการ/กิจกรรม กลุ่มเป้าหมายจำนวน ${thInt(t.participants)} คน งบประมาณ ${thBaht(t.budget)} บาท`;

const TOTAL_COLUMNS = [
  { label: 'จำนวนโครงการ', kind: 'int' as const, width: 2 },
  { label: 'กลุ่มเป้าหมาย (คน)', kind: 'int' as const, width: 2 },
  { label: 'งบประมาณ (บาท)', kind: 'baht' as const, width: 3 },
];

function totalsTable(
  title: string,
  sheetName: string,
  label: string,
  rows: { name: string; projects: number; participants: number; budget: number }[],
  all: { projects: number; participants: number; budget: number },
): PlanTable {
  return {
    title,
    sheetName,
    columns: [{ label, kind: 'text', width: 6 }, ...TOTAL_COLUMNS],
    rows: [
      ...rows.map((r) => ({ cells: [r.name, r.projects, r.participants, r.budget] })),
      { cells: ['รวม', all.projects, all.participants, all.budget], total: true },
    ],
  };
}

export function buildPlanPaper({ plan, hrdPlanName, activities }: PlanPaperInput): PlanPaper {
  const fy = th(plan.fiscalYear);
  const strategyName = new Map(plan.strategies.map((s) => [s.no, s.name]));
  const agencies = plan.coverage.agencies.length;
  const weak = plan.coverage.strategies.filter((c) => c.weak);
  const strong = plan.coverage.strategies.filter((c) => !c.weak);
  const named = (list: typeof weak) =>
    list
      .map((c) => `ยุทธศาสตร์ที่ ${th(c.no)} ${strategyName.get(c.no)} (${thInt(c.agencies)} หน่วยงาน)`)
      .join(' ');

  const share =
    plan.budgetPctOfSalary === null
      ? ''
      : ` คิดเป็นร้อยละ ${thPct(plan.budgetPctOfSalary)} ของงบประมาณรายจ่ายประจำปี ${fy} หมวดเงินเดือนและค่าจ้างประจำของกรุงเทพมหานคร (${thBaht(plan.salaryBudget!)} บาท)`;
  const coverage =
    agencies === 0
      ? ''
      : ` จาก ${thInt(agencies)} หน่วยงานที่เสนอโครงการ` +
        (strong.length > 0 ? ` พบว่ามีการพัฒนาตาม${named(strong)}` : '') +
        (weak.length > 0
          ? ` ${strong.length > 0 ? 'แต่' : ''}${named(weak)} มีบางหน่วยงานเท่านั้นที่พัฒนาบุคลากรในสังกัด (ไม่ถึงกึ่งหนึ่งของหน่วยงาน)`
          : ' ครบทุกยุทธศาสตร์');
  const paragraphs = [
    `รวบรวมข้อมูลโครงการ/กิจกรรมการฝึกอบรมฯ ของทุกหน่วยงาน และส่วนราชการในสังกัดสำนักปลัดกรุงเทพมหานคร ` +
      `ประจำปีงบประมาณ พ.ศ. ${fy} มีจำนวนทั้งสิ้น ${thInt(plan.projects)} โครงการ/หลักสูตร/กิจกรรม ` +
      `กลุ่มเป้าหมายจำนวน ${thInt(plan.participants)} คน งบประมาณจำนวนทั้งสิ้น ${thBaht(plan.budget)} บาท ` +
      `(${plan.budgetText})${share}${coverage} ทั้งนี้ โครงการทั้งหมดดังกล่าว จำแนกตามยุทธศาสตร์ของ${hrdPlanName} ได้ ดังนี้`,
  ];
  const strategyLines = plan.strategies.map(
    (s) => `- ยุทธศาสตร์ที่ ${th(s.no)} ${s.name} มีโครงการฝึกอบรมที่สนับสนุน ${totalsLine(s)}`,
  );
  const listOf = (rows: { name: string; projects: number; participants: number; budget: number }[]) =>
    rows
      .filter((r) => r.projects > 0)
      .map((r) => `${r.name} ${totalsLine(r)}`)
      .join(' ');
  const sources = plan.budgetSources.map((s) => ({ ...s, name: SOURCE_TH[s.source] }));
  const acts = activities.map((a) => ({ ...a, name: ACTIVITY_TH[a.activity] }));
  const groups = plan.agencyGroups.map((g) => ({ ...g, name: GROUP_TH[g.group] }));
  paragraphs.push(
    `จำแนกตามแหล่งงบประมาณ: ${listOf(sources)}`,
    `จำแนกตามประเภทกิจกรรม: ${listOf(acts)}`,
    `จำแนกตามกลุ่มหน่วยงาน: ${listOf(groups)}`,
  );

  const strategies = plan.strategies.map((s) => ({ ...s, name: `ยุทธศาสตร์ที่ ${th(s.no)} ${s.name}` }));
  const matrix: PlanTable = {
    title: 'ความครอบคลุมยุทธศาสตร์ของหน่วยงาน (จำนวนโครงการ)',
    sheetName: 'ความครอบคลุม',
    columns: [
      { label: 'หน่วยงาน', kind: 'text', width: 6 },
      ...plan.strategies.map((s) => ({ label: `ยุทธศาสตร์ที่ ${th(s.no)}`, kind: 'int' as const, width: 2 })),
    ],
    rows: [
      ...plan.coverage.agencies.map((a) => ({ cells: [a.unitName, ...a.projects] })),
      {
        cells: ['จำนวนหน่วยงานที่พัฒนา', ...plan.coverage.strategies.map((c) => c.agencies)],
        total: true,
      },
    ],
  };
  return {
    fiscalYear: plan.fiscalYear,
    title: `สรุปแผนพัฒนาข้าราชการกรุงเทพมหานครและบุคลากรกรุงเทพมหานคร ประจำปีงบประมาณ พ.ศ. ${fy}`,
    paragraphs,
    strategyLines,
    tables: [
      totalsTable('จำแนกตามยุทธศาสตร์', 'ยุทธศาสตร์', 'ยุทธศาสตร์', strategies, plan),
      totalsTable('จำแนกตามแหล่งงบประมาณ', 'แหล่งงบประมาณ', 'แหล่งงบประมาณ', sources, plan),
      totalsTable('จำแนกตามประเภทกิจกรรม', 'ประเภทกิจกรรม', 'ประเภทกิจกรรม', acts, plan),
      totalsTable('จำแนกตามกลุ่มหน่วยงาน', 'กลุ่มหน่วยงาน', 'กลุ่มหน่วยงาน', groups, plan),
      matrix,
    ],
  };
}

/** A table cell as the Word paper prints it: Thai digits. */
export function cellText(value: string | number, kind: ColumnKind): string {
  if (typeof value === 'string') return th(value);
  if (kind === 'baht') return thBaht(value).replace(/\.-$/, '');
  if (kind === 'pct') return thPct(value);
  return thInt(value);
}
