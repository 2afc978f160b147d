/** The report form's Idempotency-Key (src/web/features/monitoring/project/submissionKey.ts, docs/security.md 4.6). */
import { describe, expect, it } from 'vitest';
import { randomKey, SubmissionKey } from '../../src/web/features/monitoring/project/submissionKey';

describe('one Idempotency-Key per intended submission', () => {
  const counter = () => {
    let n = 0;
    return () => `key-${++n}`;
  };

  it('is made when the form is prepared and reused when the same report is sent again (a retry)', () => {
    const keys = new SubmissionKey(counter());
    const body = { period: '2566-06', percent: '40' };
    expect(keys.for(body)).toBe('key-1');
    expect(keys.for({ ...body })).toBe('key-1');
  });

  it('is renewed after a successful save, and when the form was changed before sending again', () => {
    const keys = new SubmissionKey(counter());
    expect(keys.for({ percent: '40' })).toBe('key-1');
    expect(keys.for({ percent: '45' })).toBe('key-2');
    keys.saved();
    expect(keys.for({ percent: '45' })).toBe('key-3');
  });

  it('random keys are version-4 UUIDs, with or without crypto.randomUUID (plain HTTP off localhost)', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomKey()).toMatch(uuid);
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const made = new Set(Array.from({ length: 50 }, () => randomKey()));
      expect(made.size).toBe(50);
      for (const key of made) expect(key).toMatch(uuid);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
