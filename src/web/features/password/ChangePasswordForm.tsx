import { useState, type FormEvent } from 'react';
import { ApiError, apiRequest } from '../../shared/api/client';
import { serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { passwordMessages } from './messages';
import { PasswordInput } from './PasswordInput';

/** POST /api/auth/password: the current password and a new one typed twice. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const m = useMessages(passwordMessages);
  const { lang } = useT();
  const { passwordChanged } = useSession();
  const [values, setValues] = useState({ oldPassword: '', newPassword: '', repeat: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (key: keyof typeof values) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setDone(false);
    if (values.newPassword !== values.repeat) {
      setErrors({ repeat: [m('change.mismatch')] });
      return;
    }
    setErrors({});
    setBusy(true);
    try {
      const { oldPassword, newPassword } = values;
      await apiRequest('/api/auth/password', { method: 'POST', body: { oldPassword, newPassword } });
      setValues({ oldPassword: '', newPassword: '', repeat: '' });
      setDone(true);
      passwordChanged();
      onChanged?.();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setError(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate data-testid="change-password-form">
      <PasswordInput
        label={m('change.old')}
        value={values.oldPassword}
        onChange={set('oldPassword')}
        errors={errors.oldPassword}
        autoComplete="current-password"
        testId="password-old"
      />
      <PasswordInput
        label={m('change.new')}
        value={values.newPassword}
        onChange={set('newPassword')}
        errors={errors.newPassword}
        hint={m('change.rules')}
        autoComplete="new-password"
        testId="password-new"
      />
      <PasswordInput
        label={m('change.repeat')}
        value={values.repeat}
        onChange={set('repeat')}
        errors={errors.repeat}
        autoComplete="new-password"
        testId="password-repeat"
      />
      <ErrorNotice error={error} testId="password-error" />
      {done && (
        <Notice tone="success" testId="password-done">
          {m('change.done')}
        </Notice>
      )}
      <button type="submit" className="button button--primary" disabled={busy} data-testid="password-submit">
        {m('change.submit')}
      </button>
    </form>
  );
}
