-- Workforce search and one unit's figures (issue 10 item 7; docs/decisions/0026-workforce-search-and-import-memory.md).

-- The holds rows covering a date now also name their position: the vacancies' anti-join ("no holds row
-- covers the position on D") can be one range of this index, read from the index alone.
drop index position_history_holds_on;
create index position_history_holds_on on position_history
  ((coalesce(to_date, '9999-12-31'::date)), from_date)
  include (to_date, person_id, unit_id, position_type, level, line, title, position_id) where role = 'holds';

-- One unit's people on a date (an agency's dashboard, the directory by unit): the holds rows of the unit
-- covering the date are one short range, not a pass over everyone's (the people recorded in the unit:
-- person_unit, migration 0007).
create index position_history_unit_holds on position_history
  (unit_id, (coalesce(to_date, '9999-12-31'::date)), from_date) include (person_id) where role = 'holds';

-- A vacant position's last holding, from the index alone (it had to read each holds row's end date).
drop index position_history_position_holds;
create index position_history_position_holds on position_history (position_id, from_date desc)
  include (to_date) where role = 'holds' and position_id is not null;
