/**
 * "The database cannot be reached right now" as one recognisable error code. node-postgres reports a
 * lost or refused connection in several ways: a socket errno (ECONNREFUSED, ECONNRESET …), a SQLSTATE
 * of class 08 or 57P0x from the server, or a plain Error with no code at all ("Connection terminated
 * unexpectedly", "timeout exceeded when trying to connect"). The plain ones get SQLSTATE 08006
 * (connection_failure), so the HTTP layer answers all of them with 503 and the client may retry.
 */

/** Codes after which the same request is expected to work again once the server is back. */
export const UNAVAILABLE_CODES: ReadonlySet<string> = new Set([
  // sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // SQLSTATE class 08: connection exception
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  // 57P01 admin_shutdown, 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up, shutting down)
  '57P01',
  '57P02',
  '57P03',
  // too many connections: the server is full, not broken
  '53300',
]);

const LOST_CONNECTION =
  /Connection terminated|connection error and is not queryable|timeout exceeded when trying to connect|Client was closed and is not queryable|Connection closed/i;

/** The same error, with code 08006 when it is a lost connection that node-postgres left without a code. */
export function markUnavailable(err: unknown): unknown {
  if (err instanceof Error) {
    const withCode = err as Error & { code?: unknown };
    if (withCode.code === undefined && LOST_CONNECTION.test(err.message)) withCode.code = '08006';
  }
  return err;
}

export function isUnavailableError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}
