import { defineMessages } from '../../../shared/i18n/useMessages';

/** Wording of the page of projects that need attention (kind names come from src/domain/monitoring/attention-flags.ts). */
export const attentionMessages = defineMessages({
  th: {
    title: 'โครงการที่ต้องติดตาม',
    noPlans: 'ยังไม่มีแผนในระบบ',
    intro:
      'ระบบตรวจจากข้อมูลโครงการ รายงานที่ส่งแล้ว และทะเบียนปัญหาอุปสรรค ณ {date} โครงการที่ดำเนินการเสร็จแล้วหรือยกเลิกไม่ต้องติดตาม',
    flagged: '{flagged} จาก {total} โครงการต้องติดตาม',
    kindsLabel: 'เรื่องที่ต้องติดตาม',
    allKinds: 'ทุกเรื่อง',
    target: 'เป้าประสงค์ยุทธศาสตร์ที่ {no}',
    targetCount: '{flagged} จาก {total} โครงการ',
    noneInTarget: 'ไม่มีโครงการที่ต้องติดตามในเป้าประสงค์นี้',
    noOwner: 'ไม่มีหน่วยงานรับผิดชอบ',
    unreported: 'ยังไม่มีรายงานที่ส่งแล้ว',
    reportOf: 'รายงานเดือน{month}',
    seeProblems: 'ดูทะเบียนปัญหา',
    settingHint: 'ไม่มีความก้าวหน้า: ร้อยละเท่าเดิม {months} เดือนที่รายงานล่าสุด หรือไม่มีรายงาน {months} เดือน',
  },
  en: {
    title: 'Projects needing attention',
    noPlans: 'There is no plan yet',
    intro:
      'Checked against the project records, the reports sent up and the problems register, as of {date}. Completed and cancelled projects need no follow-up.',
    flagged: '{flagged} of {total} {total:project|projects} need attention',
    kindsLabel: 'What needs attention',
    allKinds: 'Everything',
    target: 'Strategic target {no}',
    targetCount: '{flagged} of {total} {total:project|projects}',
    noneInTarget: 'No project of this target needs attention',
    noOwner: 'No responsible unit',
    unreported: 'No report sent up yet',
    reportOf: 'Report of {month}',
    seeProblems: 'See the problems register',
    settingHint:
      'No progress: the same percent in the last {months} reported months, or no report for {months} {months:month|months}',
  },
});
