-- Accounts (issue 14.1): a forced change of password at first sign-in for accounts an admin created or
-- reset, and reset links by e-mail (single use, 30 minutes, stored as SHA-256 hashes only).
-- Plans (issue 14.2): a state set by the admin, exactly one current plan (everyone's default), and each
-- user's last chosen plan (docs/decisions/0012-default-plan-and-month.md).

alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column password_changed_at timestamptz;

create table password_reset (
  token_hash text primary key,
  user_id int not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz
);
create index password_reset_user on password_reset (user_id);

alter table plan add column state text not null default 'draft'
  check (state in ('current', 'draft', 'archived'));
-- Before this migration the web app's default was the plan with the latest start year: it stays the default.
update plan set state = 'current'
 where id = (select id from plan order by start_year desc, code limit 1);
create unique index plan_one_current on plan ((state)) where state = 'current';

alter table app_user add column last_plan_id int references plan (id) on delete set null;
