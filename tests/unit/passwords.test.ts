import { describe, expect, it } from 'vitest';
import { hashPassword, MAX_CONCURRENT_HASHES, verifyPassword } from '../../src/server/use-cases/passwords';

describe('password hashing', () => {
  it('many verifications at once all finish with the right answer, a few hashes at a time', async () => {
    expect(MAX_CONCURRENT_HASHES).toBeGreaterThanOrEqual(1);
    const stored = await hashPassword('right password');
    const attempts = Array.from({ length: 3 * MAX_CONCURRENT_HASHES + 1 }, (_, i) =>
      i % 2 === 0 ? 'right password' : 'wrong password',
    );
    const results = await Promise.all(attempts.map((p) => verifyPassword(stored, p)));
    expect(results).toEqual(attempts.map((p) => p === 'right password'));
    // A malformed hash is a refusal, and frees its turn like any other.
    expect(await verifyPassword('not a hash', 'right password')).toBe(false);
    expect(await verifyPassword(stored, 'right password')).toBe(true);
  });
});
