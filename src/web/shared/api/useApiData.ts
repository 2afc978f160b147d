import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiRequest, withQuery } from './client';

export interface ApiData<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** GETs `path` (with `query`) whenever either changes; `null` waits. Keeps the last data while reloading. */
export function useApiData<T>(
  path: string | null,
  query?: Record<string, string | number | undefined>,
): ApiData<T> {
  const url = path === null ? null : withQuery(path, query);
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(url !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (url === null) return;
    const controller = new AbortController();
    setLoading(true);
    apiRequest<T>(url, { signal: controller.signal })
      .then((result) => {
        setData(result);
        setError(undefined);
      })
      .catch((cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(
          cause instanceof ApiError
            ? cause
            : new ApiError(0, 'internal', { th: String(cause), en: String(cause) }),
        );
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [url, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data, error, loading, reload };
}
