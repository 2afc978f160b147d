import { Fragment, useMemo, useState } from 'react';
import type { AuthConfig } from '../../../shared/api/account';
import type { UnitView } from '../../../shared/api/units';
import type { UserAdminView } from '../../../shared/api/users';
import { useApiData } from '../../shared/api/useApiData';
import type { MessageKey } from '../../shared/i18n/dictionary.th';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { ErrorNotice, Loading } from '../../shared/ui/Notice';
import { AdminOnly } from './AdminOnly';
import { AdminTable } from './AdminTable';
import { adminMessages } from './messages';
import { UserCreateForm } from './UserCreateForm';
import { UserEditForm } from './UserEditForm';
import { UserSsoForm } from './UserSsoForm';

/** Users: list, add, edit role/unit/active/e-mail, reset the password, link single sign-on. */
export function UsersAdminPage() {
  const m = useMessages(adminMessages);
  return (
    <AdminOnly title={m('users.title')} intro={m('users.intro')} testId="users-admin">
      <UsersAdmin />
    </AdminOnly>
  );
}

/** The row opened under a user: the edit form or the single sign-on form. */
type Open = { id: number; form: 'edit' | 'sso' } | null;

function UsersAdmin() {
  const m = useMessages(adminMessages);
  const { t } = useT();
  const users = useApiData<UserAdminView[]>('/api/users');
  const units = useApiData<UnitView[]>('/api/units');
  const config = useApiData<AuthConfig>('/api/auth/config');
  const [filter, setFilter] = useState('');
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<string>();

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    return (users.data ?? []).filter(
      (u) =>
        !needle ||
        [u.username, u.displayName, u.email ?? '', u.unit?.name ?? ''].some((text) =>
          text.toLowerCase().includes(needle),
        ),
    );
  }, [users.data, filter]);

  if (users.error && !users.data) return <ErrorNotice error={users.error} />;
  if (!users.data || !units.data) return <Loading />;
  const unitList = units.data;
  const columns = [
    { label: m('users.col.username') },
    { label: m('users.col.name') },
    { label: m('users.col.email') },
    { label: m('users.col.role') },
    { label: m('users.col.unit') },
    { label: m('users.col.active') },
    { label: m('users.col.sso') },
    { label: m('users.col.actions') },
  ];
  const toggle = (id: number, form: 'edit' | 'sso') => {
    setDone(undefined);
    setOpen(open?.id === id && open.form === form ? null : { id, form });
  };
  const changed = (message: string) => {
    setDone(message);
    users.reload();
    units.reload();
  };
  const finished = (message: string) => {
    setOpen(null);
    changed(message);
  };

  return (
    <>
      <UserCreateForm
        units={unitList}
        onCreated={(user) => changed(m('users.created', { username: user.username }))}
      />
      <AdminTable
        name="users"
        title={m('users.title')}
        filter={filter}
        onFilter={setFilter}
        done={done}
        columns={columns}
        empty={shown.length === 0}
      >
        {shown.map((user) => (
          <Fragment key={user.id}>
            <tr className={user.active ? undefined : 'is-closed'} data-testid={`user-row-${user.username}`}>
              <td className="code">{user.username}</td>
              <td>{user.displayName}</td>
              <td>{user.email ?? '–'}</td>
              <td>{t(`role.${user.role}` as MessageKey)}</td>
              <td>{user.unit?.name ?? '–'}</td>
              <td>
                <span className={`admin-status admin-status--${user.active ? 'on' : 'off'}`}>
                  {user.active ? m('users.active') : m('users.inactive')}
                </span>
              </td>
              <td className="code" data-testid={`user-sso-${user.username}`}>
                {user.sso?.subjectHint ?? '–'}
              </td>
              <td className="admin-actions">
                <button
                  type="button"
                  className="button"
                  aria-expanded={open?.id === user.id && open.form === 'edit'}
                  onClick={() => toggle(user.id, 'edit')}
                  data-testid={`user-edit-${user.id}`}
                >
                  {m('edit')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-expanded={open?.id === user.id && open.form === 'sso'}
                  onClick={() => toggle(user.id, 'sso')}
                  data-testid={`user-sso-open-${user.id}`}
                >
                  {m('users.sso')}
                </button>
              </td>
            </tr>
            {open?.id === user.id && (
              <tr className="admin-edit-row">
                <td colSpan={columns.length}>
                  {open.form === 'edit' ? (
                    <UserEditForm
                      user={user}
                      units={unitList}
                      onCancel={() => setOpen(null)}
                      onSaved={(saved) => finished(m('users.saved', { username: saved.username }))}
                    />
                  ) : (
                    <UserSsoForm
                      user={user}
                      enabled={config.data?.sso.enabled ?? false}
                      onCancel={() => setOpen(null)}
                      onDone={finished}
                    />
                  )}
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </AdminTable>
    </>
  );
}
