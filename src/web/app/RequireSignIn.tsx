import { Navigate, Outlet, useLocation } from 'react-router';
import { useSession } from '../shared/session/useSession';
import { Loading } from '../shared/ui/Notice';

/** Pages behind sign-in: while the session is unknown, wait; when signed out, go to /login. */
export function RequireSignIn() {
  const { user } = useSession();
  const location = useLocation();
  if (user === undefined) return <Loading />;
  if (user === null) {
    return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
