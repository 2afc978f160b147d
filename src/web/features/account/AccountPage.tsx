import type { SessionList } from '../../../shared/api/account';
import { useApiData } from '../../shared/api/useApiData';
import { useFormat } from '../../shared/format/useFormat';
import type { MessageKey } from '../../shared/i18n/dictionary.th';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { useSession } from '../../shared/session/useSession';
import { ErrorNotice, Loading, TableScroll } from '../../shared/ui/Notice';
import { ChangePasswordForm, passwordMessages } from '../password';
import { SignOutEverywhere } from './SignOutEverywhere';
import { accountMessages } from './messages';
import './account.css';

/** "My account": who I am, where I am signed in, and signing out everywhere (docs/security.md, 4.2). */
export function AccountPage() {
  const m = useMessages(accountMessages);
  const pm = useMessages(passwordMessages);
  const { t } = useT();
  const fmt = useFormat();
  const { user } = useSession();
  const sessions = useApiData<SessionList>('/api/auth/sessions');
  if (!user) return <Loading />;
  return (
    <section className="account" data-testid="account-page">
      <h1>{m('title')}</h1>
      <dl className="account__who">
        <dt>{m('name')}</dt>
        <dd data-testid="account-name">{user.displayName}</dd>
        <dt>{m('username')}</dt>
        <dd>{user.username}</dd>
        <dt>{m('role')}</dt>
        <dd data-testid="account-role">{t(`role.${user.role}` as MessageKey)}</dd>
        <dt>{m('unit')}</dt>
        <dd>{user.unit ? user.unit.name : m('noUnit')}</dd>
      </dl>

      <h2>{m('sessions.title')}</h2>
      <p className="muted">{m('sessions.hint')}</p>
      <ErrorNotice error={sessions.error} />
      {sessions.data && (
        <TableScroll label={m('sessions.title')}>
          <table className="data-table" data-testid="account-sessions">
            <thead>
              <tr>
                <th scope="col">{m('sessions.created')}</th>
                <th scope="col">{m('sessions.lastSeen')}</th>
                <th scope="col">{m('sessions.expires')}</th>
                <th scope="col">
                  <span className="account__sr">{m('sessions.this')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.data.sessions.map((s) => (
                <tr key={`${s.createdAt}-${s.expiresAt}`} className={s.current ? 'is-current' : undefined}>
                  <td>{fmt.dateTime(s.createdAt)}</td>
                  <td>{fmt.dateTime(s.lastSeenAt)}</td>
                  <td>{fmt.dateTime(s.expiresAt)}</td>
                  <td>
                    {s.current && <strong data-testid="account-this-device">{m('sessions.this')}</strong>}
                  </td>
                </tr>
              ))}
              {sessions.data.sessions.length === 0 && (
                <tr>
                  <td colSpan={4}>{m('sessions.none')}</td>
                </tr>
              )}
            </tbody>
          </table>
        </TableScroll>
      )}
      {sessions.loading && !sessions.data && <Loading />}

      <h2>{pm('change.title')}</h2>
      <ChangePasswordForm onChanged={sessions.reload} />

      <SignOutEverywhere />
    </section>
  );
}
