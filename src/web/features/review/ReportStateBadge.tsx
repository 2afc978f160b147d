import type { ReportState } from '../../../domain';
import { useMessages } from '../../shared/i18n/useMessages';
import { reviewMessages } from './messages';

/** Where a report is on its way up: ร่าง → รออนุมัติ → อนุมัติแล้ว → รับรองแล้ว, or ส่งกลับแก้ไข. */
export function ReportStateBadge({ state }: { state: ReportState }) {
  const m = useMessages(reviewMessages);
  return (
    <span className={`report-state report-state--${state}`} data-state={state}>
      {m(`state.${state}`)}
    </span>
  );
}
