import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CurrentUser } from '../../../shared/api/auth';
import { apiRequest, setPasswordChangeHandler, setUnauthorizedHandler } from '../api/client';

export interface Session {
  /** undefined while the first /api/auth/me is under way; null when signed out. */
  user: CurrentUser | null | undefined;
  signIn: (username: string, password: string) => Promise<CurrentUser>;
  signOut: () => Promise<void>;
  /** The user chose their own password: the forced change is over. */
  passwordChanged: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>();

  useEffect(() => {
    setUnauthorizedHandler(() => setUser(null));
    // The server says an admin's password must be replaced first: the app shows the change form.
    setPasswordChangeHandler(() => setUser((u) => (u ? { ...u, mustChangePassword: true } : u)));
    const controller = new AbortController();
    apiRequest<CurrentUser>('/api/auth/me', { signal: controller.signal, noAuthRedirect: true })
      .then(setUser)
      .catch(() => {
        if (!controller.signal.aborted) setUser(null);
      });
    return () => controller.abort();
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    const signedIn = await apiRequest<CurrentUser>('/api/auth/login', {
      method: 'POST',
      body: { username, password },
      noAuthRedirect: true,
    });
    setUser(signedIn);
    return signedIn;
  }, []);

  const signOut = useCallback(async () => {
    try {
      await apiRequest<void>('/api/auth/logout', { method: 'POST', noAuthRedirect: true });
    } finally {
      setUser(null);
    }
  }, []);

  const passwordChanged = useCallback(
    () => setUser((u) => (u ? { ...u, mustChangePassword: false } : u)),
    [],
  );

  const value = useMemo(
    () => ({ user, signIn, signOut, passwordChanged }),
    [user, signIn, signOut, passwordChanged],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
