/**
 * A disk (or quota) that filled while the server runs. Node says ENOSPC or EDQUOT; PostgreSQL answers
 * SQLSTATE 53100 disk_full (and, for a WAL or file write, an I/O error whose message says "No space left
 * on device"); PGlite, whose files go through Emscripten's file system, either passes PostgreSQL's error
 * on or throws an ErrnoError with Emscripten's errno 51 (ENOSPC) or 19 (EDQUOT). All of them: storage full.
 */
import { errnoName } from './data-dir';

const NO_SPACE = /No space left on device|disk quota exceeded/i;

export function isStorageFullError(err: unknown): boolean {
  for (let e = err, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (code === '53100' || code === 'ENOSPC' || code === 'EDQUOT') return true;
    const name = errnoName(e);
    if (name === 'ENOSPC' || name === 'EDQUOT') return true;
    if (e instanceof Error && NO_SPACE.test(e.message)) return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
