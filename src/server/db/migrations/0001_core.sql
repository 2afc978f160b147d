-- Core of tidtam: organisation units, users, the plan hierarchy, monthly reports, audit trail.
-- Units, users and fiscal years are shared by later modules (training plan, workforce, careers).

create table org_unit (
  id serial primary key,
  code text not null unique,
  name text not null,
  kind text not null default 'office' check (kind in ('bureau', 'district', 'office', 'institute', 'other')),
  status text not null default 'active' check (status in ('active', 'closed')),
  -- where a closed (merged, dissolved) unit's work went
  successor_id int references org_unit (id),
  created_at timestamptz not null default now(),
  closed_at timestamptz
);

-- Every name a unit has had: agencies are renamed, and old papers must still read right.
create table org_unit_name (
  unit_id int not null references org_unit (id) on delete cascade,
  name text not null,
  valid_from timestamptz not null default now(),
  valid_to timestamptz,
  primary key (unit_id, valid_from)
);

create table app_user (
  id serial primary key,
  username text not null unique check (username = lower(username)),
  display_name text not null,
  email text,
  password_hash text not null,
  role text not null check (role in ('admin', 'focal_point', 'approver', 'viewer')),
  unit_id int references org_unit (id),
  active boolean not null default true,
  created_at timestamptz not null default now(),
  -- focal points and approvers act for one unit
  check (role in ('admin', 'viewer') or unit_id is not null)
);

create table user_session (
  token_hash text primary key,
  user_id int not null references app_user (id) on delete cascade,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index user_session_user on user_session (user_id);

create table plan (
  id serial primary key,
  code text not null unique,
  name text not null,
  start_year int not null,
  end_year int not null,
  level_scale jsonb, -- null: the default scale of domain/level-scale.ts
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (start_year <= end_year)
);

create table strategic_target (
  id serial primary key,
  plan_id int not null references plan (id) on delete cascade,
  no text not null,
  name text not null,
  value_delivered text,
  unique (plan_id, no)
);

create table strategy (
  id serial primary key,
  target_id int not null references strategic_target (id) on delete cascade,
  no text not null,
  name text not null,
  kpi text,
  unique (target_id, no)
);

create table project (
  id serial primary key,
  plan_id int not null references plan (id) on delete cascade,
  strategy_id int not null references strategy (id),
  code text not null,
  name text not null,
  owner_unit_id int references org_unit (id),
  fiscal_year_from int not null,
  fiscal_year_to int not null,
  start_date date,
  end_date date,
  budget numeric(16, 2) check (budget >= 0),
  kpi text,
  kpi_unit text,
  kpi_target numeric,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (plan_id, code),
  check (fiscal_year_from <= fiscal_year_to),
  check (start_date is null or end_date is null or start_date <= end_date)
);
create index project_strategy on project (strategy_id);
create index project_owner on project (owner_unit_id);

-- A project that continues another cannot start until its predecessor is done.
create table project_dependency (
  project_id int not null references project (id) on delete cascade,
  depends_on_id int not null references project (id) on delete cascade,
  primary key (project_id, depends_on_id),
  check (project_id <> depends_on_id)
);

-- Targets a project serves besides the one of its strategy.
create table project_extra_target (
  project_id int not null references project (id) on delete cascade,
  target_id int not null references strategic_target (id) on delete cascade,
  primary key (project_id, target_id)
);

create table monthly_report (
  id serial primary key,
  project_id int not null references project (id) on delete cascade,
  period int not null check (period % 100 between 1 and 12), -- BE year × 100 + month: 256605
  status text not null check (status in ('not_started', 'in_progress', 'completed', 'cancelled')),
  percent numeric(5, 2) check (percent between 0 and 100),
  kpi_actual numeric,
  spent numeric(16, 2) check (spent >= 0),
  problems text,
  next_steps text,
  source text not null default 'web' check (source in ('web', 'import', 'demo')),
  reported_by int references app_user (id),
  reported_by_label text not null,
  reported_at timestamptz not null default now(),
  -- a replaced report stays, marked with what replaced it
  superseded_at timestamptz,
  superseded_by int references monthly_report (id)
);
create unique index monthly_report_current on monthly_report (project_id, period) where superseded_at is null;

create table audit_event (
  id bigserial primary key,
  at timestamptz not null default now(),
  actor_user_id int references app_user (id),
  actor_label text not null,
  action text not null,
  entity text not null,
  entity_id text not null,
  before jsonb,
  after jsonb
);
create index audit_event_entity on audit_event (entity, entity_id, at desc);
create index audit_event_at on audit_event (at desc);
