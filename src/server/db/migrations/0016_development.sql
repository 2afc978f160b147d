-- Development module (issue 11): the HRD plans of the development institute (each period its own strategies),
-- the year's development plan (projects on form HRD of the year, submitted per agency), their results on form
-- สพข. ๒ (due 14 days after the project's end, computed in src/domain/development/result-due.ts, never stored),
-- each person's development records (days by 70:20:10 mode) and digital skills assessments.
-- Amounts are numeric baht with 2 decimals; days are numeric with 1 decimal, kept explicitly (never derived).

create table hrd_plan (
  id serial primary key,
  code text not null unique,                 -- e.g. HRD-2561-2565
  name text not null,
  from_fiscal_year int not null check (from_fiscal_year between 2400 and 2700),
  to_fiscal_year int not null check (to_fiscal_year >= from_fiscal_year),
  created_at timestamptz not null default now()
);

create table hrd_strategy (
  id serial primary key,
  hrd_plan_id int not null references hrd_plan (id) on delete cascade,
  no text not null,
  name text not null,
  unique (hrd_plan_id, no)
);

-- The year's cycle: the institute opens the year against one HRD plan; the salary budget is the denominator of
-- budgetPctOfSalary (formats.md: development salary-budget).
create table development_year (
  fiscal_year int primary key check (fiscal_year between 2400 and 2700),
  hrd_plan_id int not null references hrd_plan (id),
  form_name text not null,                   -- e.g. HRD 64
  submission_deadline date,
  salary_budget numeric(16, 2) check (salary_budget > 0),
  approved_by text,
  approved_on date,
  approval_ref text,
  published_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1
);

-- An agency's submission of its projects for a year: the institute returns or accepts it with a comment.
create table development_submission (
  fiscal_year int not null references development_year (fiscal_year) on delete cascade,
  unit_id int not null references org_unit (id),
  state text not null default 'draft' check (state in ('draft', 'submitted', 'returned', 'accepted')),
  comment text,
  submitted_at timestamptz,
  decided_at timestamptz,
  version int not null default 1,
  primary key (fiscal_year, unit_id)
);

create table development_project (
  id serial primary key,
  fiscal_year int not null references development_year (fiscal_year) on delete cascade,
  unit_id int not null references org_unit (id),
  project_code text not null,
  project_name text not null,
  hrd_strategy_id int not null references hrd_strategy (id),
  activity_type text not null check (activity_type in ('training', 'meeting', 'seminar', 'study_visit')),
  participants int not null check (participants >= 0),
  budget numeric(16, 2) not null default 0 check (budget >= 0),
  budget_source text not null check (budget_source in ('ordinance', 'other', 'none')),
  target_group text,
  start_date date,
  end_date date,
  days numeric(6, 1) check (days >= 0),
  digital boolean not null default false,
  example boolean not null default false,    -- demo rows with invented names are marked as examples
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1,
  unique (fiscal_year, project_code),
  check (end_date is null or start_date is null or end_date >= start_date)
);
create index development_project_unit on development_project (unit_id, fiscal_year);
create index development_project_strategy on development_project (fiscal_year, hrd_strategy_id);
create index development_project_end on development_project (fiscal_year, end_date);

-- The result on form สพข. ๒, one per project.
create table development_result (
  project_id int primary key references development_project (id) on delete cascade,
  actual_start date not null,
  actual_end date not null check (actual_end >= actual_start),
  participants int not null check (participants >= 0),
  passed int check (passed >= 0 and passed <= participants),
  spent_ordinance numeric(16, 2) not null default 0 check (spent_ordinance >= 0),
  spent_other numeric(16, 2) not null default 0 check (spent_other >= 0),
  evaluation_score numeric(5, 2) check (evaluation_score between 0 and 100),
  lessons text,
  filed_on date not null,
  filed_by int references app_user (id),
  created_at timestamptz not null default now(),
  version int not null default 1
);

-- A person's development: one row per person and activity, keeping the unit, position and level at the time.
-- Sized for 2,000,000 rows: per person and year (own record, 10-day compliance) and per unit and year.
create table development_record (
  id bigserial primary key,
  person_id int not null references person (id) on delete cascade,
  fiscal_year int not null check (fiscal_year between 2400 and 2700),
  activity text not null,
  start_date date not null,
  end_date date not null check (end_date >= start_date),
  days numeric(5, 1) not null check (days > 0 and days <= 366),
  mode text not null check (mode in ('formal', 'social', 'experiential')),
  passed boolean,
  digital boolean not null default false,
  project_id int references development_project (id) on delete set null,
  provider text,
  unit_id int references org_unit (id),
  position_title text,
  level text,
  source text not null default 'file' check (source in ('file', 'roster', 'self')),
  state text not null default 'approved' check (state in ('pending', 'approved', 'rejected')),
  created_at timestamptz not null default now()
);
create index development_record_person_year on development_record (person_id, fiscal_year);
create index development_record_year_unit on development_record (fiscal_year, unit_id) include (person_id, days, mode);
create index development_record_project on development_record (project_id) where project_id is not null;

-- OCSC Digital Government Skill Set self-assessment results: person, date, skill area, level.
create table digital_assessment (
  id bigserial primary key,
  person_id int not null references person (id) on delete cascade,
  assessed_on date not null,
  skill_area text not null,
  level int not null check (level between 0 and 5),
  created_at timestamptz not null default now(),
  unique (person_id, assessed_on, skill_area)
);
create index digital_assessment_area on digital_assessment (skill_area, assessed_on);
