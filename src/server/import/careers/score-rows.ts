/**
 * The cohort scores file (docs/career-path-file.md, "Cohort scores file"): a person number and one column per
 * score component of the cohort (its code or its Thai name as the header), 0–100 with at most 2 decimals; an
 * empty cell leaves that score as it is. The columns depend on the cohort, so they are built per import.
 */
import { linesOf, type KindColumn, type LinesOf } from '../read-lines';
import type { RowReader } from '../row-reader';
import { identifierCell } from '../workforce/index';

/** A cohort has at most a few hundred members; 2,000 rows leaves room and bounds the file. */
export const COHORT_FILE_ROWS = 2_000;

export interface ScoreFileLine {
  row: number;
  personNo: string;
  scores: Record<string, number>;
}

export function scoreColumns(components: readonly { code: string; name: string }[]): KindColumn[] {
  return [
    { key: 'person_no', th: 'เลขประจำตัวบุคลากร', required: true },
    ...components.map((c) => ({ key: c.code, th: c.name, required: false })),
  ];
}

export function scoreFile(components: readonly { code: string; name: string }[]): LinesOf {
  return linesOf(scoreColumns(components), COHORT_FILE_ROWS, { listUnknownWithRows: true });
}

export function readScoreLine(components: readonly { code: string }[]) {
  return (reader: RowReader): ScoreFileLine | null => {
    const personNo = identifierCell(reader, 'person_no', true);
    const scores: Record<string, number> = {};
    let bad = false;
    for (const c of components) {
      if (reader.text(c.code) === '') continue;
      const value = reader.decimal(c.code, { min: 0, max: 100, decimals: 2 });
      if (value === null) bad = true;
      else scores[c.code] = Number(value);
    }
    if (!personNo || bad) return null;
    return { row: reader.row, personNo, scores };
  };
}
