/**
 * The checks of a result on form สพข. ๒ that span fields (each field's own shape is the API schema's):
 * the actual end not before the actual start nor after the filing day, passed not above the participants.
 * Every issue names its field, in Thai and English.
 */
export interface ResultFigures {
  actualStart: string;
  actualEnd: string;
  participants: number;
  passed: number | null;
}

export interface ResultIssue {
  field: string;
  th: string;
  en: string;
}

export function checkResult(result: ResultFigures, today: string): ResultIssue[] {
  const issues: ResultIssue[] = [];
  if (result.actualEnd < result.actualStart)
    issues.push({
      field: 'actualEnd',
      th: 'วันสิ้นสุดจริงต้องไม่ก่อนวันเริ่มจริง',
      en: 'actualEnd must not be before actualStart',
    });
  if (result.actualEnd > today)
    issues.push({
      field: 'actualEnd',
      th: 'วันสิ้นสุดจริงต้องไม่เกินวันนี้ (รายงานผลเมื่อโครงการเสร็จแล้ว)',
      en: 'actualEnd must not be after today (a result is filed once the project has ended)',
    });
  if (result.passed !== null && result.passed > result.participants)
    issues.push({
      field: 'passed',
      th: 'จำนวนผู้ผ่านต้องไม่เกินจำนวนผู้เข้าร่วมจริง',
      en: 'passed must not exceed the actual participants',
    });
  return issues;
}
