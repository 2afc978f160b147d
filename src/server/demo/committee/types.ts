/** The shape of the committee demo: meetings as the minutes record them, with a follow-up history. */
import type { AgendaKind, LinkKind, ResolutionKind, ReturnKind } from '../../../domain/committee';

export interface DemoAssignment {
  unit: string;
  returnKind: ReturnKind;
  dueDate?: string;
  dueNextMeeting?: boolean;
  /**
   * An assignment still open: when the demo is loaded on a given day (the served demo, `tidtam demo`), due this
   * many days after that day instead (negative: before it, so a little late), so it never reads years overdue.
   */
  dueFromLoadDays?: number;
  /** Progress entries: Bangkok date (YYYY-MM-DD), text, and whether it proposes closing. */
  progress?: { on: string; text: string; proposesClosing?: boolean }[];
  /** Closed at the meeting "no/yearBe" (it must be in the demo). */
  closedAt?: string;
  closedNote?: string;
}

export interface DemoResolution {
  kind: ResolutionKind;
  text: string;
  suggestions?: string[];
  links?: { kind: LinkKind; ref: string }[];
  assignments?: DemoAssignment[];
}

export interface DemoItem {
  kind: AgendaKind;
  title: string;
  summary?: string;
  resolutions: DemoResolution[];
}

export interface DemoMeeting {
  no: number;
  yearBe: number;
  heldOn: string;
  startTime: string;
  place: string;
  online: string | null;
  attendees: string[];
  agenda: DemoItem[];
}
