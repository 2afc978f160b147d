-- Course cohorts and the post-course ranking (issue 12, item 6; seed 002 DD-C3/ADD-C3: «๔.๓ เรียงลำดับคะแนน
-- และจัดลำดับรายชื่อ ๕ คนแรกที่ได้รับคะแนนสูงสุด»).
--
-- A cohort (รุ่น) of a course prepares for a path's key title. The office sets the score components and their
-- weights (whole per cent summing to 100, checked by src/domain/careers/cohort-ranking.ts before storing) and
-- an optional pass mark. Status: open (members and scores are edited) → scored (scores recorded, locked) →
-- published (the ranking is final). The ranking itself is never stored: it is computed from the scores.
create table career_cohort (
  id serial primary key,
  code text not null unique check (length(code) between 1 and 40),
  name text not null check (length(trim(name)) > 0),
  -- the course as the criteria name it (career_record.name, e.g. หลักสูตรผู้ช่วยผู้อำนวยการเขต)
  course text not null check (length(trim(course)) > 0),
  path_id int references career_path (id) on delete set null,
  fiscal_year int not null check (fiscal_year between 2500 and 2700),
  starts_on date not null,
  ends_on date not null,
  status text not null default 'open' check (status in ('open', 'scored', 'published')),
  -- [{code, name, weight}] in the office's order (the order breaks ties)
  components jsonb not null,
  pass_mark numeric(5, 2) check (pass_mark is null or pass_mark between 0 and 100),
  is_example boolean not null default false,
  created_by int references app_user (id),
  created_at timestamptz not null default now(),
  published_by int references app_user (id),
  published_at timestamptz,
  version int not null default 1,
  check (ends_on >= starts_on),
  check (status <> 'published' or published_at is not null)
);

-- A member of a cohort and their scores: {component code: score 0–100, at most 2 decimals}.
create table career_cohort_member (
  cohort_id int not null references career_cohort (id) on delete cascade,
  person_id int not null references person (id) on delete cascade,
  scores jsonb not null default '{}',
  updated_at timestamptz not null default now(),
  primary key (cohort_id, person_id)
);
create index career_cohort_member_person on career_cohort_member (person_id);

-- Publishing a cohort writes "course passed" into the one source the criteria read (career_record, kind
-- course), one row per passed member, linked back to its cohort.
alter table career_record add column cohort_id int references career_cohort (id) on delete set null;
create unique index career_record_of_cohort on career_record (cohort_id, person_id) where cohort_id is not null;
