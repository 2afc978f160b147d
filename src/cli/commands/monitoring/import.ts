import { readFile } from 'node:fs/promises';
import type { ImportResult } from '../../../shared/api/monitoring/plans';
import type { Backend } from '../../backend';
import { changeLabel, namedLines } from '../../named-lines';
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

/**
 * The counts, then the codes of each kind written (a dry run: that would be written), the first ones the
 * result names and how many more: "project: P1-01, P1-02 … and 54 more / และอีก 54 รายการ".
 */
export function importResultLines(result: ImportResult, file: string): string[] {
  const counts = (c: Record<string, number>) =>
    Object.entries(c)
      .filter(([, n]) => n > 0)
      .map(([k, n]) => `${n} ${k}`)
      .join(', ') || 'nothing';
  const named = (change: 'created' | 'updated') =>
    Object.entries(result[change]).flatMap(([kind, n]) =>
      namedLines(kind, result.named?.[change][kind] ?? [], n),
    );
  const lines = [
    `${result.dryRun ? 'Dry run — nothing written. ' : ''}${file}: ${result.rows} rows`,
    `  ${changeLabel('created', result.dryRun)}: ${counts(result.created)}`,
    ...named('created'),
    `  ${changeLabel('updated', result.dryRun)}: ${counts(result.updated)}`,
    ...named('updated'),
  ];
  if (result.newUnits.length > 0) {
    lines.push(`  new units (check for typos / ตรวจสอบชื่อหน่วยงานใหม่): ${result.newUnits.join('; ')}`);
  }
  return lines;
}

function printResult(result: ImportResult, file: string) {
  for (const line of importResultLines(result, file)) console.log(line);
}
