import { useCallback, useState } from 'react';
import { ApiError, apiRequest, type RequestOptions } from '../../shared/api/client';

/** A change sent to the API: busy while it runs, its refusal kept to show, `done` called on success. */
export function useAction(done: () => void) {
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const send = useCallback(
    async <T>(path: string, options: RequestOptions): Promise<T | undefined> => {
      setBusy(true);
      try {
        const result = await apiRequest<T>(path, options);
        setError(undefined);
        done();
        return result;
      } catch (cause) {
        setError(
          cause instanceof ApiError
            ? cause
            : new ApiError(0, 'internal', { th: String(cause), en: String(cause) }),
        );
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [done],
  );
  return { send, error, busy };
}
