import { STATUS_LABEL_TH } from '../../../domain/monitoring';
import type { SummaryResponse } from '../../../shared/api/monitoring/summary';
import type { Backend } from '../../backend';
import { UsageError } from '../../usage';

export async function summaryCommand(
  backend: Backend,
  options: {
    plan?: string | undefined;
    asOf?: string | undefined;
    fiscalYear?: string | undefined;
    json: boolean;
  },
) {
  if (!options.plan || !options.asOf)
    throw new UsageError('usage: tidtam summary --plan CODE --as-of YYYY-MM [--fiscal-year YYYY] --json');
  if (options.fiscalYear !== undefined && !/^\d{4}$/.test(options.fiscalYear)) {
    throw new UsageError('--fiscal-year takes a Buddhist-Era year such as 2566');
  }
  const summary = await backend.summary({
    planCode: options.plan,
    asOf: options.asOf,
    fiscalYear: options.fiscalYear ? Number(options.fiscalYear) : undefined,
  });
  if (options.json) {
    const { planName: _planName, basis: _basis, ...contract } = summary; // formats.md: exactly the documented fields
    process.stdout.write(`${JSON.stringify(contract, null, 2)}\n`);
  } else {
    process.stdout.write(renderText(summary));
  }
}

function renderText(s: SummaryResponse): string {
  const cell = (n: number, pct: number) => `${n} (${pct})`.padStart(12);
  const cols = [...s.targets.map((t) => ({ head: `T${t.no}`, c: t })), { head: 'รวม', c: s.overall }];
  const lines = [
    `${s.planName ?? s.plan} — ปีงบประมาณ ${s.fiscalYear}, ณ ${s.asOf}`,
    `${''.padEnd(22)}${cols.map((x) => x.head.padStart(12)).join('')}`,
    `${STATUS_LABEL_TH.completed.padEnd(22)}${cols.map((x) => cell(x.c.completed, x.c.completedPct)).join('')}`,
    `${STATUS_LABEL_TH.in_progress.padEnd(22)}${cols.map((x) => cell(x.c.inProgress, x.c.inProgressPct)).join('')}`,
    `${STATUS_LABEL_TH.not_started.padEnd(22)}${cols.map((x) => cell(x.c.notStarted, x.c.notStartedPct)).join('')}`,
    `${'จำนวนโครงการ'.padEnd(22)}${cols.map((x) => String(x.c.total).padStart(12)).join('')}`,
    `${'ความก้าวหน้า (ร้อยละ)'.padEnd(22)}${cols.map((x) => String(x.c.progressPct).padStart(12)).join('')}`,
    `${'ระดับ'.padEnd(22)}${cols.map((x) => (x.c.level ?? '-').padStart(12)).join('')}`,
  ];
  return `${lines.join('\n')}\n`;
}
