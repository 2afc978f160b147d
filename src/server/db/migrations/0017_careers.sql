-- Careers module (issue 12): career paths to key positions as data the office edits and versions, the
-- records beside the position history that criteria read (courses passed, evidenced works, competency
-- assessments), and exceptions granted with a reason. Eligibility itself is never stored: it is computed
-- from position_history as of a date (src/domain/careers/).

-- A path leads to a key title (ผู้อำนวยการเขต, ผู้ช่วยผู้อำนวยการเขต, …). Seed 002's 15 paths grow from
-- district offices, from bureaus or both (origin).
create table career_path (
  id serial primary key,
  code text not null unique,
  name text not null,
  target_title text not null,
  origin text check (origin in ('district', 'bureau', 'mixed')),
  description text,
  -- demo skeletons: a path whose steps the seed does not give
  is_example boolean not null default false,
  created_at timestamptz not null default now()
);
create index career_path_target on career_path (target_title);

-- The rules of a path, versioned: a draft the office edits (one at a time), approved versions in force
-- from their effective date (the one with the latest effective_from on or before the as-of date).
-- criteria: a tree of typed criteria (src/domain/careers/criteria.ts), validated by the server's Zod
-- schema before it is stored; stages: the ordered steps (title or type and level, unit kind, minimum).
create table career_path_version (
  id serial primary key,
  path_id int not null references career_path (id) on delete cascade,
  version_no int not null,
  status text not null default 'draft' check (status in ('draft', 'approved')),
  effective_from date,
  criteria jsonb not null,
  stages jsonb not null default '[]',
  note text,
  created_by int references app_user (id),
  approved_by int references app_user (id),
  approved_at timestamptz,
  updated_at timestamptz not null default now(),
  version int not null default 1,
  unique (path_id, version_no),
  check (status = 'draft' or (effective_from is not null and approved_at is not null))
);
create unique index career_path_one_draft on career_path_version (path_id) where status = 'draft';
create unique index career_path_one_per_date on career_path_version (path_id, effective_from)
  where status = 'approved';

-- Records criteria read beside the history: a course passed (หลักสูตรผู้อำนวยการเขต), an evidenced work
-- (ผลงานเชิงประจักษ์: counts once approved), a competency assessment (score, assessor, criteria version).
create table career_record (
  id bigserial primary key,
  person_id int not null references person (id) on delete cascade,
  kind text not null check (kind in ('course', 'work', 'competency')),
  name text not null,
  achieved_on date not null,
  passed boolean not null default true,
  score numeric(6, 2),
  assessor text,
  criteria_version text,
  approved_by int references app_user (id),
  approved_at timestamptz,
  created_at timestamptz not null default now()
);
create index career_record_person on career_record (person_id);

-- An exception granted by the office (seed 002, suggestion 7: discretion with a reason that can be
-- explained): the person counts as eligible for the path from valid_from, whatever the criteria say.
create table career_exception (
  id serial primary key,
  path_id int not null references career_path (id) on delete cascade,
  person_id int not null references person (id) on delete cascade,
  reason text not null check (length(trim(reason)) > 0),
  valid_from date not null,
  granted_by int references app_user (id),
  granted_at timestamptz not null default now(),
  unique (path_id, person_id)
);
