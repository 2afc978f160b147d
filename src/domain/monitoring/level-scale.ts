/**
 * The verbal level the minutes attach to a progress percentage ("มาก", "ปานกลาง", …).
 * A level applies from its minimum upwards; the scale is configurable per plan.
 */
export interface LevelStep {
  readonly min: number; // percent, inclusive
  readonly label: string;
}
export type LevelScale = readonly LevelStep[];

export const DEFAULT_LEVEL_SCALE: LevelScale = [
  { min: 90, label: 'มากที่สุด' },
  { min: 80, label: 'มาก' },
  { min: 70, label: 'ปานกลาง' },
  { min: 60, label: 'น้อย' },
  { min: 0, label: 'น้อยที่สุด' },
];

/**
 * The level of a percentage as printed (already rounded to 2 decimals), so that the word
 * always agrees with the number the reader sees (89.996 prints as 90 and reads มากที่สุด).
 */
export function levelFor(percent: number, scale: LevelScale = DEFAULT_LEVEL_SCALE): string | null {
  const sorted = [...scale].sort((a, b) => b.min - a.min);
  return sorted.find((step) => percent >= step.min)?.label ?? null;
}

/** Problems with a scale, as messages; empty when it is usable. */
export function levelScaleProblems(scale: LevelScale): string[] {
  const problems: string[] = [];
  if (scale.length === 0) problems.push('the scale has no levels');
  const mins = scale.map((s) => s.min);
  if (new Set(mins).size !== mins.length) problems.push('two levels share a minimum');
  if (mins.some((m) => m < 0 || m > 100)) problems.push('a minimum is outside 0–100');
  if (!mins.includes(0)) problems.push('no level starts at 0, so low percentages would have no level');
  if (scale.some((s) => s.label.trim() === '')) problems.push('a level has no label');
  return problems;
}
