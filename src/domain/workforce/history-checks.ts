/**
 * Checks of one person's position history as a file gives it (formats.md, "Position history file"):
 * a period ends on or after it starts; periods of the same role never overlap (so a person holds at most
 * one position at a time); an `oversees` or `acting` row may run beside a `holds` row; a level fits its
 * position type. Dates are ISO CE strings; `to` null means the period lasts. Days are whole: a period
 * ending 30 September and the next starting 1 October are adjacent, one starting 30 September overlaps.
 */
import {
  levelFitsType,
  POSITION_TYPES,
  LEVELS,
  type HistoryRole,
  type Level,
  type PositionType,
} from './codes';

export interface HistoryPeriod {
  /** The row of the file, as Excel shows it. */
  row: number;
  role: HistoryRole;
  from: string;
  to: string | null;
  positionType?: PositionType | null;
  level?: Level | null;
}

export interface HistoryIssue {
  row: number;
  field: 'from' | 'to' | 'level';
  en: string;
  th: string;
}

const END_OF_TIME = '9999-12-31';

/** Whether two periods share at least one day. */
export function periodsOverlap(
  a: { from: string; to: string | null },
  b: { from: string; to: string | null },
) {
  return a.from <= (b.to ?? END_OF_TIME) && b.from <= (a.to ?? END_OF_TIME);
}

const ROLE_WORDS: Record<HistoryRole, { en: string; th: string }> = {
  holds: { en: 'holds', th: 'ครองตำแหน่ง' },
  acting: { en: 'acting', th: 'รักษาราชการแทน' },
  oversees: { en: 'oversees', th: 'กำกับดูแล' },
};

/**
 * Every issue of one person's periods, each on the row that breaks the rule (for an overlap, the later
 * row, naming the earlier one). The order of `periods` does not matter.
 */
export function checkPersonHistory(periods: readonly HistoryPeriod[]): HistoryIssue[] {
  const issues: HistoryIssue[] = [];
  for (const p of periods) {
    if (p.to !== null && p.to < p.from) {
      issues.push({ row: p.row, field: 'to', en: 'ends before it starts', th: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น' });
    }
    if (p.positionType && p.level && !levelFitsType(p.positionType, p.level)) {
      issues.push({
        row: p.row,
        field: 'level',
        en: `level ${p.level} is not a level of position type ${p.positionType}`,
        th: `ระดับ${LEVELS[p.level]}ไม่ใช่ระดับของตำแหน่งประเภท${POSITION_TYPES[p.positionType]}`,
      });
    }
  }
  const valid = periods.filter((p) => p.to === null || p.to >= p.from);
  for (const role of Object.keys(ROLE_WORDS) as HistoryRole[]) {
    const ofRole = valid
      .filter((p) => p.role === role)
      .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.row - b.row));
    // The period reaching furthest so far: a later start on or before its end overlaps it.
    let reach: HistoryPeriod | null = null;
    for (const p of ofRole) {
      if (reach && p.from <= (reach.to ?? END_OF_TIME)) issues.push(overlapIssue(p, reach));
      if (!reach || (p.to ?? END_OF_TIME) > (reach.to ?? END_OF_TIME)) reach = p;
    }
  }
  return issues.sort((a, b) => a.row - b.row);
}

function overlapIssue(p: HistoryPeriod, earlier: HistoryPeriod): HistoryIssue {
  if (p.role === 'holds') {
    return {
      row: p.row,
      field: 'from',
      en: `holds two positions at once: overlaps row ${earlier.row} (a person holds one position at a time)`,
      th: `ครองสองตำแหน่งพร้อมกัน: ช่วงเวลาซ้อนกับแถวที่ ${earlier.row} (ครองตำแหน่งได้ครั้งละหนึ่งตำแหน่ง)`,
    };
  }
  const word = ROLE_WORDS[p.role];
  return {
    row: p.row,
    field: 'from',
    en: `overlaps row ${earlier.row}, another "${word.en}" period of the same person`,
    th: `ช่วงเวลาซ้อนกับแถวที่ ${earlier.row} ซึ่งเป็นช่วง "${word.th}" ของบุคคลเดียวกัน`,
  };
}
