import { defineMessages } from '../../../shared/i18n/useMessages';

/** Wording of the report form and the report history (the older `report.*` keys live in the dictionaries). */
export const projectMessages = defineMessages({
  th: {
    'form.hint':
      'บันทึกร่างไว้แก้ไขต่อได้ เมื่อครบถ้วนแล้วกด “ส่งรายงาน” เพื่อส่งให้หัวหน้าหน่วยงานอนุมัติ ทุกครั้งที่บันทึกจะเก็บเป็นฉบับใหม่ ฉบับเดิมยังอยู่ในประวัติ',
    'form.hintAdmin': 'รายงานที่สำนักงาน ก.ก. บันทึกแทนหน่วยงานถือเป็นรายงานที่รับรองแล้วทันที ทุกครั้งที่บันทึกจะเก็บเป็นฉบับใหม่',
    'form.save': 'บันทึกร่าง',
    'form.submit': 'ส่งรายงาน',
    'form.submitAdmin': 'บันทึกและรับรอง',
    'form.saving': 'กำลังบันทึก…',
    'form.sending': 'กำลังส่ง…',
    'form.savedDraft': 'บันทึกร่างรายงานเดือน{month} แล้ว (ยังไม่ได้ส่ง)',
    'form.savedSubmitted': 'ส่งรายงานเดือน{month} ให้หัวหน้าหน่วยงานอนุมัติแล้ว',
    'form.savedAccepted': 'บันทึกรายงานเดือน{month} และรับรองแล้ว',
    'form.refused': 'ระบบไม่รับรายงานนี้:',
    'current.title': 'รายงานเดือน{month}',
    'current.none': 'ยังไม่มีรายงานของเดือนนี้',
    'current.state': 'สถานะรายงาน',
    'current.comment': 'ความเห็นของผู้ตรวจ (สิ่งที่ต้องแก้ไข)',
    'current.loaded': 'แบบฟอร์มแสดงข้อมูลฉบับล่าสุดของเดือนนี้ แก้ไขแล้วบันทึกหรือส่งใหม่ได้',
    'readonly.title': 'ส่งรายงานเดือนนี้แล้ว จึงแก้ไขไม่ได้ในขณะนี้',
    'readonly.awaitingApprover': 'ส่งเมื่อ {when} รอหัวหน้าหน่วยงานอนุมัติ',
    'readonly.awaitingCentre': 'ส่งเมื่อ {when} หัวหน้าหน่วยงานอนุมัติเมื่อ {approvedOn} รอสำนักงาน ก.ก. รับรอง',
    'readonly.accepted': 'สำนักงาน ก.ก. รับรองเมื่อ {when}',
    'readonly.next':
      'ขั้นต่อไป: หากผู้ตรวจส่งกลับให้แก้ไข แบบฟอร์มจะแก้ไขได้อีกครั้งพร้อมความเห็นของผู้ตรวจ หากอนุมัติ รายงานจะไปรอสำนักงาน ก.ก. รับรอง',
    'readonly.nextAccepted': 'ขั้นต่อไป: หากต้องแก้ไข ติดต่อสำนักงาน ก.ก. เพื่อส่งกลับ แล้วแบบฟอร์มจะแก้ไขได้อีกครั้ง',
    'window.deadline': 'กำหนดส่ง {date}',
    'window.lockDate': 'รับรายงานถึง {date}',
    'window.neverLocks': 'ไม่ปิดรับอัตโนมัติ',
    'window.notOpen': 'สำนักงาน ก.ก. ยังไม่เปิดรับรายงานเดือนนี้',
    'window.locked': 'เดือนนี้ปิดรับรายงานแล้ว ติดต่อสำนักงาน ก.ก. หากต้องการขอผ่อนผัน',
    'window.exception': 'หน่วยงานของท่านได้รับการผ่อนผันถึง {date}',
    'history.state': 'สถานะรายงาน',
    'history.submittedAt': 'ส่งเมื่อ',
    'history.comment': 'ความเห็นผู้ตรวจ',
    'history.notSubmitted': 'ยังไม่ส่ง',
    'lastMonth.title': 'เดือนก่อน ({month}) ที่รับรองแล้ว',
    'lastMonth.none': 'ยังไม่มีรายงานเดือนก่อน ({month}) ที่รับรองแล้ว',
    'lastMonth.value': 'เดือนก่อนที่รับรองแล้ว: {value}',
    'budget.over':
      'ยอดเบิกจ่ายสะสม {spent} เกินงบประมาณโครงการ {budget} อยู่ {excess} ส่งรายงานได้ แต่ผู้ตรวจจะเห็นว่าเกินงบประมาณ กรุณาตรวจตัวเลขหรือชี้แจงในช่องปัญหาอุปสรรค',
  },
  en: {
    'form.hint':
      'Save a draft to keep working on it; when it is complete press “Submit report” to send it to your agency approver. Every save is kept as a new version; older ones stay in the history.',
    'form.hintAdmin':
      'A report the central office records on an agency’s behalf is accepted at once. Every save is kept as a new version.',
    'form.save': 'Save draft',
    'form.submit': 'Submit report',
    'form.submitAdmin': 'Save and accept',
    'form.saving': 'Saving…',
    'form.sending': 'Sending…',
    'form.savedDraft': 'Draft for {month} saved (not sent yet)',
    'form.savedSubmitted': 'Report for {month} sent to your agency approver',
    'form.savedAccepted': 'Report for {month} saved and accepted',
    'form.refused': 'The report was not accepted:',
    'current.title': 'Report for {month}',
    'current.none': 'No report for this month yet',
    'current.state': 'Report state',
    'current.comment': 'Reviewer’s comment (what to correct)',
    'current.loaded': 'The form shows the latest version for this month; edit it and save or submit again.',
    'readonly.title': 'This month’s report has been sent, so it cannot be edited now',
    'readonly.awaitingApprover': 'Sent on {when}; awaiting review by your agency approver',
    'readonly.awaitingCentre':
      'Sent on {when}, approved by your agency on {approvedOn}; awaiting review by the central office',
    'readonly.accepted': 'Accepted by the central office on {when}',
    'readonly.next':
      'Next: if a reviewer returns it, the form becomes editable again with the reviewer’s comment; once approved it goes to the central office.',
    'readonly.nextAccepted':
      'Next: to change it, ask the central office to return it; the form then becomes editable again.',
    'window.deadline': 'Due {date}',
    'window.lockDate': 'open until {date}',
    'window.neverLocks': 'never closes by itself',
    'window.notOpen': 'The central office has not opened this month for reporting',
    'window.locked': 'This month is closed for reporting; ask the central office for an exception',
    'window.exception': 'Your unit has an exception until {date}',
    'history.state': 'Report state',
    'history.submittedAt': 'Submitted',
    'history.comment': 'Reviewer’s comment',
    'history.notSubmitted': 'not sent',
    'lastMonth.title': 'Last month ({month}), accepted',
    'lastMonth.none': 'No accepted report for last month ({month}) yet',
    'lastMonth.value': 'last month, accepted: {value}',
    'budget.over':
      'Spent so far, {spent}, is above the project’s budget of {budget} by {excess}. The report can still be sent, but the reviewer will see it flagged: check the figure or explain it under problems.',
  },
});

export type ProjectMessageKey = keyof typeof projectMessages.th;
