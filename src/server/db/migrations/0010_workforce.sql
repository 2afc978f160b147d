-- Workforce module (issue 10): people, the staffing frame (positions), dated position history, and the
-- staff role (a person signed in who sees only their own record). Everything a person "has" — years in a
-- level, district offices served, sections overseen, time in the current level — is computed from
-- position_history as of a date (src/domain/workforce/), never stored as a counter.

-- People: the BMA personnel number identifies a person in every file (formats.md). Rows made before this
-- migration, and people created one by one without a number, get 'P' and seven digits from a sequence.
-- The national ID becomes optional (files may omit it).
create sequence person_no_seq;
alter table person add column person_no text;
update person set person_no = 'P' || lpad(nextval('person_no_seq')::text, 7, '0') where person_no is null;
alter table person alter column person_no set default 'P' || lpad(nextval('person_no_seq')::text, 7, '0');
alter table person alter column person_no set not null;
alter table person add constraint person_person_no_key unique (person_no);
alter table person alter column national_id drop not null;
alter table person
  add column gender text check (gender in ('male', 'female')),
  add column staff_type text not null default 'civil_servant'
    check (staff_type in ('civil_servant', 'teacher', 'university', 'permanent_employee', 'temporary_employee')),
  add column entry_date date,
  add column exit_date date,
  add column exit_reason text check (exit_reason in ('retired', 'resigned', 'transferred', 'dismissed', 'died', 'other')),
  add constraint person_exit_reason_needs_date check (exit_reason is null or exit_date is not null),
  add constraint person_exit_after_entry check (exit_date is null or entry_date is null or exit_date >= entry_date),
  -- The fiscal year (BE) at whose end the person retires (domain.md, the retirement rule): born on or before
  -- 1 October of CE year Y → end of FY Y+60 (BE Y+603); born 2 October or later → FY Y+61 (BE Y+604).
  -- Derived from birth_date by the database so that counts over 100,000 people stay one GROUP BY; it must
  -- agree with retirementFiscalYear() in src/domain/workforce/retirement.ts (a test checks both).
  add column retirement_fiscal_year int generated always as (
    extract(year from birth_date)::int + 603
      + case when extract(month from birth_date)::int * 100 + extract(day from birth_date)::int > 1001
             then 1 else 0 end
  ) stored;
create index person_retirement on person (retirement_fiscal_year) where exit_date is null;
create index person_staff_type on person (staff_type);
create index person_names on person (first_name, last_name);

-- The staffing frame (กรอบอัตรากำลัง): one row per position number. A position without a current holder
-- is vacant; an abolished one stops counting from its abolished_date.
create table position (
  id serial primary key,
  position_no text not null unique,
  title text not null,
  position_type text not null check (position_type in ('executive', 'managerial', 'academic', 'general')),
  level text not null check (level in ('senior', 'junior', 'practitioner', 'professional', 'senior_professional',
                                       'expert', 'advisory', 'operational', 'experienced', 'senior_general',
                                       'special_skill')),
  line text,
  unit_id int not null references org_unit (id),
  section text,
  section_head boolean not null default false,
  abolished_date date,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1,
  -- a level must fit its type (formats.md)
  check (case position_type
           when 'executive' then level in ('senior', 'junior')
           when 'managerial' then level in ('senior', 'junior')
           when 'academic' then level in ('practitioner', 'professional', 'senior_professional', 'expert', 'advisory')
           else level in ('operational', 'experienced', 'senior_general', 'special_skill') end)
);
create index position_unit on position (unit_id);
create index position_title on position (title);

-- Dated position history (ประวัติการดำรงตำแหน่ง). Each row keeps the position as it was then (positions are
-- renamed, moved and abolished). role: holds (ครองตำแหน่ง), acting (รักษาราชการแทน), oversees (assigned to
-- oversee a section, beside a holds row). unit_id is the unit by law (the position's); work_unit_id the unit
-- actually worked in when it differs. to_date null: it lasts. Overlaps of the same person and role are
-- refused by the import (src/domain/workforce/), not here.
create table position_history (
  id bigserial primary key,
  person_id int not null references person (id) on delete cascade,
  from_date date not null,
  to_date date,
  role text not null default 'holds' check (role in ('holds', 'acting', 'oversees')),
  position_id int references position (id),
  title text not null,
  position_type text not null check (position_type in ('executive', 'managerial', 'academic', 'general')),
  level text not null,
  line text,
  unit_id int not null references org_unit (id),
  work_unit_id int references org_unit (id),
  section text,
  section_head boolean not null default false,
  order_ref text,
  created_at timestamptz not null default now(),
  check (to_date is null or to_date >= from_date)
);
create index position_history_person on position_history (person_id, from_date);
create index position_history_position on position_history (position_id) where position_id is not null;
create index position_history_current on position_history (role, unit_id) where to_date is null;
create index position_history_title on position_history (title, role);

-- Titles the office marks as key positions, beside the built-in ones (district director, assistant district
-- director, section heads: src/domain/workforce/key-positions.ts).
create table key_position_title (
  title text primary key,
  marked_by int references app_user (id),
  marked_at timestamptz not null default now()
);

-- The staff role: a person signed in, linked to their person record, sees that record and nothing else.
alter table app_user drop constraint app_user_role_check;
alter table app_user add constraint app_user_role_check
  check (role in ('admin', 'focal_point', 'approver', 'viewer', 'staff'));
alter table app_user add column person_id int unique references person (id);
alter table app_user add constraint app_user_staff_has_person check (role <> 'staff' or person_id is not null);
-- Focal points and approvers act for one unit; a staff user acts for nobody but themselves.
alter table app_user drop constraint app_user_check;
alter table app_user add constraint app_user_unit_for_agency_roles
  check (role in ('admin', 'viewer', 'staff') or unit_id is not null);
