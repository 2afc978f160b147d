import { Link } from 'react-router';
import { useMessages } from '../../shared/i18n/useMessages';
import { AdminOnly } from './AdminOnly';
import { adminMessages } from './messages';

const LINKS = [
  { to: '/admin/months', title: 'hub.months', hint: 'hub.monthsHint', testId: 'admin-link-months' },
  { to: '/admin/units', title: 'hub.units', hint: 'hub.unitsHint', testId: 'admin-link-units' },
  { to: '/admin/users', title: 'hub.users', hint: 'hub.usersHint', testId: 'admin-link-users' },
  { to: '/admin/audit', title: 'hub.audit', hint: 'hub.auditHint', testId: 'admin-link-audit' },
] as const;

/** The admin's hub: one card per task. */
export function AdminPage() {
  const m = useMessages(adminMessages);
  return (
    <AdminOnly title={m('hub.title')} intro={m('hub.intro')} testId="admin-page" hub>
      <ul className="admin-hub">
        {LINKS.map((link) => (
          <li key={link.to}>
            <Link to={link.to} className="admin-hub__card" data-testid={link.testId}>
              <span className="admin-hub__title">{m(link.title)}</span>
              <span className="admin-hub__hint">{m(link.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminOnly>
  );
}
