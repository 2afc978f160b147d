/**
 * A backup streams its file while its transaction runs (a dump writes it, a restore reads it), so that
 * transaction must never run a second time; the PostgreSQL driver re-runs a transaction that lost a race
 * (src/server/db/postgres.ts). An error of that kind leaves here without its code, so it is not retried.
 */
export async function noRetry<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    if (code === '23505' || code === '40001' || code === '40P01') {
      throw new Error(`${(err as Error).message} (SQLSTATE ${code})`, { cause: err });
    }
    throw err;
  }
}
