-- Committee module (issue 13): the sub-committee's meetings, their agenda items in the standard order, the
-- resolutions (มติ) with their numbered suggestions, what each resolution concerns, the units it assigns,
-- their progress and the closing of each assignment at a meeting. Lifecycle rules live in
-- src/domain/committee/; the checks below only keep impossible rows out.
-- Search: `tokens` holds the Thai words of the row's text (Intl.Segmenter('th') at write time, see
-- src/domain/committee/search-tokens.ts), searched with `tokens @> query words` through a GIN index.
-- Attachments to progress entries are not stored yet (text only).

create table committee_meeting (
  id serial primary key,
  no int not null check (no > 0),
  year_be int not null check (year_be between 2500 and 2700),
  held_on date not null,
  start_time text,
  place text,
  online text,
  attendees jsonb not null default '[]'::jsonb check (jsonb_typeof(attendees) = 'array'),
  tokens text[] not null default '{}',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  version int not null default 1,
  unique (no, year_be),
  check (place is not null or online is not null)
);
create index committee_meeting_held_on on committee_meeting (held_on);
create index committee_meeting_tokens on committee_meeting using gin (tokens);

-- kind, in the standard order: chair (ประธานแจ้ง), certify (รับรองรายงานการประชุม), carried_over
-- (เรื่องสืบเนื่อง), for_information (เรื่องเพื่อทราบ), for_consideration (เรื่องเพื่อพิจารณา), other (เรื่องอื่น ๆ),
-- schedule (กำหนดวันประชุม). no is the printed ระเบียบวาระที่ (the order of kinds is checked by the domain).
create table committee_agenda_item (
  id serial primary key,
  meeting_id int not null references committee_meeting (id) on delete cascade,
  no int not null check (no > 0),
  kind text not null check (kind in ('chair', 'certify', 'carried_over', 'for_information', 'for_consideration',
                                     'other', 'schedule')),
  title text not null,
  summary text,
  unique (meeting_id, no)
);

create table committee_resolution (
  id serial primary key,
  agenda_item_id int not null references committee_agenda_item (id) on delete cascade,
  kind text not null check (kind in ('acknowledge', 'certify', 'approve', 'assign', 'revise_return', 'other')),
  text text not null,
  tokens text[] not null default '{}',
  created_at timestamptz not null default now()
);
create index committee_resolution_item on committee_resolution (agenda_item_id);
create index committee_resolution_tokens on committee_resolution using gin (tokens);

create table committee_suggestion (
  id serial primary key,
  resolution_id int not null references committee_resolution (id) on delete cascade,
  no int not null check (no > 0),
  text text not null,
  tokens text[] not null default '{}',
  unique (resolution_id, no)
);
create index committee_suggestion_tokens on committee_suggestion using gin (tokens);

-- What a resolution concerns: a kind and the code of the thing (a plan code, target no "2", strategy no "2.2",
-- project code, key result id; development plans and career paths do not exist yet, so only a code).
create table committee_link (
  resolution_id int not null references committee_resolution (id) on delete cascade,
  kind text not null check (kind in ('plan', 'target', 'strategy', 'project', 'key_result', 'development_plan',
                                     'career_path')),
  ref text not null,
  primary key (resolution_id, kind, ref)
);

-- due: a date, or "the next meeting" (due_next_meeting) after the resolution's meeting.
create table committee_assignment (
  id serial primary key,
  resolution_id int not null references committee_resolution (id) on delete cascade,
  unit_id int not null references org_unit (id),
  return_kind text not null check (return_kind in ('report_for_information', 'submit_for_consideration')),
  due_date date,
  due_next_meeting boolean not null default false,
  state text not null default 'open'
    check (state in ('open', 'progress_reported', 'closing_proposed', 'closed')),
  closed_at_meeting_id int references committee_meeting (id),
  closed_note text,
  created_at timestamptz not null default now(),
  version int not null default 1,
  unique (resolution_id, unit_id),
  check ((due_date is null) = due_next_meeting),
  check ((state = 'closed') = (closed_at_meeting_id is not null))
);
create index committee_assignment_unit on committee_assignment (unit_id, state);

create table committee_progress (
  id serial primary key,
  assignment_id int not null references committee_assignment (id) on delete cascade,
  at timestamptz not null default now(),
  author_user_id int references app_user (id),
  author_label text not null,
  text text not null,
  proposes_closing boolean not null default false
);
create index committee_progress_assignment on committee_progress (assignment_id, at);
