-- Careers, second part (issue 12, items 4 and 5).
--
-- Exceptions (seed 002, suggestion 7): granted by the central office to a person for one criterion (its ref)
-- or for a whole path (criterion_ref null), with a reason, the order that decided it (เลขที่คำสั่ง) and an
-- end date; revoked rather than deleted, so the audit and the list keep what was once in force. An exception
-- counts on a date D when valid_from <= D, (valid_until is null or D <= valid_until) and it was not revoked
-- on or before D (Bangkok date).
alter table career_exception add column criterion_ref text check (criterion_ref is null or length(criterion_ref) <= 40);
alter table career_exception add column order_ref text check (order_ref is null or length(order_ref) <= 200);
alter table career_exception add column valid_until date;
alter table career_exception add column revoked_at timestamptz;
alter table career_exception add column revoked_by int references app_user (id);
alter table career_exception add column revoke_reason text;
alter table career_exception add column version int not null default 1;
alter table career_exception add constraint career_exception_period check (valid_until is null or valid_until >= valid_from);
alter table career_exception drop constraint career_exception_path_id_person_id_key;
-- One exception in force (not revoked) per person, path and criterion (or the whole path).
create unique index career_exception_one_open on career_exception (path_id, person_id, coalesce(criterion_ref, ''))
  where revoked_at is null;
create index career_exception_person on career_exception (person_id);

-- The talent pool: a person nominated as a successor for one key position (a seat of a key title), with
-- readiness and consent. A withdrawn nomination is kept (withdrawn_at) with its history.
create table career_nomination (
  id serial primary key,
  position_id int not null references position (id) on delete cascade,
  person_id int not null references person (id) on delete cascade,
  readiness text not null check (readiness in ('ready_now', 'one_to_two_years', 'later')),
  consent text not null default 'pending' check (consent in ('yes', 'no', 'pending')),
  note text check (note is null or length(note) <= 1000),
  nominated_by int references app_user (id),
  nominated_at timestamptz not null default now(),
  withdrawn_at timestamptz,
  version int not null default 1
);
create unique index career_nomination_open on career_nomination (position_id, person_id) where withdrawn_at is null;
create index career_nomination_person on career_nomination (person_id);

-- Every state a nomination had: the first row when nominated, one per change (readiness, consent, note,
-- withdrawal), who and when — the history the succession page shows.
create table career_nomination_change (
  id bigserial primary key,
  nomination_id int not null references career_nomination (id) on delete cascade,
  readiness text not null,
  consent text not null,
  note text,
  withdrawn boolean not null default false,
  changed_by int references app_user (id),
  changed_at timestamptz not null default now()
);
create index career_nomination_change_of on career_nomination_change (nomination_id, id);

-- A version's job profile (seed 002, 2.1: duties, nature of work, competencies in three tiers, selection
-- criteria, development route, post-course ranking rule), checked by the API's Zod schema; null when none.
alter table career_path_version add column profile jsonb;
