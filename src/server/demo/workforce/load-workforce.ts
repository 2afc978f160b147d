/**
 * The demo's workforce (issue 10): about 2,000 invented Thai people over the demo's units — the bureaus and
 * offices and its district offices, each with ten sections — built by the generator's pure workforce
 * builder (src/server/generate/workforce/) as of the day the demo is loaded, so that it stays believable
 * whenever it is started: nobody in service is past the retirement rule, people retire at the end of each
 * of the next five fiscal years, the vacancies are recent, the acting holders still act. The same day
 * always gives the same rows (a fixed seed); another day gives the same people, career shapes and counts
 * with their dates moved along.
 *
 * Shown in the demo: district directors, three assistant district directors per district overseeing
 * sections (one of D-PHRANAKHON's has overseen exactly six of its ten sections, a section short of seven),
 * section heads, vacant positions with someone acting (รักษาราชการแทน), leavers with their reasons,
 * transfers between units. Written set-based (three INSERT … SELECT FROM unnest statements) with one
 * audit row, like the generator.
 */
import { DEMO_LOADER } from '../../actor';
import type { Queryable } from '../../db/database';
import { recordAuditMany, type AuditEntry } from '../../repositories/audit';
import { Random } from '../../generate/random';
import { buildWorkforce, type BuiltWorkforce } from '../../generate/workforce/build-workforce';
import type { WorkforceUnit } from '../../generate/workforce/types';
import { writeWorkforce, type WorkforceCounts } from '../../generate/workforce/write-workforce';
import { demoUnits } from '../demo-data';

/** How many people the demo has, exactly. */
export const DEMO_PEOPLE = 2000;
/** Demo personnel numbers: D and six digits (people created by hand get P and seven). */
export const DEMO_PERSON_PREFIX = 'D';
/** The district office with an assistant director one section short of having overseen seven. */
export const DEMO_SHORT_OF_SEVEN_IN = 'D-PHRANAKHON';

/** The builder's unit keys pick a unit's own line of work and size; the demo's codes mostly are keys. */
const KEYS: Readonly<Record<string, string>> = { 'OCSC-BMA': 'OCSC' };

export const demoWorkforceUnits = (): WorkforceUnit[] =>
  demoUnits.map((u) => ({ code: u.code, key: KEYS[u.code] ?? u.code, kind: u.kind }));

/** The demo's workforce as of `today` (ISO date, CE): pure, the same rows for the same day. */
export function demoWorkforce(today: string): BuiltWorkforce {
  return buildWorkforce(
    {
      units: demoWorkforceUnits(),
      people: DEMO_PEOPLE,
      asOf: today,
      dataset: 0,
      prefix: DEMO_PERSON_PREFIX,
      shortOfSevenIn: DEMO_SHORT_OF_SEVEN_IN,
    },
    new Random('tidtam-demo/workforce'),
  );
}

/** Writes the demo's workforce as of `today` (the demo's units must exist) in the caller's transaction. */
export async function loadWorkforceDemo(tx: Queryable, today: string): Promise<WorkforceCounts> {
  const workforce = demoWorkforce(today);
  const { rows } = await tx.query<{ id: number; code: string }>('select id, code from org_unit');
  const unitId = new Map(rows.map((r) => [r.code, r.id]));
  const audits: AuditEntry[] = [];
  const counts = await writeWorkforce(tx, workforce, unitId, { entityId: `demo ${today}`, audits });
  await recordAuditMany(tx, DEMO_LOADER, audits);
  return counts;
}
