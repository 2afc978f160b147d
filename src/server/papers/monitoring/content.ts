/**
 * What a committee paper (เอกสารประกอบการประชุม) says, computed from the records once and stored with a
 * published snapshot, so that a past paper is reproduced exactly. The writers (DOCX, XLSX, HTML) only
 * lay this out; they compute nothing but the text of numbers.
 */
import type { SummaryResponse } from '../../../shared/api/monitoring/summary';
import type { Actor } from '../../actor';

/** A problem reported in a monthly report, with its register entry when the register has one. */
export interface PaperProblem {
  period: string;
  projectCode: string;
  projectName: string;
  targetNo: string;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  text: string;
  register: {
    status: string;
    severity: string | null;
    category: string | null;
    actionBy: string | null;
    dueDate: string | null;
    overdue: boolean;
  } | null;
}

export interface PaperFlaggedProject {
  code: string;
  name: string;
  targetNo: string;
  ownerUnitId: number | null;
  ownerUnitName: string | null;
  reasons: string[];
}

export interface PaperKeyResult {
  targetNo: string;
  no: string;
  indicator: string;
  unit: string | null;
  target: string | null;
  latestValue: string | null;
  latestPeriod: string | null;
  pct: string | null;
  met: boolean | null;
}

export interface PaperContent {
  version: 1;
  summary: SummaryResponse & { basis: NonNullable<SummaryResponse['basis']> };
  /** Problems and obstacles written in the month's reports (ปัญหาอุปสรรค). */
  problems: PaperProblem[];
  /** Register entries of earlier months still unresolved; null: no problems register. */
  carriedOver: PaperProblem[] | null;
  /** Projects that need attention; null: not available. */
  attention: { projectCount: number; flaggedCount: number; projects: PaperFlaggedProject[] } | null;
  /** Key results of the fiscal year; null: not available. */
  keyResults: PaperKeyResult[] | null;
}

/** Where a paper's numbers came from, and when and for whom it was made. */
export interface PaperMeta {
  generatedAt: Date;
  source:
    | { kind: 'live' }
    | { kind: 'snapshot'; id: number; publishedAt: string; publishedBy: string; auto: boolean };
  /** Project-level lists were narrowed to the reader's own unit (focal points and approvers). */
  scopedToUnit: boolean;
}

/**
 * Aggregates are for every signed-in role (docs/decisions/0005); lists that name projects follow the
 * project policy: focal points and approvers see their own unit's rows only.
 */
export function scopeContent(
  content: PaperContent,
  actor: Actor,
): { content: PaperContent; scoped: boolean } {
  if (actor.role === 'admin' || actor.role === 'viewer') return { content, scoped: false };
  const own = (row: { ownerUnitId: number | null }) =>
    actor.unitId !== null && row.ownerUnitId === actor.unitId;
  return {
    scoped: true,
    content: {
      ...content,
      problems: content.problems.filter(own),
      carriedOver: content.carriedOver?.filter(own) ?? null,
      attention: content.attention && {
        ...content.attention,
        projects: content.attention.projects.filter(own),
      },
    },
  };
}
