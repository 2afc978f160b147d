import type { ProjectStatus } from '../../../../domain/monitoring';
import { useFormat } from '../../../shared/format/useFormat';
import { useT } from '../../../shared/i18n/useT';

/** A project's status as a coloured label; null means the project has not reported yet. */
export function StatusBadge({ status }: { status: ProjectStatus | null }) {
  const { t } = useT();
  const fmt = useFormat();
  const kind = status ?? 'unreported';
  return (
    <span className={`status-badge status-badge--${kind}`} data-status={kind}>
      {status ? fmt.status(status) : t('status.unreported')}
    </span>
  );
}
