import { defineMessages } from '../../../shared/i18n/useMessages';

/** The two counting bases, in the same words on every page that offers them (issue 14 item 13). */
export const basisMessages = defineMessages({
  th: {
    submitted: 'นับรายงานที่ส่งแล้วทั้งหมด',
    accepted: 'นับเฉพาะที่รับรองแล้ว',
  },
  en: {
    submitted: 'Every report sent up',
    accepted: 'Accepted reports only',
  },
});
