/**
 * The agencies and their people, built in memory: real BMA unit names (the central HR units first),
 * each with how much work lands on it and how disciplined its reporting is, and users of every role
 * spread over the units by that weight. Pure: written by write-organisation.ts.
 */
import type { DatasetSizes } from './sizes';
import { spread, type Random } from './random';
import * as W from './thai-words';

export interface UnitRow {
  code: string;
  key: string;
  name: string;
  kind: 'bureau' | 'district' | 'office' | 'institute';
  /** how much work lands here */
  weight: number;
  /** chance a report comes in after the deadline / never */
  lateP: number;
  missP: number;
}

export interface UserRow {
  username: string;
  displayName: string;
  email: string;
  role: 'admin' | 'focal_point' | 'approver' | 'viewer';
  unitCode: string | null;
}

/** The ordered agency list: the central HR units first, then districts and bureaus alternately. */
export function unitList(scale: number, count: number, rng: Random): UnitRow[] {
  const order: Array<{ key: string; name: string; kind: UnitRow['kind'] }> = [];
  const agencies = W.AGENCIES.map(([key, name, kind]) => ({ key, name, kind }));
  const districts = W.DISTRICTS.map(([key, name]) => ({
    key: `D-${key}`,
    name: `สำนักงานเขต${name}`,
    kind: 'district' as const,
  }));
  order.push(...agencies.slice(0, 6));
  let a = 6;
  let d = 0;
  while (a < agencies.length || d < districts.length) {
    if (d < districts.length) order.push(districts[d++]!);
    if (a < agencies.length) order.push(agencies[a++]!);
  }
  const central: Record<string, number> = { OCSC: 6, BHRDI: 5, PERS: 3, SPE: 2 };
  return order.slice(0, count).map((u) => {
    const discipline = rng.weighted<readonly [number, number]>([
      [[0.05, 0.01], 5],
      [[0.12, 0.03], 3],
      [[0.25, 0.07], 1.5],
      [[0.4, 0.12], 0.5],
    ]);
    return {
      code: `G${scale}-${u.key}`,
      key: u.key,
      name: u.name,
      kind: u.kind,
      weight: central[u.key] ?? (u.kind === 'district' ? 0.6 : 1),
      lateP: discipline[0],
      missP: discipline[1],
    };
  });
}

const personName = (rng: Random) => `${rng.pick(W.FIRST_NAMES)} ${rng.pick(W.LAST_NAMES)}`;

export function buildUsers(scale: number, sizes: DatasetSizes, units: UnitRow[], rng: Random): UserRow[] {
  const prefix = `g${scale}`;
  const admins = Math.max(1, Math.round(sizes.users / 100));
  const viewers = Math.max(1, Math.round(sizes.users / 40));
  const agencyUsers = Math.max(2 * units.length, sizes.users - admins - viewers);
  const approvers = Math.max(units.length, Math.round(agencyUsers * 0.25));
  const focals = agencyUsers - approvers;
  const weights = units.map((u) => u.weight);
  const focalPer = spread(focals, weights, 1, rng.fork('focal'));
  const approverPer = spread(approvers, weights, 1, rng.fork('approver'));
  const users: UserRow[] = [];
  const mail = (username: string) => `${username}@tidtam.example`;
  for (let i = 1; i <= admins; i++) {
    const username = i === 1 ? `${prefix}.admin` : `${prefix}.admin.${i}`;
    users.push({
      username,
      displayName: `${personName(rng)} (สำนักงาน ก.ก.)`,
      email: mail(username),
      role: 'admin',
      unitCode: units[0]!.code,
    });
  }
  units.forEach((u, k) => {
    const key = u.key.toLowerCase();
    for (let i = 1; i <= approverPer[k]!; i++) {
      const username = `${prefix}.approver.${key}.${i}`;
      users.push({
        username,
        displayName: `${personName(rng)} (${u.name})`,
        email: mail(username),
        role: 'approver',
        unitCode: u.code,
      });
    }
    for (let i = 1; i <= focalPer[k]!; i++) {
      const username = `${prefix}.focal.${key}.${i}`;
      users.push({
        username,
        displayName: `${personName(rng)} (${u.name})`,
        email: mail(username),
        role: 'focal_point',
        unitCode: u.code,
      });
    }
  });
  for (let i = 1; i <= viewers; i++) {
    const username = `${prefix}.viewer.${i}`;
    users.push({
      username,
      displayName: `${personName(rng)} (กรรมการ อ.ก.ก. วิสามัญ)`,
      email: mail(username),
      role: 'viewer',
      unitCode: null,
    });
  }
  return users;
}
