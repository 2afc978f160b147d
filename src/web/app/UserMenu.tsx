import { Link, useNavigate } from 'react-router';
import type { MessageKey } from '../shared/i18n/dictionary.th';
import { useT } from '../shared/i18n/useT';
import { useSession } from '../shared/session/useSession';
import { LangSwitch } from '../shared/ui/LangSwitch';

const ROLE_KEYS: Record<string, MessageKey> = {
  admin: 'role.admin',
  focal_point: 'role.focal_point',
  approver: 'role.approver',
  viewer: 'role.viewer',
};

/** Who is signed in (name, role, unit), a link to their account, the language switch and sign out. */
export function UserMenu() {
  const { t } = useT();
  const { user, signOut } = useSession();
  const navigate = useNavigate();
  if (!user) return null;
  const roleKey = ROLE_KEYS[user.role];

  return (
    <div className="user-menu">
      <div className="user-menu__who" data-testid="current-user">
        <span className="user-menu__name">{user.displayName}</span>
        <span className="user-menu__role">
          {roleKey ? t(roleKey) : user.role}
          {user.unit && ` · ${user.unit.name}`}
        </span>
      </div>
      {/* The account page (password, sign-in methods) is the auth feature's: /account. */}
      <Link to="/account" className="user-menu__account" data-testid="nav-account">
        {t('nav.account')}
      </Link>
      <LangSwitch />
      <button
        type="button"
        className="button button--quiet"
        data-testid="logout"
        onClick={() => void signOut().then(() => navigate('/login', { replace: true }))}
      >
        {t('layout.signOut')}
      </button>
    </div>
  );
}
