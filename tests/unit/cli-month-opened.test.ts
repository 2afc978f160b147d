import { describe, expect, it } from 'vitest';
import { monthOpenedLines } from '../../src/cli/commands/monitoring/month-opened';

describe('`month open` output (issue 14.17)', () => {
  const month = { period: '2566-07', deadline: '2023-08-10', lockDate: '2023-08-20' };
  it('prints Buddhist-era dates in the Thai part', () => {
    expect(monthOpenedLines(month, '2023-08-01')).toEqual([
      'opened 2566-07: deadline 2023-08-10 / กำหนดส่ง 10 สิงหาคม 2566; locks after 2023-08-20 / ปิดรับหลังวันที่ 20 สิงหาคม 2566',
    ]);
  });
  it('warns when the lock date has already passed', () => {
    const lines = monthOpenedLines(month, '2026-12-06');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/^warning: its lock date 2023-08-20 has passed/);
    expect(lines[1]).toContain('เลยวันปิดรับ 20 สิงหาคม 2566 แล้ว');
    expect(monthOpenedLines({ ...month, lockDate: null }, '2026-12-06')).toHaveLength(1);
  });
});
