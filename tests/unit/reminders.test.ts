/** Who gets which reminder on which day: the pure rules of src/domain/monitoring/reminders.ts, with exact dates. */
import { describe, expect, it } from 'vitest';
import {
  daysBetween,
  decideReminders,
  groupReminderEmails,
  needsReport,
  type ProjectMonthFacts,
  type ReminderFacts,
} from '../../src/domain/monitoring/reminders';
import { composeReminder, daysLeftText } from '../../src/server/mail/monitoring/reminder-message';

// Unit 1 (focal 11, approver 12, a second focal 13), unit 2 (focal 21, no approver), admins 90 and 91.
const PEOPLE: ReminderFacts['people'] = [
  { userId: 11, role: 'focal_point', unitId: 1 },
  { userId: 12, role: 'approver', unitId: 1 },
  { userId: 13, role: 'focal_point', unitId: 1 },
  { userId: 21, role: 'focal_point', unitId: 2 },
  { userId: 90, role: 'admin', unitId: null },
  { userId: 91, role: 'admin', unitId: null },
  { userId: 99, role: 'viewer', unitId: null },
];

// July 2566 (2023), deadline Saturday 5 August 2023, locks 10 days later (after 15 August).
const JULY = { period: 256607, deadline: '2023-08-05', lockAfterDays: 10 };

const row = (
  projectId: number,
  unitId: number,
  report: ProjectMonthFacts['report'] = null,
  period = JULY.period,
): ProjectMonthFacts => ({ projectId, unitId, period, report });

function facts(
  today: string,
  projects: ProjectMonthFacts[],
  extra: Partial<ReminderFacts> = {},
): ReminderFacts {
  return {
    today,
    settings: { remindDaysBefore: 3, escalateAfterDays: 5 },
    months: [JULY],
    exceptions: [],
    projects,
    people: PEOPLE,
    ...extra,
  };
}

const summary = (f: ReminderFacts) =>
  decideReminders(f).map(
    (d) => `${d.kind} u${d.unitId} [${d.projectIds.join(',')}] → ${d.recipients.join(',')}`,
  );

describe('daysBetween and needsReport', () => {
  it('counts calendar days across month and year ends, negative backwards', () => {
    expect(daysBetween('2023-08-02', '2023-08-05')).toBe(3);
    expect(daysBetween('2023-08-05', '2023-08-05')).toBe(0);
    expect(daysBetween('2023-08-06', '2023-08-05')).toBe(-1);
    expect(daysBetween('2023-12-30', '2024-01-02')).toBe(3);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2); // leap year
  });

  it('a report is owed while it is missing, a draft, or returned', () => {
    expect(
      [null, 'draft', 'returned', 'submitted', 'approved', 'accepted'].map((s) => needsReport(s as never)),
    ).toEqual([true, true, true, false, false, false]);
  });
});

describe('before_deadline and late', () => {
  const projects = [
    row(101, 1),
    row(102, 1, { id: 5, state: 'draft', submittedOn: null }),
    row(103, 1, { id: 6, state: 'approved', submittedOn: '2023-08-01' }),
    row(201, 2, { id: 7, state: 'returned', submittedOn: '2023-08-01' }),
  ];

  it('nothing four days before the deadline (remind_days_before = 3)', () => {
    expect(summary(facts('2023-08-01', projects))).toEqual([]);
  });

  it('from three days before up to the deadline itself: the focal points of units owing reports', () => {
    const expected = ['before_deadline u1 [101,102] → 11,13', 'before_deadline u2 [201] → 21'];
    expect(summary(facts('2023-08-02', projects))).toEqual(expected);
    expect(summary(facts('2023-08-05', projects))).toEqual(expected);
    const [first] = decideReminders(facts('2023-08-02', projects));
    expect(first).toMatchObject({ deadline: '2023-08-05', daysLeft: 3, itemKey: 'unit:1', reportId: null });
  });

  it('from the day after the deadline: late, to focal points and approvers, until the month locks', () => {
    const expected = ['late u1 [101,102] → 11,12,13', 'late u2 [201] → 21'];
    expect(summary(facts('2023-08-06', projects))).toEqual(expected);
    expect(decideReminders(facts('2023-08-06', projects))[0]!.daysLeft).toBe(-1);
    expect(summary(facts('2023-08-15', projects))).toEqual(expected); // the last day before it locks
    expect(summary(facts('2023-08-16', projects))).toEqual([]); // locked: agencies can no longer act
  });

  it("a centre's exception reopens a locked month for that unit only", () => {
    const exceptions = [{ unitId: 2, period: JULY.period, until: '2023-08-20' }];
    expect(summary(facts('2023-08-18', projects, { exceptions }))).toEqual(['late u2 [201] → 21']);
    expect(summary(facts('2023-08-21', projects, { exceptions }))).toEqual([]);
  });

  it('a month that never locks stays late; a month not opened asks nothing', () => {
    const never = { ...JULY, lockAfterDays: null };
    expect(summary(facts('2024-01-10', projects, { months: [never] }))).toHaveLength(2);
    expect(summary(facts('2023-08-03', projects, { months: [] }))).toEqual([]);
  });

  it('a unit whose reports are all sent up is not reminded; nor one without anyone to tell', () => {
    const sent = [row(201, 2, { id: 7, state: 'submitted', submittedOn: '2023-08-03' }), row(301, 3)];
    expect(summary(facts('2023-08-03', sent))).toEqual([]);
  });
});

