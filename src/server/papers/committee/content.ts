/** What the committee's two papers hold: plain data, gathered by use-cases/committee/papers.ts. */
import type { AgendaKind, AssignmentState, ResolutionKind, ReturnKind } from '../../../domain/committee';

export interface PaperMeeting {
  no: number;
  yearBe: number;
  heldOn: string;
  startTime: string | null;
  place: string | null;
  online: string | null;
}

export interface PaperAssignment {
  unit: string;
  returnKind: ReturnKind;
  /** The due date (YYYY-MM-DD), or null with dueNextMeeting. */
  dueDate: string | null;
  dueNextMeeting: boolean;
  state: AssignmentState;
  daysLate: number;
  progress: { at: string; author: string; text: string; proposesClosing: boolean }[];
}

export interface CarriedResolution {
  origin: PaperMeeting;
  agendaTitle: string;
  kind: ResolutionKind;
  text: string;
  suggestions: { no: number; text: string }[];
  assignments: PaperAssignment[];
}

/** The "เรื่องสืบเนื่อง" section of the next meeting's agenda paper. */
export interface FollowUpPaper {
  meeting: PaperMeeting;
  carried: CarriedResolution[];
}

/** The draft of the minutes' resolution part of one meeting. */
export interface MinutesDraft {
  meeting: PaperMeeting;
  attendees: string[];
  agenda: {
    no: number;
    kind: AgendaKind;
    title: string;
    resolutions: {
      kind: ResolutionKind;
      text: string;
      suggestions: { no: number; text: string }[];
      assignments: PaperAssignment[];
    }[];
  }[];
}

export const COMMITTEE_NAME = 'อ.ก.ก. วิสามัญเกี่ยวกับยุทธศาสตร์การบริหารทรัพยากรบุคคลของกรุงเทพมหานคร';
