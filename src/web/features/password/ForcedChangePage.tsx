import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { LangSwitch } from '../../shared/ui/LangSwitch';
import { ChangePasswordForm } from './ChangePasswordForm';
import { passwordMessages } from './messages';
import '../auth/login.css';

/** Shown instead of every page while the account still has the password an admin chose. */
export function ForcedChangePage() {
  const m = useMessages(passwordMessages);
  const { signOut } = useSession();
  return (
    <main className="login" data-testid="forced-password-change">
      <div className="login__card">
        <div className="login__lang">
          <LangSwitch />
        </div>
        <h1>{m('change.forcedTitle')}</h1>
        <p>{m('change.forcedHint')}</p>
        <ChangePasswordForm />
        <button type="button" className="button" onClick={() => void signOut()}>
          {m('change.signOut')}
        </button>
      </div>
    </main>
  );
}
