/** The paper's tables that list things: problems and obstacles, projects needing attention, key results. */
import { formatThaiDate } from '../../../domain';
import type { PaperContent, PaperProblem } from './content';
import { int, pct, text, type PaperTable } from '../table-model';
import { thaiDigits, thaiMonthYear, thaiNumber } from './thai-format';

const registerText = (p: PaperProblem) =>
  p.register
    ? [
        p.register.status,
        p.register.severity && `ความรุนแรง${p.register.severity}`,
        p.register.dueDate &&
          `กำหนดเสร็จ ${formatThaiDate(p.register.dueDate, { thaiDigits: true, short: true })}`,
      ]
        .filter(Boolean)
        .join('\n')
    : '-';

function problemTable(key: 'problems' | 'carriedOver', rows: PaperProblem[], asOf: string): PaperTable {
  const carried = key === 'carriedOver';
  return {
    key,
    title: carried
      ? 'ปัญหาอุปสรรคจากเดือนก่อนที่ยังไม่ได้แก้ไข (สถานะ ณ วันที่จัดทำ)'
      : `ปัญหาและอุปสรรคที่รายงานประจำเดือน${thaiMonthYear(asOf)}`,
    sheetName: carried ? 'ปัญหาค้างจากเดือนก่อน' : 'ปัญหาอุปสรรค',
    columns: [
      { label: 'ที่', width: 1, kind: 'num' },
      ...(carried ? [{ label: 'เดือน', width: 2, kind: 'text' as const }] : []),
      { label: 'โครงการ', width: 5, kind: 'text' },
      { label: 'หน่วยงาน', width: 3, kind: 'text' },
      { label: 'ปัญหาอุปสรรค', width: 7, kind: 'text' },
      { label: 'การติดตาม', width: 3, kind: 'text' },
    ],
    rows: rows.map((p, i) => ({
      cells: [
        int(i + 1),
        ...(carried ? [text(thaiMonthYear(p.period))] : []),
        text(`${p.projectCode} ${p.projectName}`),
        text(p.ownerUnitName ?? '-'),
        text(p.text),
        text(registerText(p)),
      ],
    })),
    empty: carried ? 'ไม่มีปัญหาอุปสรรคค้างจากเดือนก่อน' : 'ไม่มีการรายงานปัญหาอุปสรรคในเดือนนี้',
  };
}

export function followUpTables(content: PaperContent): PaperTable[] {
  const tables = [problemTable('problems', content.problems, content.summary.asOf)];
  if (content.carriedOver)
    tables.push(problemTable('carriedOver', content.carriedOver, content.summary.asOf));
  if (content.attention) {
    tables.push({
      key: 'attention',
      title: 'โครงการที่ต้องติดตาม',
      sheetName: 'โครงการที่ต้องติดตาม',
      columns: [
        { label: 'ที่', width: 1, kind: 'num' },
        { label: 'โครงการ', width: 6, kind: 'text' },
        { label: 'หน่วยงาน', width: 3, kind: 'text' },
        { label: 'เหตุที่ต้องติดตาม', width: 8, kind: 'text' },
      ],
      rows: content.attention.projects.map((p, i) => ({
        cells: [
          int(i + 1),
          text(`${p.code} ${p.name}`),
          text(p.ownerUnitName ?? '-'),
          text(p.reasons.join('\n')),
        ],
      })),
      empty: 'ไม่มีโครงการที่ต้องติดตาม',
    });
  }
  if (content.keyResults) {
    tables.push({
      key: 'keyResults',
      title: `ผลลัพธ์ที่สำคัญ (Key Results) ปีงบประมาณ พ.ศ. ${thaiDigits(content.summary.fiscalYear)}`,
      sheetName: 'ผลลัพธ์ที่สำคัญ',
      columns: [
        { label: 'เป้าประสงค์', width: 2, kind: 'text' },
        { label: 'ตัวชี้วัด', width: 7, kind: 'text' },
        { label: 'ค่าเป้าหมาย', width: 2, kind: 'text' },
        { label: 'ผลล่าสุด', width: 3, kind: 'text' },
        { label: 'ร้อยละของเป้าหมาย', width: 2, kind: 'num' },
        { label: 'บรรลุ', width: 2, kind: 'text' },
      ],
      rows: content.keyResults.map((k) => ({
        cells: [
          text(thaiDigits(k.targetNo)),
          text(`${thaiDigits(k.no)} ${k.indicator}${k.unit ? ` (${k.unit})` : ''}`),
          text(k.target === null ? '-' : thaiNumber(k.target, 4)),
          text(
            k.latestValue === null
              ? '-'
              : `${thaiNumber(k.latestValue, 4)} (${thaiMonthYear(k.latestPeriod!)})`,
          ),
          k.pct === null ? text('-') : pct(Number(k.pct)),
          text(k.met === null ? '-' : k.met ? 'บรรลุ' : 'ยังไม่บรรลุ'),
        ],
      })),
      empty: 'ยังไม่ได้กำหนดผลลัพธ์ที่สำคัญของปีนี้',
    });
  }
  return tables;
}
