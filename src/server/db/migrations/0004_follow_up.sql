-- Follow-up: the problems-and-obstacles register (ทะเบียนปัญหาอุปสรรค). One entry per project and month,
-- opened from the problems text of that month's current report (src/server/repositories/problems.ts,
-- called by writeReports), then classified and followed up by the central office and the owning unit.
-- Attention flags (src/domain/attention-flags.ts) are computed from the records, never stored.

create table problem (
  id serial primary key,
  project_id int not null references project (id) on delete cascade,
  period int not null check (period % 100 between 1 and 12), -- the report's month: BE year × 100 + month
  -- the text of the month's current report version
  description text not null,
  -- null until the centre classifies it
  category text check (category in ('budget', 'staff', 'procurement', 'restructuring', 'data_system',
                                    'coordination', 'other')),
  severity text check (severity in ('low', 'medium', 'high')),
  -- who must act: a unit and/or free text (an agency outside the register, a committee, a person)
  action_unit_id int references org_unit (id),
  action_by text,
  due_date date,
  status text not null default 'open' check (status in ('open', 'in_progress', 'resolved', 'closed')),
  resolution text,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (project_id, period)
);
create index problem_open on problem (due_date) where status in ('open', 'in_progress');
create index problem_action_unit on problem (action_unit_id);

-- Reports stored before the register existed open their entries.
insert into problem (project_id, period, description, created_at, updated_at)
select project_id, period, btrim(problems), reported_at, reported_at
  from monthly_report
 where superseded_at is null and btrim(coalesce(problems, '')) <> '';
