/**
 * The generator's workforce (`generate --scale S`): 1,000 × S people over the dataset's units — at scale
 * 100, 100,000 people and about 1,000,000 history rows over 80 agencies, 50 of them district offices of ten
 * sections — built by build-workforce.ts as of a fixed day, so that the scale and the seed alone decide
 * every row (the demo's workforce follows the clock instead). Pure; written by write-workforce.ts.
 */
import type { UnitRow } from '../organisation';
import { unitList } from '../organisation';
import { Random } from '../random';
import { sizesForScale } from '../sizes';
import { buildWorkforce, type BuiltWorkforce } from './build-workforce';

/** People per unit of scale. */
export const PEOPLE_PER_SCALE = 1000;

/**
 * The day the generated workforce is as of: the end of the last fiscal year with reports (2569), fixed so
 * that the same seed gives the same people whatever the clock says.
 */
export const WORKFORCE_AS_OF = '2026-09-30';

/** The random stream a dataset of this scale and seed draws from (generate-dataset.ts forks it by part). */
export const datasetRandom = (scale: number, seed: number) => new Random(`tidtam-generate/${scale}/${seed}`);

export function generatedWorkforce(
  scale: number,
  units: readonly Pick<UnitRow, 'code' | 'key' | 'kind'>[],
  rng: Random,
): BuiltWorkforce {
  return buildWorkforce(
    {
      units: units.map((u) => ({ code: u.code, key: u.key, kind: u.kind })),
      people: PEOPLE_PER_SCALE * scale,
      asOf: WORKFORCE_AS_OF,
      dataset: scale,
      prefix: `G${scale}-`,
    },
    rng,
  );
}

/** The workforce `generate --scale S --seed N` writes, rebuilt from the scale and seed alone (for tests). */
export function workforceOf(scale: number, seed: number): BuiltWorkforce {
  const rng = datasetRandom(scale, seed);
  const units = unitList(scale, sizesForScale(scale).units, rng.fork('units'));
  return generatedWorkforce(scale, units, rng.fork('workforce'));
}
