import { useState, type FormEvent } from 'react';
import { SsoLinkInput, type UserAdminView } from '../../../shared/api/users';
import { apiRequest } from '../../shared/api/client';
import { bangkokDateTime } from '../../shared/format/format';
import { useFormat } from '../../shared/format/useFormat';
import { useApiForm } from '../../shared/forms/useApiForm';
import { useMessages } from '../../shared/i18n/useMessages';
import { TextField } from '../../shared/ui/InputField';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { FormActions } from './FormActions';
import { adminMessages } from './messages';

/**
 * Links the subject the agency's IT gave for this person to their account, or unlinks it after a
 * confirm step (docs/decisions/0007). The server decides (admin only, SSO configured, user active,
 * subject nobody else's); the page shows the subject masked, as the server sends it.
 */
export function UserSsoForm({
  user,
  enabled,
  onDone,
  onCancel,
}: {
  user: UserAdminView;
  /** Single sign-on is configured on the server (GET /api/auth/config): only then can one link. */
  enabled: boolean;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const m = useMessages(adminMessages);
  const fmt = useFormat();
  const form = useApiForm();
  const [subject, setSubject] = useState('');
  const [confirming, setConfirming] = useState(false);
  const url = `/api/users/${user.id}/sso`;

  const link = async (event: FormEvent) => {
    event.preventDefault();
    const saved = await form.send(SsoLinkInput, { subject }, (body) =>
      apiRequest<UserAdminView>(url, { method: 'PUT', body }),
    );
    if (saved) onDone(m('users.linked', { username: saved.username }));
  };
  const unlink = async () => {
    const saved = await form.run(() => apiRequest<UserAdminView>(url, { method: 'DELETE' }));
    if (saved) onDone(m('users.unlinked', { username: saved.username }));
  };

  return (
    <form className="admin-form" onSubmit={link} noValidate data-testid="user-sso">
      <h3 className="admin-form__title">{m('sso.title', { username: user.username })}</h3>
      <div className="admin-form__footer">
        <p data-testid="user-sso-status">
          {user.sso
            ? m('sso.linked', {
                subject: user.sso.subjectHint,
                issuer: user.sso.issuer,
                date: fmt.date(bangkokDateTime(user.sso.linkedAt).date),
              })
            : m('sso.notLinked')}
        </p>
        {user.sso && !confirming && (
          <button
            type="button"
            className="button"
            onClick={() => setConfirming(true)}
            data-testid="user-sso-unlink"
          >
            {m('sso.unlink')}
          </button>
        )}
        {confirming && (
          <Notice tone="warning" testId="user-sso-confirm">
            <p>{m('sso.confirmText', { username: user.username })}</p>
            <div className="admin-dialog__actions">
              <button
                type="button"
                className="button button--primary"
                disabled={form.busy}
                onClick={() => void unlink()}
                data-testid="user-sso-unlink-confirm"
              >
                {m('sso.confirm')}
              </button>
              <button type="button" className="button button--quiet" onClick={() => setConfirming(false)}>
                {m('cancel')}
              </button>
            </div>
          </Notice>
        )}
      </div>
      {enabled ? (
        <TextField
          label={m('sso.subject')}
          hint={m('sso.subjectHint')}
          errors={form.errors.subject}
          autoComplete="off"
          value={subject}
          onChange={setSubject}
          testId="user-sso-subject"
        />
      ) : (
        <div className="admin-form__footer">
          <Notice>{m('sso.off')}</Notice>
        </div>
      )}
      <div className="admin-form__footer">
        <ErrorNotice error={form.failure} testId="user-sso-error" />
        {enabled ? (
          <FormActions label={m('sso.link')} busy={form.busy} onCancel={onCancel} testId="user-sso-link" />
        ) : (
          <button type="button" className="button button--quiet" onClick={onCancel}>
            {m('cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