describe('awaiting_approval and escalated_to_centre', () => {
  // Submitted on Friday 4 August 2023; escalate_after_days = 5.
  const waiting = [row(101, 1, { id: 50, state: 'submitted', submittedOn: '2023-08-04' })];

  it('the approver after more than 5 days, the centre after more than 10', () => {
    expect(summary(facts('2023-08-09', waiting))).toEqual([]); // 5 days: not more than 5
    expect(summary(facts('2023-08-10', waiting))).toEqual(['awaiting_approval u1 [101] → 12']);
    expect(summary(facts('2023-08-14', waiting))).toEqual(['awaiting_approval u1 [101] → 12']); // 10 days
    expect(summary(facts('2023-08-15', waiting))).toEqual([
      'awaiting_approval u1 [101] → 12',
      'escalated_to_centre u1 [101] → 90,91',
    ]);
    const escalated = decideReminders(facts('2023-08-15', waiting))[1]!;
    expect(escalated).toMatchObject({ reportId: 50, waitingDays: 11, itemKey: 'report:50' });
  });

  it('once the month has locked only the centre is told (the approver can no longer approve)', () => {
    expect(summary(facts('2023-08-20', waiting))).toEqual(['escalated_to_centre u1 [101] → 90,91']);
  });

  it('a unit without an approver: nothing for the approver, the centre still escalates', () => {
    const noApprover = [row(201, 2, { id: 60, state: 'submitted', submittedOn: '2023-08-04' })];
    expect(summary(facts('2023-08-10', noApprover))).toEqual([]);
    expect(summary(facts('2023-08-15', noApprover))).toEqual(['escalated_to_centre u2 [201] → 90,91']);
  });

  it('the settings decide: 1 day before, escalate after 2', () => {
    const settings = { remindDaysBefore: 1, escalateAfterDays: 2 };
    expect(summary(facts('2023-08-03', [row(102, 1)], { settings }))).toEqual([]);
    expect(summary(facts('2023-08-04', [row(102, 1)], { settings }))).toEqual([
      'before_deadline u1 [102] → 11,13',
    ]);
    expect(summary(facts('2023-08-09', waiting, { settings }))).toEqual([
      'awaiting_approval u1 [101] → 12',
      'escalated_to_centre u1 [101] → 90,91',
    ]);
  });
});

describe('one e-mail per recipient, kind and month', () => {
  it('groups every item of a recipient, kind and month into one e-mail', () => {
    const june = { period: 256606, deadline: '2023-07-05', lockAfterDays: null };
    const f = facts(
      '2023-08-15',
      [
        row(101, 1, { id: 50, state: 'submitted', submittedOn: '2023-08-01' }),
        row(102, 1, { id: 51, state: 'submitted', submittedOn: '2023-08-02' }),
        row(201, 2, { id: 52, state: 'submitted', submittedOn: '2023-08-03' }),
        row(101, 1, null, 256606),
      ],
      { months: [june, JULY] },
    );
    const emails = groupReminderEmails(decideReminders(f)).map(
      (e) => `${e.userId} ${e.kind} ${e.period}: ${e.decisions.map((d) => d.itemKey).join(' ')}`,
    );
    expect(emails).toEqual([
      '11 late 256606: unit:1',
      '12 late 256606: unit:1',
      '12 awaiting_approval 256607: report:50 report:51',
      '13 late 256606: unit:1',
      '90 escalated_to_centre 256607: report:50 report:51 report:52',
      '91 escalated_to_centre 256607: report:50 report:51 report:52',
    ]);
  });
});

describe('the Thai e-mail', () => {
  it('names the month, the deadline as a Thai date, the days left and each project', () => {
    const message = composeReminder({
      kind: 'before_deadline',
      period: 256607,
      deadline: '2023-08-05',
      daysLeft: 2,
      recipientName: 'ผู้รับผิดชอบโครงการ',
      escalateAfterDays: 5,
      publicUrl: 'https://tidtam.example.go.th',
      lines: [
        {
          projectId: 17,
          code: 'P2-03',
          name: 'การพัฒนาทักษะด้านดิจิทัล',
          unitId: 2,
          unitName: 'สถาบันพัฒนาทรัพยากรบุคคลกรุงเทพมหานคร',
          reportId: null,
          state: 'returned',
          submittedOn: null,
          waitingDays: null,
        },
      ],
    });
    expect(message.subject).toBe(
      '[ติดตาม] เตือนส่งรายงานความก้าวหน้าประจำเดือนกรกฎาคม 2566 ภายในวันที่ 5 สิงหาคม 2566 (1 โครงการ)',
    );
    expect(message.text).toContain('เรียน ผู้รับผิดชอบโครงการ');
    expect(message.text).toContain('1. P2-03 การพัฒนาทักษะด้านดิจิทัล');
    expect(message.text).toContain('ถูกส่งกลับให้แก้ไข');
    expect(message.text).toContain('https://tidtam.example.go.th/projects/17');
    expect(message.text).toContain('5 สิงหาคม 2566 (เหลือ 2 วัน)');
    expect([daysLeftText(0), daysLeftText(-3)]).toEqual(['ครบกำหนดวันนี้', 'เลยกำหนด 3 วัน']);
  });
});
