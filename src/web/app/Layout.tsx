import { Suspense, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { useSession } from '../shared/session/useSession';
import { Loading } from '../shared/ui/Notice';
import { UserMenu } from './UserMenu';
import './layout.css';

const PAGES = [
  { path: '/my-work', key: 'nav.myWork', testId: 'nav-my-work', roles: ['focal_point', 'approver', 'admin'] },
  { path: '/', key: 'nav.summary', testId: 'nav-summary', roles: null },
  { path: '/plan', key: 'nav.plan', testId: 'nav-plan', roles: null },
  { path: '/key-results', key: 'nav.keyResults', testId: 'nav-key-results', roles: null },
  { path: '/action-plan', key: 'nav.actionPlan', testId: 'nav-action-plan', roles: null },
  { path: '/projects', key: 'nav.projects', testId: 'nav-projects', roles: null },
  // Plans are imported by the central office; focal points may import their monthly reports.
  { path: '/review', key: 'nav.review', testId: 'nav-review', roles: ['approver', 'admin'] },
  { path: '/timeliness', key: 'nav.timeliness', testId: 'nav-timeliness', roles: null },
  { path: '/attention', key: 'nav.attention', testId: 'nav-attention', roles: null },
  { path: '/problems', key: 'nav.problems', testId: 'nav-problems', roles: null },
  { path: '/import', key: 'nav.import', testId: 'nav-import', roles: ['admin', 'focal_point'] },
  { path: '/papers', key: 'nav.papers', testId: 'nav-papers', roles: null },
  { path: '/admin', key: 'nav.admin', testId: 'nav-admin', roles: ['admin'] },
] as const;

/** Top bar (name, pages, user, language, sign out) above the page; on a phone the menu folds away. */
export function Layout() {
  const { t } = useT();
  const role = useSession().user?.role ?? '';
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    // moving to another page closes the phone menu
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <div className="app-shell">
      <a className="skip-link" href="#main">
        {t('layout.skip')}
      </a>
      <header className="topbar no-print">
        <div className="topbar__inner">
          <Link to="/" className="brand">
            <span className="brand__name">ติดตาม</span>
            <span className="brand__subtitle">{t('app.subtitle')}</span>
          </Link>
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="topbar-menu"
            onClick={() => setMenuOpen((open) => !open)}
            data-testid="nav-toggle"
          >
            <span aria-hidden="true">☰</span> {t('layout.menu')}
          </button>
          <div id="topbar-menu" className={`topbar__menu${menuOpen ? ' is-open' : ''}`}>
            <nav aria-label={t('layout.nav')} className="main-nav">
              {PAGES.filter(
                (page) => page.roles === null || (page.roles as readonly string[]).includes(role),
              ).map((page) => (
                <NavLink key={page.path} to={page.path} end={page.path === '/'} data-testid={page.testId}>
                  {t(page.key)}
                </NavLink>
              ))}
            </nav>
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main" className="page">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer no-print">{t('layout.footer')}</footer>
    </div>
  );
}
