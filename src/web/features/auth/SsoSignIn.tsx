import { Link, useSearchParams } from 'react-router';
import { SSO_OUTCOMES, type AuthConfig, type SsoOutcome } from '../../../shared/api/account';
import { useApiData } from '../../shared/api/useApiData';
import { useMessages } from '../../shared/i18n/useMessages';
import { Notice } from '../../shared/ui/Notice';
import { authMessages } from './messages';

/**
 * The single sign-on button, shown only when the server has it configured (GET /api/auth/config), and
 * why the last attempt came back here (?sso=…). The button is a plain link: the sign-in is a chain of
 * full-page redirects through the agency's provider, never a fetch.
 */
export function SsoSignIn() {
  const m = useMessages(authMessages);
  const [params] = useSearchParams();
  const { data } = useApiData<AuthConfig>('/api/auth/config');
  const outcome = params.get('sso');
  const known = (SSO_OUTCOMES as readonly string[]).includes(outcome ?? '') ? (outcome as SsoOutcome) : null;
  return (
    <>
      {data?.passwordReset && (
        <p className="login__forgot">
          <Link to="/forgot-password" data-testid="forgot-password">
            {m('forgot')}
          </Link>
        </p>
      )}
      {known && (
        <Notice tone="error" testId="sso-error">
          {m(`sso.${known}`)}
        </Notice>
      )}
      {data?.sso.enabled && (
        <div className="login__sso">
          <p className="login__or">{m('sso.or')}</p>
          <a className="button" href="/api/auth/oidc/login" data-testid="sso-sign-in">
            {data.sso.label ?? m('sso.default')}
          </a>
        </div>
      )}
    </>
  );
}
