/** One model of a paper table that the DOCX, XLSX and HTML writers all lay out. */
export type PaperCell =
  | { t: 'text'; text: string }
  | { t: 'int'; value: number }
  | { t: 'pct'; value: number }
  | { t: 'countPct'; count: number; pct: number };

export interface PaperColumn {
  label: string;
  /** Relative width. */
  width: number;
  /** countPct columns take two spreadsheet columns (count, percent). */
  kind: 'text' | 'num' | 'countPct';
}

export interface PaperTable {
  key: 'overall' | 'byTarget' | 'progress' | 'problems' | 'carriedOver' | 'attention' | 'keyResults';
  title: string;
  /** A spreadsheet's sheet name: Thai, at most 31 characters. */
  sheetName: string;
  columns: PaperColumn[];
  rows: { cells: PaperCell[]; total?: boolean }[];
  /** Printed instead of an empty table. */
  empty?: string;
  /** Many narrow columns: a document sets it a size smaller. */
  compact?: boolean;
}

export const text = (t: string): PaperCell => ({ t: 'text', text: t });
export const int = (value: number): PaperCell => ({ t: 'int', value });
export const pct = (value: number): PaperCell => ({ t: 'pct', value });
