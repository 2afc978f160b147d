/**
 * `tidtam generate --scale S [--seed N] [--no-reports] [--no-workforce] [--json]`: a generated dataset for benchmarks
 * (src/server/generate/generate-dataset.ts). Like `demo`, it needs the database itself: while a server
 * holds the PGlite directory it refuses and asks to stop the server. Options are checked before the
 * database is opened, so a bad --scale or --seed writes nothing (exit 1).
 */
import type { Env } from '../../server/config/env';
import { invalidInput } from '../../server/errors';
import { generateDataset, type GeneratedDataset } from '../../server/generate/generate-dataset';
import { isValidScale } from '../../server/generate/sizes';
import { connect } from '../backend';
import { UsageError } from '../usage';

const wholeNumber = (text: string | undefined) =>
  text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;

export async function generateCommand(
  env: Env,
  dataDir: string,
  options: {
    scale?: string | undefined;
    seed?: string | undefined;
    noReports: boolean;
    noWorkforce?: boolean;
    json: boolean;
    extra: string[];
  },
) {
  if (options.extra.length > 0)
    throw new UsageError(
      'usage: tidtam generate --scale S [--seed N] [--no-reports] [--no-workforce] [--json]',
    );
  const scale = wholeNumber(options.scale);
  if (!isValidScale(scale)) {
    const en = `--scale must be a whole number from 1 to 100 (1 ≈ the demo, 10, 100 = Bangkok), not "${options.scale ?? ''}"`;
    const th = `--scale ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง 100 (1 ≈ ข้อมูลตัวอย่าง, 10, 100 = ขนาดกรุงเทพมหานคร) ไม่ใช่ "${options.scale ?? ''}"`;
    throw invalidInput([{ field: 'scale', en, th }], { en, th });
  }
  const seed = options.seed === undefined ? 1 : wholeNumber(options.seed);
  if (!Number.isSafeInteger(seed)) {
    const en = `--seed must be a whole number 0 or more, not "${options.seed ?? ''}"`;
    const th = `--seed ต้องเป็นจำนวนเต็มตั้งแต่ 0 ขึ้นไป ไม่ใช่ "${options.seed ?? ''}"`;
    throw invalidInput([{ field: 'seed', en, th }], { en, th });
  }
  const backend = await connect(env, dataDir);
  let dataset: GeneratedDataset;
  const started = performance.now();
  try {
    if (!backend.db)
      throw new UsageError(
        'stop the server first: generate writes into the database itself / หยุดเซิร์ฟเวอร์ก่อน: คำสั่ง generate เขียนลงฐานข้อมูลโดยตรง',
      );
    dataset = await generateDataset(backend.db, {
      scale,
      seed,
      withReports: !options.noReports,
      withWorkforce: !options.noWorkforce,
    });
  } finally {
    await backend.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (options.json) {
    process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
    return;
  }
  const c = dataset.counts;
  const focal = dataset.focalPoints[0]?.username ?? '-';
  console.log(
    `generated ${dataset.planCode} (scale ${dataset.scale}, seed ${dataset.seed}) in ${seconds} s: ` +
      `${c.targets} targets, ${c.strategies} strategies, ${c.projects} projects, ${c.units} units, ` +
      `${c.users} users, ${c.months} months, ${c.reports} reports, ${c.problems} problems, ` +
      `${c.keyResults} key results, ${c.people} people, ${c.positions} positions, ` +
      `${c.positionHistory} history rows; as of ${dataset.asOf}, open month ${dataset.openMonth}; ` +
      `accounts ${dataset.admin} (admin), ${focal} (focal point) … password ${dataset.password}`,
  );
}
