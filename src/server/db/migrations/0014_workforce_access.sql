-- Workforce module (issue 10): indexes for the HR Dashboard and the people directory.
-- Vacancies look for the holds rows of each position, latest first.
create index position_history_position_holds on position_history (position_id, from_date desc)
  where role = 'holds' and position_id is not null;
-- People in service by unit (the unit recorded on the person when they hold nothing).
create index person_unit_in_service on person (unit_id) where exit_date is null;
-- Movements per fiscal year: entries and exits by date.
create index person_entry_date on person (entry_date);
create index person_exit_date on person (exit_date) where exit_date is not null;
