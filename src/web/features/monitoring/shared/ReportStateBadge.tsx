import type { ReportState } from '../../../../domain/monitoring';
import { defineMessages, useMessages } from '../../../shared/i18n/useMessages';
import '../../../shared/ui/report-state.css';

const messages = defineMessages({
  th: {
    draft: 'ร่าง',
    submitted: 'รออนุมัติ',
    approved: 'อนุมัติแล้ว รอ สำนักงาน ก.ก. รับรอง',
    accepted: 'รับรองแล้ว',
    returned: 'ส่งกลับแก้ไข',
  },
  en: {
    draft: 'Draft',
    submitted: 'Awaiting approval',
    approved: 'Approved, awaiting the central office',
    accepted: 'Accepted',
    returned: 'Returned for correction',
  },
});

/** Where a report is on its way up: ร่าง → รออนุมัติ → อนุมัติแล้ว → รับรองแล้ว, or ส่งกลับแก้ไข. */
export function ReportStateBadge({ state, testId }: { state: ReportState; testId?: string }) {
  const m = useMessages(messages);
  return (
    <span className={`report-state report-state--${state}`} data-state={state} data-testid={testId}>
      {m(state)}
    </span>
  );
}
