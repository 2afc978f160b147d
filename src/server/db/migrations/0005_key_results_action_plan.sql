-- Outcomes and the annual action plan (seed 000, ประเด็นสำคัญ ๑–๒: "done is not success").
-- key_result: what success means for a strategic target in one fiscal year, measured by an indicator with a
--   baseline and a target (or an acceptable range); achievement is computed (src/domain/key-results.ts),
--   never stored.
-- key_result_actual: the measured values over time, by month ('2566-05') or fiscal quarter ('2566-Q3').
-- project_key_result: the projects that serve a key result (many-to-many).
-- project_year_plan, project_milestone: the annual action plan of a project — priority, budget requested
--   and allocated for a fiscal year, and the cumulative percent planned for each month (plan vs reported).
-- Numbers are numeric (exact; they come back as strings on both drivers).

create table key_result (
  id serial primary key,
  target_id int not null references strategic_target (id) on delete cascade,
  fiscal_year int not null check (fiscal_year between 2500 and 2700),
  -- "1", "2" … within the target and year: shown as KR 2.1
  no text not null,
  indicator text not null,
  unit text,
  direction text not null check (direction in ('higher_is_better', 'lower_is_better', 'range')),
  baseline numeric,
  target_value numeric,
  range_low numeric,
  range_high numeric,
  note text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (target_id, fiscal_year, no),
  -- the domain checks these first, with messages; the database is the backstop (coalesce: a NULL must
  -- fail the check, not pass it)
  check (coalesce(
    (direction = 'range' and range_low is not null and range_high is not null and range_low <= range_high)
    or (direction = 'higher_is_better' and baseline is not null and target_value is not null
        and target_value >= baseline)
    or (direction = 'lower_is_better' and baseline is not null and target_value is not null
        and target_value <= baseline),
    false))
);
create index key_result_year on key_result (fiscal_year, target_id);

create table key_result_actual (
  id serial primary key,
  key_result_id int not null references key_result (id) on delete cascade,
  granularity text not null check (granularity in ('month', 'quarter')),
  -- month: '2566-05'; quarter: '2566-Q3' = third quarter of fiscal year 2566 (April–June 2566)
  period text not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2]|Q[1-4])$'),
  -- the period's last month, BE year × 100 + month (256606 for 2566-Q3): orders the trend, answers "as of"
  period_end int not null check (period_end % 100 between 1 and 12),
  value numeric not null,
  source text,
  comment text,
  recorded_by_label text not null,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (key_result_id, granularity, period)
);
create index key_result_actual_trend on key_result_actual (key_result_id, period_end);

create table project_key_result (
  project_id int not null references project (id) on delete cascade,
  key_result_id int not null references key_result (id) on delete cascade,
  primary key (project_id, key_result_id)
);
create index project_key_result_kr on project_key_result (key_result_id);

create table project_year_plan (
  id serial primary key,
  project_id int not null references project (id) on delete cascade,
  fiscal_year int not null check (fiscal_year between 2500 and 2700),
  -- 1 สูง (high), 2 กลาง (medium), 3 ต่ำ (low)
  priority int check (priority between 1 and 3),
  budget_requested numeric(16, 2) check (budget_requested >= 0),
  budget_allocated numeric(16, 2) check (budget_allocated >= 0),
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (project_id, fiscal_year)
);
create index project_year_plan_year on project_year_plan (fiscal_year);

-- The cumulative percent of the project planned to be done by the end of each month.
create table project_milestone (
  project_id int not null references project (id) on delete cascade,
  period int not null check (period % 100 between 1 and 12), -- BE year × 100 + month: 256605
  planned_percent numeric(5, 2) not null check (planned_percent between 0 and 100),
  primary key (project_id, period)
);
