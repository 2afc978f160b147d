import { useMessages } from '../../shared/i18n/useMessages';
import { adminMessages } from './messages';

/** A form's submit button and its "cancel" beside it (edit rows and dialogs). */
export function FormActions({
  label,
  busy,
  onCancel,
  testId,
}: {
  label: string;
  busy: boolean;
  onCancel: () => void;
  testId: string;
}) {
  const m = useMessages(adminMessages);
  return (
    <div className="admin-dialog__actions">
      <button type="submit" className="button button--primary" disabled={busy} data-testid={testId}>
        {label}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {m('cancel')}
      </button>
    </div>
  );
}
