import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, apiRequest } from '../../shared/api/client';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice } from '../../shared/ui/Notice';
import { accountMessages } from './messages';

/**
 * "Sign out everywhere" with a confirm step (it ends this session too): POST /api/auth/logout-all, then
 * the sign-in page. A mistaken click costs a sign-in on every device, so it is never one click.
 */
export function SignOutEverywhere() {
  const m = useMessages(accountMessages);
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    try {
      await apiRequest<void>('/api/auth/logout-all', { method: 'POST' });
      // The server has ended this session too: forget the user here, then the sign-in page.
      await signOut();
      navigate('/login', { replace: true });
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setError(cause);
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <p>
        <button
          type="button"
          className="button account__danger"
          data-testid="sign-out-everywhere"
          onClick={() => setConfirming(true)}
        >
          {m('everywhere.button')}
        </button>
      </p>
    );
  }
  return (
    <div className="account__confirm" role="alertdialog" aria-labelledby="sign-out-everywhere-question">
      <p id="sign-out-everywhere-question">{m('everywhere.confirm')}</p>
      <ErrorNotice error={error} />
      <div className="account__confirm-buttons">
        <button
          type="button"
          className="button account__danger"
          data-testid="sign-out-everywhere-confirm"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {busy ? m('everywhere.busy') : m('everywhere.yes')}
        </button>
        <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
          {m('everywhere.cancel')}
        </button>
      </div>
    </div>
  );
}
