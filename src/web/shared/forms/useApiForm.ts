import { useState } from 'react';
import type { z } from 'zod';
import { ApiError } from '../api/client';
import { useT } from '../i18n/useT';
import { schemaFieldErrors, serverFieldErrors, type FieldErrors } from './fieldErrors';

/**
 * A form's round trip to the API: busy while the request runs, the server's refusal (its message and
 * its field issues) kept for display; anything but an ApiError is a bug and is thrown on.
 */
export function useApiForm() {
  const { lang } = useT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError>();
  const [busy, setBusy] = useState(false);

  /** Sends the request; undefined when the server refused it. */
  async function run<R>(request: () => Promise<R>): Promise<R | undefined> {
    setFailure(undefined);
    setBusy(true);
    try {
      return await request();
    } catch (cause) {
      if (!(cause instanceof ApiError)) throw cause;
      setFailure(cause);
      setErrors(serverFieldErrors(cause.issues, lang));
      return undefined;
    } finally {
      setBusy(false);
    }
  }

  /** Checks `input` against the shared schema first (the server checks it again), then sends it. */
  async function send<S extends z.ZodType, R>(
    schema: S,
    input: unknown,
    request: (body: z.output<S>) => Promise<R>,
  ): Promise<R | undefined> {
    setFailure(undefined);
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(schemaFieldErrors(parsed.error.issues, lang));
      return undefined;
    }
    setErrors({});
    return run(() => request(parsed.data));
  }

  return { errors, failure, busy, run, send, setFailure };
}
