/**
 * The rows of a generated workforce, before they are written (write-workforce.ts): the staffing frame
 * (positions), people, and their dated position history, each referring to units, people and positions
 * by code and number, as the import files do (formats.md, "Workforce files").
 */
export type StaffType =
  'civil_servant' | 'teacher' | 'university' | 'permanent_employee' | 'temporary_employee';
export type PositionType = 'executive' | 'managerial' | 'academic' | 'general';
export type ExitReason = 'retired' | 'resigned' | 'transferred' | 'dismissed' | 'died' | 'other';
export type HistoryRole = 'holds' | 'acting' | 'oversees';

/** A unit the workforce is spread over; `key` picks its own line of work (words.ts OWN_SECTIONS). */
export interface WorkforceUnit {
  code: string;
  key: string;
  kind: 'bureau' | 'district' | 'office' | 'institute' | 'other';
}

export interface PositionRow {
  positionNo: string;
  title: string;
  positionType: PositionType;
  level: string;
  line: string | null;
  unitCode: string;
  section: string | null;
  sectionHead: boolean;
}

export interface PersonRow {
  personNo: string;
  nationalId: string;
  title: string;
  firstName: string;
  lastName: string;
  /** ISO dates (CE) */
  birthDate: string;
  gender: 'male' | 'female';
  staffType: StaffType;
  entryDate: string;
  exitDate: string | null;
  exitReason: ExitReason | null;
  /** the unit and title of the last position held (person.unit_id, person.position) */
  unitCode: string;
  position: string;
}

export interface HistoryRow {
  personNo: string;
  from: string;
  to: string | null;
  role: HistoryRole;
  positionNo: string | null;
  title: string;
  positionType: PositionType;
  level: string;
  line: string | null;
  unitCode: string;
  workUnitCode: string | null;
  section: string | null;
  sectionHead: boolean;
  orderRef: string;
}

export interface Workforce {
  positions: PositionRow[];
  people: PersonRow[];
  history: HistoryRow[];
}
