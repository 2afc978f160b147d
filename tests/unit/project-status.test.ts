import { describe, expect, it } from 'vitest';
import { parseProjectStatus, STATUS_LABEL_TH } from '../../src/domain/monitoring';

describe('parseProjectStatus', () => {
  it.each([
    ['not_started', 'not_started'],
    ['in_progress', 'in_progress'],
    ['completed', 'completed'],
    ['cancelled', 'cancelled'],
    ['  Completed ', 'completed'],
    ['IN_PROGRESS', 'in_progress'],
    ['ยังไม่ได้ดำเนินการ', 'not_started'],
    ['อยู่ระหว่างดำเนินการ', 'in_progress'],
    ['ดำเนินการเสร็จแล้ว', 'completed'],
    ['ยกเลิก', 'cancelled'],
    ['อยู่ระหว่าง ดำเนินการ', 'in_progress'],
    [' ดำเนินการ เสร็จ แล้ว ', 'completed'],
    ['ยังไม่ได้\tดำเนินการ', 'not_started'],
  ])('%j → %s', (raw, status) => {
    expect(parseProjectStatus(raw)).toBe(status);
  });

  it.each(['', 'done', 'started', 'เสร็จแล้ว', 'ดำเนินการ', 'in-progress', 'completedd'])('%j → null', (raw) => {
    expect(parseProjectStatus(raw)).toBeNull();
  });

  it("Thai labels are the minutes' words", () => {
    expect(STATUS_LABEL_TH).toEqual({
      not_started: 'ยังไม่ได้ดำเนินการ',
      in_progress: 'อยู่ระหว่างดำเนินการ',
      completed: 'ดำเนินการเสร็จแล้ว',
      cancelled: 'ยกเลิก',
    });
  });
});
