import { useRef, useState, type FormEvent } from 'react';
import { Navigate, useLocation } from 'react-router';
import { LoginRequest } from '../../../shared/api/auth';
import { ApiError } from '../../shared/api/client';
import { schemaFieldErrors, type FieldErrors } from '../../shared/forms/fieldErrors';
import { useT } from '../../shared/i18n/useT';
import { useSession } from '../../shared/session/useSession';
import { Field } from '../../shared/ui/Field';
import { LangSwitch } from '../../shared/ui/LangSwitch';
import { ErrorNotice } from '../../shared/ui/Notice';
import { SsoSignIn } from './SsoSignIn';
import './login.css';

/** Where to go after signing in: the page the user was sent away from, else the summary. */
function nextPath(state: unknown): string {
  const from = (state as { from?: string } | null)?.from;
  return from && from.startsWith('/') && !from.startsWith('/login') ? from : '/';
}

export function LoginPage() {
  const { t, lang } = useT();
  const { user, signIn } = useSession();
  const location = useLocation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  // Set by this form's own sign-in: only then does home decide the landing page (HomeLanding). The redirect
  // below is the one way out once the session has a user: signIn's setUser re-renders this page before the
  // code after `await signIn` runs, so a second navigate() there raced it and lost the state.
  const signedInHere = useRef(false);

  if (user) {
    const next = nextPath(location.state);
    const landing = signedInHere.current && next === '/' ? { signedIn: true } : null;
    return <Navigate to={next} replace state={landing} />;
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    const parsed = LoginRequest.safeParse({ username, password });
    if (!parsed.success) {
      setFieldErrors(schemaFieldErrors(parsed.error.issues, lang));
      return;
    }
    setFieldErrors({});
    setBusy(true);
    try {
      signedInHere.current = true;
      await signIn(parsed.data.username, parsed.data.password);
    } catch (cause) {
      if (cause instanceof ApiError) setError(cause);
      else throw cause;
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="login">
      <div className="login__card">
        <div className="login__lang">
          <LangSwitch />
        </div>
        <p className="login__brand">ติดตาม</p>
        <p className="login__subtitle">{t('app.subtitle')}</p>
        <h1>{t('login.title')}</h1>
        <form onSubmit={onSubmit} noValidate>
          <Field label={t('login.username')} errors={fieldErrors.username}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                data-testid="login-username"
                autoComplete="username"
                value={username}
                onChange={(e) => setUsername(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
                autoFocus
              />
            )}
          </Field>
          <Field label={t('login.password')} errors={fieldErrors.password}>
            {({ id, describedBy, invalid }) => (
              <input
                id={id}
                type="password"
                data-testid="login-password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={invalid || undefined}
              />
            )}
          </Field>
          <ErrorNotice error={error} testId="login-error" />
          <button type="submit" className="button button--primary" data-testid="login-submit" disabled={busy}>
            {busy ? t('login.signingIn') : t('login.submit')}
          </button>
        </form>
        <SsoSignIn />
      </div>
    </main>
  );
}
