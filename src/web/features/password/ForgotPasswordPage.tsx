import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { PasswordResetAccepted } from '../../../shared/api/password';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useMessages } from '../../shared/i18n/useMessages';
import { pick, useT } from '../../shared/i18n/useT';
import { Field } from '../../shared/ui/Field';
import { ErrorNotice, Notice } from '../../shared/ui/Notice';
import { passwordMessages } from './messages';
import '../auth/login.css';

/** /forgot-password: asks for a reset link; the answer is the same whether or not the account exists. */
export function ForgotPasswordPage() {
  const m = useMessages(passwordMessages);
  const { lang } = useT();
  const [login, setLogin] = useState('');
  const [answer, setAnswer] = useState<PasswordResetAccepted>();
  const [error, setError] = useState<ApiError>();
  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      setAnswer(
        await apiRequest<PasswordResetAccepted>('/api/auth/password-reset', {
          method: 'POST',
          body: { login },
          noAuthRedirect: true,
        }),
      );
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    }
  }
  return (
    <main className="login">
      <div className="login__card">
        <h1>{m('forgot.title')}</h1>
        <p>{m('forgot.hint')}</p>
        <form onSubmit={onSubmit} noValidate>
          <Field label={m('forgot.login')}>
            {({ id }) => (
              <input
                id={id}
                autoComplete="username"
                value={login}
                onChange={(e) => setLogin(e.target.value)}
              />
            )}
          </Field>
          <ErrorNotice error={error} />
          {answer && <Notice tone="success">{pick(answer.message, lang)}</Notice>}
          <button type="submit" className="button button--primary">
            {m('forgot.submit')}
          </button>
        </form>
        <Link to="/login">{m('back')}</Link>
      </div>
    </main>
  );
}
