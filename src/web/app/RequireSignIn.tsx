import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../shared/session/useSession';
import { Loading } from '../shared/ui/Notice';
import { ForcedChangePage } from '../features/password';

/** Pages behind sign-in: while the session is unknown, wait; when signed out, go to /login. */
export function RequireSignIn() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  // An account an admin created or reset: every other page waits for the user's own password.
  if (user.mustChangePassword) return <ForcedChangePage />;
  return <Outlet />;
}
