/**
 * The generator's position history passes the history file's own rules (src/domain/workforce/history-checks.ts):
 * what `generate --scale S` writes can be exported and imported again, as the benchmark's bulk import does.
 * Scale 10, seed 1 once gave a section head two open acting periods (acting for two vacant assistant directors
 * of the same district office), which the import refused.
 */
import { describe, expect, it } from 'vitest';
import type { Level } from '../../src/domain/workforce';
import { checkPersonHistory, type HistoryPeriod } from '../../src/domain/workforce/history-checks';
import { workforceOf } from '../../src/server/generate/workforce/generated-workforce';

describe('the generated position history', () => {
  it.each([
    [10, 1],
    [10, 6],
  ])('scale %i, seed %i: every person’s periods pass the import’s checks', (scale, seed) => {
    const built = workforceOf(scale, seed);
    const byPerson = new Map<string, HistoryPeriod[]>();
    built.history.forEach((h, i) => {
      const periods = byPerson.get(h.personNo) ?? [];
      periods.push({
        row: i + 2,
        role: h.role,
        from: h.from,
        to: h.to,
        positionType: h.positionType,
        level: h.level as Level,
      });
      byPerson.set(h.personNo, periods);
    });
    const issues = [...byPerson.values()].flatMap((periods) => checkPersonHistory(periods));
    expect(issues).toEqual([]);
    expect(built.history.filter((h) => h.role === 'acting').length).toBeGreaterThan(0);
  });
});
