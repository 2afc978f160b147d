import type { ReportState } from '../../../domain';
import { useMessages } from '../../shared/i18n/useMessages';
import { projectMessages } from './messages';

/** Where a report is on its way up: ร่าง → รออนุมัติ → อนุมัติแล้ว → รับรองแล้ว, or ส่งกลับแก้ไข. */
export function ReportStateBadge({ state, testId }: { state: ReportState; testId?: string }) {
  const m = useMessages(projectMessages);
  return (
    <span className={`report-state report-state--${state}`} data-state={state} data-testid={testId}>
      {m(`state.${state}`)}
    </span>
  );
}
