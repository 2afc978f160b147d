/**
 * A person's own entry of outside learning: the checks beyond the field types. The days are the person's
 * (never derived from the dates) but cannot exceed the calendar days the entry spans; it ends on or after its
 * first day. Dates are ISO (CE).
 */
export interface EntryDates {
  startDate: string;
  endDate: string;
  days: number;
}

export interface EntryIssue {
  field: 'endDate' | 'days';
  th: string;
  en: string;
}

const DAY_MS = 86_400_000;

export function entryIssues(e: EntryDates): EntryIssue[] {
  if (e.endDate < e.startDate)
    return [{ field: 'endDate', th: 'วันสิ้นสุดอยู่ก่อนวันเริ่มต้น', en: 'ends before it starts' }];
  const span = (Date.parse(e.endDate) - Date.parse(e.startDate)) / DAY_MS + 1;
  if (e.days > span)
    return [
      {
        field: 'days',
        th: `มากกว่าจำนวนวันตามปฏิทินในช่วงนั้น (${span} วัน)`,
        en: `more than the ${span} calendar days the entry spans`,
      },
    ];
  return [];
}
