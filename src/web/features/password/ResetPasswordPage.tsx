import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ApiError, apiRequest } from '../../shared/api/client';
import { serverFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { passwordMessages } from './messages';
import { PasswordInput } from './PasswordInput';
import '../auth/login.css';

/** /reset-password#token=…: the link of the e-mail (the token in the fragment never reaches a server log). */
export function ResetPasswordPage() {
  const m = useMessages(passwordMessages);
  const { lang } = useT();
  const token = new URLSearchParams(window.location.hash.slice(1)).get('token');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState(false);
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    if (newPassword !== repeat) return setErrors({ repeat: [m('change.mismatch')] });
    setErrors({});
    try {
      await apiRequest('/api/auth/password-reset/confirm', {
        method: 'POST',
        body: { token, newPassword },
        noAuthRedirect: true,
      });
      setDone(true);
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setError(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
    }
  }
  return (
    <main className="login">
      <div className="login__card">
        <h1>{m('reset.title')}</h1>
        {!token && <Notice tone="error">{m('reset.noToken')}</Notice>}
        {done ? (
          <Notice tone="success">{m('reset.done')}</Notice>
        ) : (
          token && (
            <form onSubmit={onSubmit} noValidate>
              <PasswordInput
                label={m('change.new')}
                value={newPassword}
                onChange={setNewPassword}
                errors={errors.newPassword}
                hint={m('change.rules')}
                autoComplete="new-password"
                testId="password-new"
              />
              <PasswordInput
                label={m('change.repeat')}
                value={repeat}
                onChange={setRepeat}
                errors={errors.repeat}
                autoComplete="new-password"
                testId="password-repeat"
              />
              <ErrorNotice error={error} />
              <button type="submit" className="button button--primary">
                {m('reset.submit')}
              </button>
            </form>
          )
        )}
        <Link to="/login">{m('back')}</Link>
      </div>
    </main>
  );
}
