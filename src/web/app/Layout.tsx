import { Suspense, useCallback, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { useSession } from '../shared/session/useSession';
import { Loading } from '../shared/ui/Notice';
import { isGroup, navFor } from './nav-pages';
import { NavMenu } from './NavMenu';
import { UserMenu } from './UserMenu';
import { useRouteFocus } from './useRouteFocus';
import './layout.css';

/**
 * Top bar (name, pages, user, language, sign out) above the page: a few pages, then groups that open as
 * menus (nav-pages.ts); on a phone the whole menu folds away behind one button.
 */
export function Layout() {
  const { t } = useT();
  const role = useSession().user?.role ?? '';
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openGroup, setOpenGroup] = useState<string | null>(null);
  const [menuPath, setMenuPath] = useState(location.pathname);
  if (menuPath !== location.pathname) {
    // moving to another page closes the phone menu and any open group
    setMenuPath(location.pathname);
    setMenuOpen(false);
    setOpenGroup(null);
  }
  const closeGroup = useCallback(() => setOpenGroup(null), []);
  const main = useRef<HTMLElement>(null);
  const announced = useRouteFocus(main);

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
              {navFor(role).map((entry) =>
                isGroup(entry) ? (
                  <NavMenu
                    key={entry.id}
                    group={entry}
                    open={openGroup === entry.id}
                    onToggle={() => setOpenGroup((id) => (id === entry.id ? null : entry.id))}
                    onClose={closeGroup}
                  />
                ) : (
                  <NavLink
                    key={entry.path}
                    to={entry.path}
                    end={entry.path === '/'}
                    data-testid={entry.testId}
                  >
                    {t(entry.key)}
                  </NavLink>
                ),
              )}
            </nav>
            <UserMenu />
          </div>
        </div>
      </header>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="route-announcer">
        {announced}
      </p>
      {/* tabIndex -1: the skip link's target takes focus, so the next Tab starts in the page */}
      <main id="main" className="page" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer no-print">{t('layout.footer')}</footer>
    </div>
  );
}
