import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LEVEL_SCALE,
  levelFor,
  levelScaleProblems,
  type LevelScale,
} from '../../src/domain/monitoring';

describe('levelFor with the default scale', () => {
  it.each([
    [100, 'มากที่สุด'],
    [90, 'มากที่สุด'],
    [89.99, 'มาก'],
    [87.5, 'มาก'],
    [84.62, 'มาก'],
    [83.33, 'มาก'],
    [80, 'มาก'],
    [79.99, 'ปานกลาง'],
    [73.21, 'ปานกลาง'],
    [70, 'ปานกลาง'],
    [69.99, 'น้อย'],
    [66.67, 'น้อย'],
    [60, 'น้อย'],
    [59.99, 'น้อยที่สุด'],
    [33.33, 'น้อยที่สุด'],
    [0, 'น้อยที่สุด'],
  ])('%d → %s', (pct, level) => {
    expect(levelFor(pct)).toBe(level);
  });

  it('the default scale is ≥90, ≥80, ≥70, ≥60, else', () => {
    expect(DEFAULT_LEVEL_SCALE.map((s) => [s.min, s.label])).toEqual([
      [90, 'มากที่สุด'],
      [80, 'มาก'],
      [70, 'ปานกลาง'],
      [60, 'น้อย'],
      [0, 'น้อยที่สุด'],
    ]);
  });
});

describe('levelFor with a custom scale', () => {
  // given out of order on purpose: the scale must not depend on the order it was typed in
  const scale: LevelScale = [
    { min: 0, label: 'ต่ำ' },
    { min: 75, label: 'สูง' },
    { min: 50, label: 'กลาง' },
  ];
  it.each([
    [100, 'สูง'],
    [75, 'สูง'],
    [74.99, 'กลาง'],
    [50, 'กลาง'],
    [49.99, 'ต่ำ'],
    [0, 'ต่ำ'],
  ])('%d → %s', (pct, level) => {
    expect(levelFor(pct, scale)).toBe(level);
  });

  it('a percentage below every minimum has no level', () => {
    expect(levelFor(10, [{ min: 50, label: 'ผ่าน' }])).toBeNull();
  });
});

describe('levelScaleProblems', () => {
  it('accepts the default scale', () => {
    expect(levelScaleProblems(DEFAULT_LEVEL_SCALE)).toEqual([]);
  });

  it('names each problem', () => {
    expect(levelScaleProblems([])).toEqual([
      'the scale has no levels',
      'no level starts at 0, so low percentages would have no level',
    ]);
    expect(
      levelScaleProblems([
        { min: 0, label: 'a' },
        { min: 50, label: 'b' },
        { min: 50, label: 'c' },
      ]),
    ).toEqual(['two levels share a minimum']);
    expect(
      levelScaleProblems([
        { min: 0, label: 'a' },
        { min: 120, label: 'b' },
      ]),
    ).toEqual(['a minimum is outside 0–100']);
    expect(levelScaleProblems([{ min: 10, label: 'a' }])).toEqual([
      'no level starts at 0, so low percentages would have no level',
    ]);
    expect(
      levelScaleProblems([
        { min: 0, label: 'a' },
        { min: 50, label: '  ' },
      ]),
    ).toEqual(['a level has no label']);
  });
});
