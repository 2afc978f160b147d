import { defineMessages } from '../../../shared/i18n/useMessages';

/** Which reports the summary counts (the older `summary.*` keys live in the dictionaries). */
export const summaryMessages = defineMessages({
  th: {
    'basis.label': 'รายงานที่นับ',
    'basis.noteSubmitted':
      'นับจากรายงานที่ส่งแล้วทั้งหมด (รออนุมัติ อนุมัติแล้ว และรับรองแล้ว) ฉบับล่าสุดของแต่ละโครงการไม่เกินเดือนที่เลือก',
    'basis.noteAccepted': 'นับเฉพาะรายงานที่สำนักงาน ก.ก. รับรองแล้ว ฉบับล่าสุดของแต่ละโครงการไม่เกินเดือนที่เลือก',
  },
  en: {
    'basis.label': 'Reports counted',
    'basis.noteSubmitted':
      'Counts every report sent up (awaiting approval, approved and accepted): each project’s latest up to the month chosen.',
    'basis.noteAccepted':
      'Counts only reports the central office has accepted: each project’s latest up to the month chosen.',
  },
});
