import type { ActionPlanProject, ActionPlanResponse } from '../../../../shared/api/monitoring/action-plan';

export interface StrategyGroup {
  id: number;
  no: string;
  name: string;
  projects: ActionPlanProject[];
}

export interface TargetGroup {
  id: number;
  no: string;
  name: string;
  strategies: StrategyGroup[];
  /** Projects of other targets' strategies that serve this target too: shown here, counted there. */
  shared: ActionPlanProject[];
}

const byCode = new Intl.Collator('en', { numeric: true });

/** Target → strategy → project, and under each target the projects it shares with others (เป้าประสงค์ร่วม). */
export function groupByTarget(plan: ActionPlanResponse): TargetGroup[] {
  return plan.targets.map((target) => ({
    id: target.id,
    no: target.no,
    name: target.name,
    strategies: target.strategies
      .map((strategy) => ({
        ...strategy,
        projects: plan.projects
          .filter((p) => p.strategyId === strategy.id)
          .sort((a, b) => byCode.compare(a.code, b.code)),
      }))
      .filter((s) => s.projects.length > 0),
    shared: plan.projects
      .filter((p) => p.targetNo !== target.no && p.extraTargetNos.includes(target.no))
      .sort((a, b) => byCode.compare(a.code, b.code)),
  }));
}
