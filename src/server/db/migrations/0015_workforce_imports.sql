-- Workforce imports (issue 10, formats.md "Workforce files"): one audit event per imported file, with its
-- counts, instead of one per row (a file holds up to 1,000,000 history rows, and the import is measured
-- against COPY). The earlier values of every record a file changes or removes are kept here, tied to that
-- audit event, so a person's or position's earlier values stay in the history as formats.md promises.
-- Personal data (national ID, birth date) is never copied: a change to it is named, not given.
create table workforce_revision (
  id bigserial primary key,
  audit_event_id bigint not null references audit_event (id) on delete cascade,
  entity text not null check (entity in ('person', 'position', 'position_history')),
  -- person_no for person and position_history rows, position_no for position rows
  entity_key text not null,
  -- 'update' (the record was changed in place) or 'delete' (a history period the file no longer has)
  change text not null check (change in ('update', 'delete')),
  before jsonb not null
);
create index workforce_revision_key on workforce_revision (entity, entity_key, audit_event_id);
create index workforce_revision_event on workforce_revision (audit_event_id);
-- History periods are matched by person, role and first day on re-import (updated in place).
create index position_history_key on position_history (person_id, role, from_date);
