/** The status a monthly report gives a project, with the words the minutes use. */
export const PROJECT_STATUSES = ['not_started', 'in_progress', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const STATUS_LABEL_TH: Record<ProjectStatus, string> = {
  not_started: 'ยังไม่ได้ดำเนินการ',
  in_progress: 'อยู่ระหว่างดำเนินการ',
  completed: 'ดำเนินการเสร็จแล้ว',
  cancelled: 'ยกเลิก',
};

export const STATUS_LABEL_EN: Record<ProjectStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** Accepts the English key or the Thai words (spaces ignored). */
export function parseProjectStatus(raw: string): ProjectStatus | null {
  const text = raw.trim().replace(/\s+/g, '');
  const english = text.toLowerCase();
  if ((PROJECT_STATUSES as readonly string[]).includes(english)) return english as ProjectStatus;
  const thai = PROJECT_STATUSES.find((s) => STATUS_LABEL_TH[s] === text);
  return thai ?? null;
}
