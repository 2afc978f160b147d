import { readFile } from 'node:fs/promises';
import type { ImportResult } from '../../../shared/api/monitoring/plans';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';

export async function importCommand(
  backend: Backend,
  kind: string | undefined,
  file: string | undefined,
  dryRun: boolean,
) {
  if ((kind !== 'plan' && kind !== 'reports') || !file)
    throw new UsageError('usage: tidtam import plan|reports FILE');
  let data: Uint8Array;
  try {
    data = await readFile(file);
  } catch {
    throw new UsageError(`cannot read ${file}`);
  }
  const result =
    kind === 'plan' ? await backend.importPlan(data, dryRun) : await backend.importReports(data, dryRun);
  printResult(result, file);
}

function printResult(result: ImportResult, file: string) {
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'nothing';
  console.log(`${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows`);
  console.log(`  created: ${counts(result.created)}`);
  console.log(`  updated: ${counts(result.updated)}`);
  if (result.newUnits.length > 0) {
    console.log(`  new units (check for typos / ตรวจสอบชื่อหน่วยงานใหม่): ${result.newUnits.join('; ')}`);
  }
}
