/**
 * The plan tree, built in memory: targets, strategies spread over them, and projects spread over the
 * strategies with owners weighted by unit, fiscal years, dates, budgets, KPIs, a few predecessors and
 * extra targets. Pure: written by write-plan.ts.
 */
import { firstDay, fyEndIdx, fyStartIdx, lastDay, money } from './calendar';
import type { UnitRow } from './organisation';
import { spread, type Random } from './random';
import type { DatasetSizes } from './sizes';
import * as W from './thai-words';

export interface ProjectRow {
  index: number;
  code: string;
  targetNo: string;
  strategyNo: string;
  name: string;
  ownerCode: string | null;
  fyFrom: number;
  fyTo: number;
  startDate: string | null;
  endDate: string | null;
  budget: string | null;
  kpi: string | null;
  kpiUnit: string | null;
  kpiTarget: number | null;
  dependsOn: number | null;
  extraTarget: string | null;
}

export interface PlanTree {
  targets: Array<{ no: string; name: string; value: string }>;
  strategies: Array<{ targetNo: string; no: string; name: string; kpi: string }>;
  projects: ProjectRow[];
}

export function buildPlan(
  sizes: DatasetSizes,
  units: UnitRow[],
  planEnd: number,
  reportFys: number[],
  rng: Random,
): PlanTree {
  const targets = Array.from({ length: sizes.targets }, (_, i) => ({
    no: String(i + 1),
    name: W.TARGET_NAMES[i % W.TARGET_NAMES.length]!,
    value: W.TARGET_VALUES[i % W.TARGET_VALUES.length]!,
  }));
  const sRng = rng.fork('strategies');
  const perTarget = spread(
    sizes.strategies,
    targets.map(() => 1),
    1,
    sRng,
  );
  const strategies: PlanTree['strategies'] = [];
  targets.forEach((t, ti) => {
    for (let k = 1; k <= perTarget[ti]!; k++) {
      const object = sRng.pick(W.STRATEGY_OBJECTS);
      strategies.push({
        targetNo: t.no,
        no: `${t.no}.${k}`,
        name: `${sRng.pick(W.STRATEGY_VERBS)}${object}${sRng.pick(W.STRATEGY_ENDINGS)}`.trim(),
        kpi: `ร้อยละความสำเร็จของการ${sRng.pick(W.STRATEGY_VERBS)}${object}`,
      });
    }
  });
  const pRng = rng.fork('projects');
  const perStrategy = spread(
    sizes.projects,
    strategies.map(() => pRng.float(0.5, 2)),
    1,
    pRng,
  );
  const unitChoices = units.map((u) => [u.code, u.weight] as const);
  const projects: ProjectRow[] = [];
  const seqPerTarget = new Map<string, number>();
  const ownerless = new Set(
    pRng
      .shuffle(Array.from({ length: sizes.projects }, (_, i) => i))
      .slice(0, Math.max(1, Math.round(sizes.projects * 0.04))),
  );
  const lastFy = reportFys[reportFys.length - 1]!;
  strategies.forEach((s, si) => {
    for (let k = 0; k < perStrategy[si]!; k++) {
      const index = projects.length;
      const seq = (seqPerTarget.get(s.targetNo) ?? 0) + 1;
      seqPerTarget.set(s.targetNo, seq);
      // Fiscal years: most start with the plan's reporting years; a few begin in the open month's year.
      const fyFrom =
        reportFys.length === 1 || pRng.chance(0.7)
          ? reportFys[0]!
          : pRng.int(reportFys[0]!, Math.min(planEnd, lastFy + 1));
      // A long history (scale 100) is mostly continuing work that runs to the plan's end.
      const long = reportFys.length > 2;
      const span = pRng.weighted<number | 'all'>([
        [1, long ? 15 : 40],
        [2, 15],
        [3, 10],
        ['all', long ? 60 : 35],
      ]);
      const fyTo = span === 'all' ? planEnd : Math.min(planEnd, fyFrom + span - 1);
      let startDate: string | null = null;
      let endDate: string | null = null;
      if (!pRng.chance(0.05)) {
        const startIdx =
          fyStartIdx(fyFrom) +
          pRng.weighted([
            [0, 75],
            [1, 12],
            [2, 8],
            [3, 3],
            [6, 2],
          ] as const);
        // One-year projects often take only a few months; longer ones mostly run to a year's end.
        const months =
          fyFrom === fyTo
            ? pRng.weighted<number>([
                [2, 10],
                [3, 20],
                [4, 15],
                [6, 15],
                [9, 15],
                [12, 25],
              ])
            : fyEndIdx(fyTo) -
              startIdx +
              1 -
              pRng.weighted([
                [0, 60],
                [1, 10],
                [2, 10],
                [3, 10],
                [6, 10],
              ] as const);
        const endIdx = Math.min(fyEndIdx(fyTo), Math.max(startIdx + 2, startIdx + months - 1));
        startDate = firstDay(startIdx);
        endDate = lastDay(endIdx);
      }
      const years = fyTo - fyFrom + 1;
      const budget = pRng.chance(0.08)
        ? null
        : money(Math.exp(pRng.float(Math.log(50_000), Math.log(8_000_000))) * Math.sqrt(years));
      const hasKpi = !pRng.chance(0.03);
      const [kpi, kpiUnit, kmin, kmax] = pRng.pick(W.KPIS);
      const group = pRng.pick(W.PROJECT_GROUPS);
      const name = `${pRng.pick(W.PROJECT_KINDS)}${pRng.pick(W.PROJECT_ACTIONS)}${pRng.pick(W.PROJECT_SUBJECTS)}${group ? ` ${group}` : ''}`;
      // A few continue an earlier project of the same strategy and cannot start before it is done.
      const siblings = projects.filter((p) => p.strategyNo === s.no && p.fyFrom <= fyFrom);
      const dependsOn = siblings.length > 0 && pRng.chance(0.05) ? pRng.pick(siblings).index : null;
      const extraTarget =
        targets.length > 1 && pRng.chance(0.04)
          ? pRng.pick(targets.filter((t) => t.no !== s.targetNo)).no
          : null;
      projects.push({
        index,
        code: `P${s.targetNo}-${String(seq).padStart(3, '0')}`,
        targetNo: s.targetNo,
        strategyNo: s.no,
        name,
        ownerCode: ownerless.has(index) ? null : pRng.weighted(unitChoices),
        fyFrom,
        fyTo,
        startDate,
        endDate,
        budget,
        kpi: hasKpi ? kpi : null,
        kpiUnit: hasKpi ? kpiUnit : null,
        kpiTarget: hasKpi ? pRng.int(kmin, kmax) : null,
        dependsOn,
        extraTarget,
      });
    }
  });
  return { targets, strategies, projects };
}

export const planNameFor = (scale: number, startYear: number, endYear: number) =>
  `แผนยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร (ข้อมูลจำลองขนาด ${scale}, พ.ศ. ${startYear}–${endYear})`;
