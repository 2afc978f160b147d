import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useMessages } from '../../shared/i18n/useMessages';
import { useSession } from '../../shared/session/useSession';
import { Notice } from '../../shared/ui/Notice';
import { adminMessages } from './messages';
import './admin.css';

/** An admin page: its title, a way back to the hub, and its body for admins only (the server decides too). */
export function AdminOnly({
  title,
  intro,
  testId,
  children,
  hub = false,
}: {
  title: string;
  intro?: string;
  testId: string;
  children: ReactNode;
  hub?: boolean;
}) {
  const m = useMessages(adminMessages);
  const role = useSession().user?.role;
  return (
    <section className="admin-page" data-testid={testId}>
      {!hub && role === 'admin' && (
        <p className="breadcrumb no-print">
          <Link to="/admin">{m('back')}</Link>
        </p>
      )}
      <h1>{title}</h1>
      {role !== 'admin' ? (
        <Notice>{m('notAllowed')}</Notice>
      ) : (
        <>
          {intro && <p className="muted admin-page__intro">{intro}</p>}
          {children}
        </>
      )}
    </section>
  );
}
