/**
 * Limits on failed sign-ins (docs/security.md, 4.2). Three counts, all over the same window `windowMs`:
 *
 * - Account from one address (`perPair`, TIDTAM_SIGNIN_MAX_FAILURES): after that many failures for one
 *   username from one client address, further attempts for that username *from that address* get 429,
 *   even with the right password. Only that pair is locked: whoever fails from elsewhere cannot lock the
 *   real user out (the old per-account lock let anyone lock any account). A success clears the pair.
 * - Address (`perAddress`): after that many failures from one address (any usernames), that address is
 *   refused. A success does not clear it: one valid account must not let a guesser go on trying others.
 * - Account everywhere (`perAccount`, much higher): the backstop against guessing one account from many
 *   addresses. Reaching it locks the account for every address, the real user's too: the trade-off is that
 *   someone with enough addresses (perAccount / perPair of them) can still lock an account for a window,
 *   in exchange for a bound on how many passwords can be tried against it. A success does not clear it.
 *
 * Unknown usernames are counted exactly like real ones, so the answers never tell which exist. Behind a
 * reverse proxy, set TIDTAM_TRUST_PROXY, or every user shares the proxy's address.
 *
 * The counts live in this process's memory: they reset when the server restarts and are not shared
 * between processes (one process per database is how tidtam is run; docs/decisions/0002). Each table is
 * bounded (`maxKeys`): expired entries are dropped first, then the oldest.
 */
import { AppError } from '../errors';

export interface SignInLimits {
  perPair: number;
  perAddress: number;
  perAccount: number;
  windowMs: number;
  maxKeys?: number;
}

/** Which count refused: this account from this address, this address, or this account everywhere. */
export type LockScope = 'account' | 'address' | 'account_everywhere';

const MESSAGES: Record<LockScope, { th: string; en: string }> = {
  account: {
    th: 'ลงชื่อเข้าใช้บัญชีนี้ผิดหลายครั้งเกินไป กรุณารออีก {m} นาทีแล้วลองใหม่',
    en: 'Too many failed sign-ins for this account; try again in {m}',
  },
  address: {
    th: 'มีการลงชื่อเข้าใช้ผิดจากเครื่องนี้หลายครั้งเกินไป กรุณารออีก {m} นาทีแล้วลองใหม่',
    en: 'Too many failed sign-ins from this address; try again in {m}',
  },
  account_everywhere: {
    th: 'บัญชีนี้ถูกลงชื่อเข้าใช้ผิดจากหลายแห่งเกินไป จึงระงับชั่วคราว กรุณารออีก {m} นาทีหรือติดต่อผู้ดูแล',
    en: 'Too many failed sign-ins for this account from many places; it is paused, try again in {m} or ask the administrators',
  },
};

export class SignInRefused extends AppError {
  constructor(
    readonly retryAfterSeconds: number,
    readonly scope: LockScope,
  ) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    const { th, en } = MESSAGES[scope];
    super('rate_limited', {
      th: th.replace('{m}', String(minutes)),
      en: en.replace('{m}', `${minutes} minute${minutes === 1 ? '' : 's'}`),
    });
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

  /** Records a failure; true when it is the one that reaches the limit (the lock starts now). */
  add(key: string, now: number): boolean {
    const times = this.live(key, now);
    times.push(now);
    // Only the newest `max` failures decide anything.
    if (times.length > this.max) times.splice(0, times.length - this.max);
    this.entries.delete(key);
    this.entries.set(key, times);
    if (this.entries.size > this.maxKeys) this.prune(now);
    return times.length === this.max;
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
  private readonly pairs: FailureLog;
  private readonly addresses: FailureLog;
  private readonly accounts: FailureLog;

  constructor(
    limits: SignInLimits,
    private readonly now: () => number = Date.now,
  ) {
    const maxKeys = limits.maxKeys ?? 100_000;
    this.pairs = new FailureLog(limits.perPair, limits.windowMs, maxKeys);
    this.addresses = new FailureLog(limits.perAddress, limits.windowMs, maxKeys);
    this.accounts = new FailureLog(limits.perAccount, limits.windowMs, maxKeys);
  }

  /** Throws SignInRefused (429) when this account from this address, the address or the account is locked. */
  check(account: string, address: string): void {
    const now = this.now();
    const checks: [LockScope, FailureLog, string][] = [
      ['account', this.pairs, pairKey(account, address)],
      ['address', this.addresses, address],
      ['account_everywhere', this.accounts, accountKey(account)],
    ];
    for (const [scope, log, key] of checks) {
      const wait = log.waitSeconds(key, now);
      if (wait > 0) throw new SignInRefused(wait, scope);
    }
  }

  /** Records a failure; returns the locks this failure started (for the audit trail), if any. */
  failed(account: string, address: string): LockScope[] {
    const now = this.now();
    const started: LockScope[] = [];
    if (this.pairs.add(pairKey(account, address), now)) started.push('account');
    if (this.addresses.add(address, now)) started.push('address');
    if (this.accounts.add(accountKey(account), now)) started.push('account_everywhere');
    return started;
  }

  /** The real user got in from this address: that pair starts again (the other counts do not). */
  succeeded(account: string, address: string): void {
    this.pairs.clear(pairKey(account, address));
  }
}

/** The account a sign-in names, as the users table stores usernames (trimmed, lower case). */
const accountKey = (username: string) => username.trim().toLowerCase();
const pairKey = (username: string, address: string) => `${accountKey(username)}\u0000${address}`;
