-- The development results' reminders (form สพข. ๒) share the reminder ledger of 0003 (one claim per kind,
-- month of the due day, recipient and project): three more kinds.
alter table reminder drop constraint reminder_kind_check;
alter table reminder add constraint reminder_kind_check check (kind in (
  'before_deadline', 'late', 'awaiting_approval', 'escalated_to_centre',
  'assignment_due_soon', 'assignment_overdue', 'assignment_escalated',
  'result_due_soon', 'result_overdue', 'result_escalated'));
