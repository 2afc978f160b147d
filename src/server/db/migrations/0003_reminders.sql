-- E-mail reminders and escalations (src/server/mail/README.md).
-- reminder: one row per e-mail attempt (sent, failed, skipped for want of an address, or being sent).
-- reminder_item: the exactly-once key — one item (a unit's missing reports, or one waiting report) of
-- one kind and month for one recipient. A run claims an item by inserting it BEFORE it sends; a failed
-- send gives the claim back (reminder_id = null) so the next run tries again, at most 5 times.

create table reminder (
  id bigserial primary key,
  kind text not null check (kind in ('before_deadline', 'late', 'awaiting_approval', 'escalated_to_centre')),
  period int not null check (period % 100 between 1 and 12),
  user_id int not null references app_user (id),
  email text,
  status text not null check (status in ('sending', 'sent', 'failed', 'skipped')),
  -- why skipped ('no_email') or why the send failed
  note text,
  subject text not null,
  -- what the e-mail listed: [{ itemKey, unitId, reportId, projectIds }]
  items jsonb not null,
  -- the business date the run judged by (runs may be given a 'now')
  judged_on date not null,
  created_at timestamptz not null default now(),
  finished_at timestamptz,
  message_id text
);
create index reminder_sending on reminder (created_at) where status = 'sending';
create index reminder_user on reminder (user_id, created_at desc);

create table reminder_item (
  kind text not null,
  period int not null,
  user_id int not null references app_user (id),
  item_key text not null,
  -- the e-mail that holds the claim; null: released after a failed send, free to claim again
  reminder_id bigint references reminder (id),
  attempts int not null default 1,
  primary key (kind, period, user_id, item_key)
);
create index reminder_item_reminder on reminder_item (reminder_id);
