/**
 * The paper's tables, numbered in order (ตารางที่ ๑ …), as one model that the DOCX, XLSX and HTML writers
 * all lay out: the same rows and numbers in every format. A `countPct` cell prints "๑๓ (๒๓.๒๑)" in a
 * document and becomes two real numbers (count, percent) in a spreadsheet.
 */
import type { PaperContent } from './content';
import { int, pct, text, type PaperCell, type PaperTable } from '../table-model';
import { followUpTables } from './tables-follow-up';
import { levelText, STATUS_TH, thaiDigits } from './thai-format';

export type { PaperCell, PaperColumn, PaperTable } from '../table-model';

const STATUS_ROWS = [
  ['completed', 'completedPct', STATUS_TH.completed],
  ['inProgress', 'inProgressPct', STATUS_TH.in_progress],
  ['notStarted', 'notStartedPct', STATUS_TH.not_started],
] as const;

/** "เป้าประสงค์ที่ ๑"; in a narrow column header it breaks after "เป้าประสงค์". */
export const targetLabel = (no: string, narrow = false) =>
  `เป้าประสงค์${narrow ? '\n' : ''}ที่ ${thaiDigits(no)}`;

function statusTables(content: PaperContent): PaperTable[] {
  const { overall, targets } = content.summary;
  const columns = [...targets, overall];
  const byTargetRows: PaperTable['rows'] = STATUS_ROWS.map(([count, share, label]) => ({
    cells: [
      text(label),
      ...columns.map((c): PaperCell => ({ t: 'countPct', count: c[count], pct: c[share] })),
    ],
  }));
  byTargetRows.push({ total: true, cells: [text('รวม (โครงการ)'), ...columns.map((c) => int(c.total))] });
  if (overall.unreported > 0)
    byTargetRows.push({ cells: [text('ยังไม่ได้รายงาน'), ...columns.map((c) => int(c.unreported))] });
  if (overall.cancelled > 0)
    byTargetRows.push({ cells: [text('ยกเลิก (ไม่นับรวม)'), ...columns.map((c) => int(c.cancelled))] });
  return [
    {
      key: 'overall',
      title: 'สรุปผลการดำเนินงานในภาพรวม',
      sheetName: 'ภาพรวม',
      columns: [
        { label: 'สถานะ', width: 4, kind: 'text' },
        { label: 'จำนวนโครงการ', width: 2, kind: 'num' },
        { label: 'ร้อยละ', width: 2, kind: 'num' },
      ],
      rows: [
        ...STATUS_ROWS.map(([count, share, label]) => ({
          cells: [text(label), int(overall[count]), pct(overall[share])],
        })),
        { total: true, cells: [text('รวม'), int(overall.total), pct(overall.total === 0 ? 0 : 100)] },
      ],
    },
    {
      key: 'byTarget',
      title: 'ผลการดำเนินงานจำแนกตามเป้าประสงค์ยุทธศาสตร์ จำนวนโครงการ (ร้อยละ)',
      sheetName: 'ตามเป้าประสงค์',
      columns: [
        { label: 'สถานะ', width: 3, kind: 'text' },
        ...targets.map((t) => ({ label: targetLabel(t.no, true), width: 2, kind: 'countPct' as const })),
        { label: 'รวม', width: 2.4, kind: 'countPct' },
      ],
      rows: byTargetRows,
      compact: true,
    },
    {
      key: 'progress',
      title: 'ความก้าวหน้าการดำเนินงานจำแนกตามเป้าประสงค์ยุทธศาสตร์',
      sheetName: 'ความก้าวหน้า',
      columns: [
        { label: 'เป้าประสงค์ยุทธศาสตร์', width: 8, kind: 'text' },
        { label: 'จำนวนโครงการ', width: 2, kind: 'num' },
        { label: 'เสร็จแล้วและอยู่ระหว่างดำเนินการ', width: 3, kind: 'num' },
        { label: 'ร้อยละความก้าวหน้า', width: 2, kind: 'num' },
        { label: 'ระดับ', width: 2, kind: 'text' },
      ],
      rows: [
        ...targets.map((t) => ({
          cells: [
            text(`${thaiDigits(t.no)}. ${t.name}`),
            int(t.total),
            int(t.completed + t.inProgress),
            pct(t.progressPct),
            text(levelText(t.level)),
          ],
        })),
        {
          total: true,
          cells: [
            text('ภาพรวม'),
            int(overall.total),
            int(overall.completed + overall.inProgress),
            pct(overall.progressPct),
            text(levelText(overall.level)),
          ],
        },
      ],
    },
  ];
}

/**
 * Every number on the paper is in Thai digits (issue 14 item 11): the text cells too, whatever they hold
 * (project codes "P๒-๐๕", the needs-attention reasons, dates and figures typed into problem texts).
 */
export function paperTables(content: PaperContent): PaperTable[] {
  return [...statusTables(content), ...followUpTables(content)].map(withThaiDigits);
}

function withThaiDigits(table: PaperTable): PaperTable {
  const cell = (c: PaperCell): PaperCell => (c.t === 'text' ? text(thaiDigits(c.text)) : c);
  return {
    ...table,
    title: thaiDigits(table.title),
    sheetName: thaiDigits(table.sheetName),
    columns: table.columns.map((c) => ({ ...c, label: thaiDigits(c.label) })),
    rows: table.rows.map((row) => ({ ...row, cells: row.cells.map(cell) })),
    ...(table.empty === undefined ? {} : { empty: thaiDigits(table.empty) }),
  };
}
