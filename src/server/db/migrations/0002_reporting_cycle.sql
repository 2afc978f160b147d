-- The monthly reporting cycle: months opened with a deadline, report review states, locking
-- with exceptions, settings. Reports already stored were entered by the centre: accepted.

create table app_setting (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
insert into app_setting (key, value) values
  ('lock_after_days', '10'),       -- a month locks this many days after its deadline
  ('remind_days_before', '3'),     -- first reminder before the deadline
  ('escalate_after_days', '5'),    -- a report waiting this long for review goes up a level
  ('no_progress_months', '3');     -- flag a project whose percent has not moved for this many months

create table reporting_month (
  period int primary key check (period % 100 between 1 and 12),
  deadline date not null,
  -- null: the month never locks by itself
  lock_after_days int check (lock_after_days between 0 and 365),
  opened_at timestamptz not null default now(),
  opened_by int references app_user (id),
  opened_by_label text not null
);

-- The centre lets one unit keep working on a locked month until a date.
create table reporting_exception (
  unit_id int not null references org_unit (id),
  period int not null references reporting_month (period),
  until date not null,
  reason text,
  granted_by_label text not null,
  granted_at timestamptz not null default now(),
  primary key (unit_id, period)
);

alter table monthly_report
  add column state text not null default 'accepted'
    check (state in ('draft', 'submitted', 'approved', 'accepted', 'returned')),
  add column submitted_at timestamptz,
  add column approved_at timestamptz,
  add column approved_by_label text,
  add column accepted_at timestamptz,
  add column accepted_by_label text,
  add column returned_at timestamptz,
  add column returned_by_label text,
  add column review_comment text;
update monthly_report set submitted_at = reported_at, accepted_at = reported_at, accepted_by_label = reported_by_label;
alter table monthly_report alter column state set default 'draft';

create index monthly_report_state on monthly_report (state) where superseded_at is null;
create index monthly_report_period on monthly_report (period) where superseded_at is null;
