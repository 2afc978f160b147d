import { useFormat } from '../../../shared/format/useFormat';
import { useMessages } from '../../../shared/i18n/useMessages';
import { useSession } from '../../../shared/session/useSession';
import { canListMissing } from './labels';
import { messages } from './messages';

/**
 * A count of missing reports; a button that opens their list when there are some and this user may see
 * them (focal points and approvers: their own unit's only). `label` replaces the bare number.
 */
export function MissingCount({
  count,
  unitId,
  what,
  onShow,
  testId,
  label,
}: {
  count: number;
  /** The agency; null for a total over every agency. */
  unitId: number | null;
  /** What the list is of, for screen readers ("สำนักการแพทย์ มีนาคม 2566"). */
  what: string;
  onShow: () => void;
  testId?: string;
  label?: string;
}) {
  const t = useMessages(messages);
  const fmt = useFormat();
  const { user } = useSession();
  const text = label ?? fmt.number(count);
  if (count === 0 || !canListMissing(user, unitId)) {
    return <span className={count > 0 ? 'timeliness-missing-count' : undefined}>{text}</span>;
  }
  // Printing hides every button (print.css): the number is printed from its twin span.
  return (
    <>
      <button
        type="button"
        className="timeliness-link timeliness-missing-count"
        onClick={onShow}
        aria-label={`${text} — ${t('showMissing', { what })}`}
        data-testid={testId}
      >
        {text}
      </button>
      <span className="timeliness-print-twin timeliness-missing-count" aria-hidden="true">
        {text}
      </span>
    </>
  );
}
