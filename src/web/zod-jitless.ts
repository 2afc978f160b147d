/**
 * Imported first by main.tsx, before any schema is built: zod's JIT compiles object parsers with
 * `new Function`, which the server's Content-Security-Policy forbids (no 'unsafe-eval'; docs/security.md).
 * Without this, zod's probe for eval is blocked and reported as a CSP violation on every page.
 */
import { z } from 'zod';

z.config({ jitless: true });
