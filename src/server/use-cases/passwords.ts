/** Passwords are hashed with argon2id (memory-hard). */
import { hash, verify } from '@node-rs/argon2';

/**
 * At most this many hashes at a time, the rest wait their turn. Each argon2id hash takes ~19 MiB and a
 * core for tens of milliseconds in one of libuv's worker threads (4 by default, shared with file I/O):
 * 40 sign-ins at once used to run 4 hashes side by side on a 2-core machine — no faster than 2 — and left
 * the memory of 4 in the threads' malloc arenas (docs/decisions/0008-benchmarks.md has the measurements).
 */
export const MAX_CONCURRENT_HASHES = 2;

let running = 0;
const waiting: (() => void)[] = [];

async function limited<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_HASHES) await new Promise<void>((resolve) => waiting.push(resolve));
  else running++;
  try {
    return await fn();
  } finally {
    // Hand the slot straight to the next waiter (running stays the same), or free it.
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

export const hashPassword = (password: string) => limited(() => hash(password));

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await limited(() => verify(passwordHash, password));
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not reveal usernames. */
let decoy: Promise<string> | null = null;
export const decoyHash = () => (decoy ??= hashPassword('decoy password that never matches'));
