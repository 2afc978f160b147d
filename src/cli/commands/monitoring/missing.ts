/**
 * `tidtam missing --plan CODE --period YYYY-MM [--json]`: the reports expected for an opened month that
 * were never submitted (definitions: src/domain/monitoring/timeliness.ts). With --json, standard output is a JSON
 * array alone, one object per missing report:
 *   { plan, period, project_code, project_name, unit_code, unit_name }
 * ordered by agency name (Thai order), then project code. An unknown plan or a month not opened: exit 1.
 */
import { formatThaiDate } from '../../../domain';
import type { MissingResponse } from '../../../shared/api/monitoring/timeliness';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';

export interface MissingReportJson {
  plan: string;
  period: string;
  project_code: string;
  project_name: string;
  unit_code: string;
  unit_name: string;
}

export function missingJson(response: MissingResponse): MissingReportJson[] {
  return response.missing.map((m) => ({
    plan: response.plan,
    period: response.period,
    project_code: m.projectCode,
    project_name: m.projectName,
    unit_code: m.unit.code,
    unit_name: m.unit.name,
  }));
}

export async function missingCommand(
  backend: Backend,
  options: { plan?: string | undefined; period?: string | undefined; json: boolean; extra: string[] },
) {
  if (!options.plan || !options.period || options.extra.length > 0)
    throw new UsageError('usage: tidtam missing --plan CODE --period YYYY-MM [--json]');
  const response = await backend.missing({ plan: options.plan, period: options.period });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(missingJson(response), null, 2)}\n`);
    return;
  }
  const lines = [
    `${response.plan} ${response.period} (deadline ${response.deadline} / กำหนดส่ง ${formatThaiDate(response.deadline)}): ` +
      `${response.missing.length} missing / ยังไม่ส่ง ${response.missing.length} รายงาน`,
    ...response.missing.map(
      (m) =>
        `  ${m.projectCode.padEnd(10)} ${m.unit.code.padEnd(14)} ${m.projectName}` +
        (m.focalPoints.length > 0 ? ` — ${m.focalPoints.join(', ')}` : ''),
    ),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
