import { useEffect, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { MyWorkResponse } from '../../shared/api/monitoring/my-work';
import { apiRequest } from '../shared/api/client';
import { useSession } from '../shared/session/useSession';
import { Loading } from '../shared/ui/Notice';
import { landingPath, WORK_ROLES } from './landing';

/**
 * The home page; just after sign-in, a focal point or approver with work waiting is sent to /my-work, and a
 * staff user always goes to their own record.
 */
export function HomeLanding({ children }: { children: ReactNode }) {
  const { user } = useSession();
  const location = useLocation();
  const justSignedIn = (location.state as { signedIn?: boolean } | null)?.signedIn === true;
  const decide = justSignedIn && !!user && WORK_ROLES.includes(user.role);
  const [target, setTarget] = useState<string | null>(decide ? null : '/');
  useEffect(() => {
    if (!decide || !user) return;
    const controller = new AbortController();
    apiRequest<MyWorkResponse>('/api/my-work', { signal: controller.signal })
      .then((work) => setTarget(landingPath(user.role, work)))
      .catch(() => {
        if (!controller.signal.aborted) setTarget('/');
      });
    return () => controller.abort();
  }, [decide, user]);
  // A staff user has one page: their own record.
  if (user?.role === 'staff') return <Navigate to="/workforce/me" replace />;
  if (target === null) return <Loading />;
  if (target !== '/') return <Navigate to={target} replace />;
  return <>{children}</>;
}
