/**
 * The careers that lead to key positions (seed 002's paths, domain.md "Career paths"): a section head came
 * up a line of work (practitioner → professional → senior professional, or the general ladder) and may have
 * headed a section in another office first; an assistant district director (อำนวยการ ต้น) headed a district
 * section, and may have been assistant in another district before; a district director (อำนวยการ สูง) was
 * assistant director in one or two districts, and maybe director elsewhere. Heads of bureaus and offices
 * (บริหาร) rose through a section and the deputy's post. Steps only: careers.ts dates them. Pure.
 */
import type { Random } from '../random';
import type { Step } from './careers';
import type { PositionType, WorkforceUnit } from './types';
import * as W from './words';

/** Sections headed by the general ladder (อาวุโส); the others by the academic one (ชำนาญการพิเศษ). */
const GENERAL_HEADED = new Set(['ฝ่ายทะเบียน', 'ฝ่ายการคลัง']);

export interface Pools {
  districts: readonly WorkforceUnit[];
  agencies: readonly WorkforceUnit[];
}

const elsewhere = (pool: readonly WorkforceUnit[], home: string, rng: Random) => {
  const others = pool.filter((u) => u.code !== home);
  return others.length > 0 ? rng.pick(others).code : home;
};

const step = (
  years: number,
  title: string,
  positionType: PositionType,
  level: string,
  line: string | null,
  unitCode: string,
  section: string | null,
  sectionHead = false,
): Step => ({ years, title, positionType, level, line, unitCode, section, sectionHead });

/** Up a line of work to the head of `section` in `unitCode`, who heads it for `headYears` (the last step). */
export function headPath(
  unit: WorkforceUnit,
  section: W.SectionWords,
  pools: Pools,
  headYears: number,
  rng: Random,
): Step[] {
  const pool = unit.kind === 'district' ? pools.districts : pools.agencies;
  const where = () => (rng.chance(0.3) ? elsewhere(pool, unit.code, rng) : unit.code);
  const general = GENERAL_HEADED.has(section.name);
  const type: PositionType = general ? 'general' : 'academic';
  const line = general ? section.general : section.academic;
  const levels = W.LEVELS[type];
  const top = levels[2]!;
  const steps = [
    step(rng.float(4, 8), line, type, levels[0]!, line, where(), section.name),
    step(rng.float(5, 13), line, type, levels[1]!, line, where(), section.name),
    step(rng.float(0.5, 5), line, type, top, line, where(), section.name),
  ];
  const title = W.headTitle(section.name);
  if (rng.chance(0.35))
    steps.push(
      step(rng.float(2, 4), title, type, top, line, elsewhere(pool, unit.code, rng), section.name, true),
    );
  steps.push(step(headYears, title, type, top, line, unit.code, section.name, true));
  return steps;
}

const assistant = (years: number, unitCode: string) =>
  step(years, W.ASSISTANT_DISTRICT_DIRECTOR, 'managerial', 'junior', null, unitCode, null);

/** A district section head somewhere, then assistant director: in another district first (sometimes), then here. */
export function assistantPath(home: WorkforceUnit, pools: Pools, lastYears: number, rng: Random): Step[] {
  const headedIn = rng.chance(0.6) ? elsewhere(pools.districts, home.code, rng) : home.code;
  const headUnit = pools.districts.find((u) => u.code === headedIn) ?? home;
  const steps = headPath(headUnit, rng.pick(W.DISTRICT_SECTIONS), pools, rng.float(2, 5), rng);
  if (rng.chance(0.4)) steps.push(assistant(rng.float(1, 3), elsewhere(pools.districts, home.code, rng)));
  steps.push(assistant(lastYears, home.code));
  return steps;
}

/** Assistant director for two to six years (one or two districts), director elsewhere sometimes, then here. */
export function directorPath(home: WorkforceUnit, pools: Pools, lastYears: number, rng: Random): Step[] {
  const before = elsewhere(pools.districts, home.code, rng);
  const steps = assistantPath(
    pools.districts.find((u) => u.code === before) ?? home,
    pools,
    rng.float(2, 4),
    rng,
  );
  const director = (years: number, unitCode: string) =>
    step(years, W.DISTRICT_DIRECTOR, 'managerial', 'senior', null, unitCode, null);
  if (rng.chance(0.3)) steps.push(director(rng.float(1, 4), elsewhere(pools.districts, home.code, rng)));
  steps.push(director(lastYears, home.code));
  return steps;
}

/** The head (บริหาร สูง) or deputy (บริหาร ต้น) of a bureau, office or institute. */
export function agencyLeaderPath(
  home: WorkforceUnit,
  ownSection: W.SectionWords,
  pools: Pools,
  head: boolean,
  lastYears: number,
  rng: Random,
): Step[] {
  const steps = headPath(home, ownSection, pools, rng.float(3, 6), rng);
  const deputy = step(
    head ? rng.float(2, 4) : lastYears,
    W.AGENCY_DEPUTY,
    'executive',
    'junior',
    null,
    home.code,
    null,
  );
  steps.push(deputy);
  if (head)
    steps.push(
      step(lastYears, W.AGENCY_HEAD[home.kind] ?? 'ผู้อำนวยการ', 'executive', 'senior', null, home.code, null),
    );
  return steps;
}
