/**
 * Limits on failed sign-ins, per account and per client address (docs/security.md, 4.2).
 *
 * - Account: after `perAccount` failed sign-ins within `windowMs`, every further attempt for that
 *   username is refused with 429 until the oldest of those failures is `windowMs` old, even with the
 *   right password (otherwise guessing would simply continue). A successful sign-in clears the account's
 *   failures. Unknown usernames are counted exactly like real ones, so the answer never tells which exist.
 * - Address: after `perAddress` failed sign-ins from one client address within `windowMs` (any
 *   usernames), that address is refused the same way. A success does not clear it: one valid account must
 *   not let a guesser go on trying others. Behind a reverse proxy, set TIDTAM_TRUST_PROXY to the proxy's
 *   address, or every user shares the proxy's address.
 *
 * The counts live in this process's memory: they reset when the server restarts and are not shared
 * between processes (one process per database is how tidtam is run; docs/decisions/0002). The table is
 * bounded (`maxKeys`): expired entries are dropped first, then the oldest.
 */
import { AppError } from '../errors';

export interface SignInLimits {
  perAccount: number;
  perAddress: number;
  windowMs: number;
  maxKeys?: number;
}

export class SignInRefused extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    scope: 'account' | 'address',
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(
      'rate_limited',
      scope === 'account'
        ? {
            th: `ลงชื่อเข้าใช้บัญชีนี้ผิดหลายครั้งเกินไป กรุณารออีก ${minutes} นาทีแล้วลองใหม่`,
            en: `Too many failed sign-ins for this account; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
          }
        : {
            th: `มีการลงชื่อเข้าใช้ผิดจากเครื่องนี้หลายครั้งเกินไป กรุณารออีก ${minutes} นาทีแล้วลองใหม่`,
            en: `Too many failed sign-ins from this address; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
          },
    );
  }
}

class FailureLog {
  private readonly entries = new Map<string, number[]>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly maxKeys: number,
  ) {}

  /** Seconds until an attempt is allowed again, or 0 when it is allowed now. */
  waitSeconds(key: string, now: number): number {
    const times = this.live(key, now);
    if (times.length < this.max) return 0;
    const oldest = times[times.length - this.max]!;
    return Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000));
  }

  add(key: string, now: number): void {
    const times = this.live(key, now);
    times.push(now);
    // Only the newest `max` failures decide anything.
    if (times.length > this.max) times.splice(0, times.length - this.max);
    this.entries.delete(key);
    this.entries.set(key, times);
    if (this.entries.size > this.maxKeys) this.prune(now);
  }

  clear(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string, now: number): number[] {
    const times = (this.entries.get(key) ?? []).filter((t) => t > now - this.windowMs);
    if (times.length === 0) this.entries.delete(key);
    return times;
  }

  private prune(now: number): void {
    for (const [key, times] of this.entries) {
      if (times.every((t) => t <= now - this.windowMs)) this.entries.delete(key);
    }
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }
}

export class SignInLimiter {
  private readonly accounts: FailureLog;
  private readonly addresses: FailureLog;

  constructor(
    limits: SignInLimits,
    private readonly now: () => number = Date.now,
  ) {
    const maxKeys = limits.maxKeys ?? 100_000;
    this.accounts = new FailureLog(limits.perAccount, limits.windowMs, maxKeys);
    this.addresses = new FailureLog(limits.perAddress, limits.windowMs, maxKeys);
  }

  /** Throws SignInRefused (429) when the account or the address has failed too often. */
  check(account: string, address: string): void {
    const now = this.now();
    const byAccount = this.accounts.waitSeconds(accountKey(account), now);
    if (byAccount > 0) throw new SignInRefused(byAccount, 'account');
    const byAddress = this.addresses.waitSeconds(address, now);
    if (byAddress > 0) throw new SignInRefused(byAddress, 'address');
  }

  failed(account: string, address: string): void {
    const now = this.now();
    this.accounts.add(accountKey(account), now);
    this.addresses.add(address, now);
  }

  succeeded(account: string): void {
    this.accounts.clear(accountKey(account));
  }
}

/** The account a sign-in names, as the users table stores usernames (trimmed, lower case). */
const accountKey = (username: string) => username.trim().toLowerCase();
