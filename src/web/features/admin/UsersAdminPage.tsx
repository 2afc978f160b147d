import { Fragment, useMemo, useState } from 'react';
import type { UnitView } from '../../../shared/api/units';
import type { UserView } from '../../../shared/api/users';
import { useApiData } from '../../shared/api/useApiData';
import type { MessageKey } from '../../shared/i18n/dictionary.th';
import { useMessages } from '../../shared/i18n/useMessages';
import { useT } from '../../shared/i18n/useT';
import { ErrorNotice, Loading, Notice, TableScroll } from '../../shared/ui/Notice';
import { AdminOnly } from './AdminOnly';
import { adminMessages } from './messages';
import { UserCreateForm } from './UserCreateForm';
import { UserEditForm } from './UserEditForm';

/** Users: list, add, edit role/unit/active/e-mail, reset the password. */
export function UsersAdminPage() {
  const m = useMessages(adminMessages);
  return (
    <AdminOnly title={m('users.title')} intro={m('users.intro')} testId="users-admin">
      <UsersAdmin />
    </AdminOnly>
  );
}

function UsersAdmin() {
  const m = useMessages(adminMessages);
  const { t } = useT();
  const users = useApiData<UserView[]>('/api/users');
  const units = useApiData<UnitView[]>('/api/units');
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<number | null>(null);
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

  return (
    <>
      <UserCreateForm
        units={unitList}
        onCreated={(user) => {
          setDone(m('users.created', { username: user.username }));
          users.reload();
          units.reload();
        }}
      />
      <div className="toolbar">
        <label className="inline-field">
          {m('filter')}
          <input
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            data-testid="users-filter"
          />
        </label>
      </div>
      {done && (
        <Notice tone="success" testId="users-done">
          {done}
        </Notice>
      )}
      <TableScroll label={m('users.title')}>
        <table className="data-table admin-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{m('users.col.username')}</th>
              <th scope="col">{m('users.col.name')}</th>
              <th scope="col">{m('users.col.email')}</th>
              <th scope="col">{m('users.col.role')}</th>
              <th scope="col">{m('users.col.unit')}</th>
              <th scope="col">{m('users.col.active')}</th>
              <th scope="col">{m('users.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((user) => (
              <Fragment key={user.id}>
                <tr
                  className={user.active ? undefined : 'is-closed'}
                  data-testid={`user-row-${user.username}`}
                >
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
                  <td className="admin-actions">
                    <button
                      type="button"
                      className="button"
                      aria-expanded={editing === user.id}
                      onClick={() => {
                        setDone(undefined);
                        setEditing(editing === user.id ? null : user.id);
                      }}
                      data-testid={`user-edit-${user.id}`}
                    >
                      {m('edit')}
                    </button>
                  </td>
                </tr>
                {editing === user.id && (
                  <tr className="admin-edit-row">
                    <td colSpan={7}>
                      <UserEditForm
                        user={user}
                        units={unitList}
                        onCancel={() => setEditing(null)}
                        onSaved={(saved) => {
                          setEditing(null);
                          setDone(m('users.saved', { username: saved.username }));
                          users.reload();
                          units.reload();
                        }}
                      />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
            {shown.length === 0 && (
              <tr>
                <td colSpan={7} className="muted">
                  {m('none')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}
