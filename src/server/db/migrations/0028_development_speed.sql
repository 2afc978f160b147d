-- The development reads at Bangkok scale (issue 11 item 8: 100,000 people, ≈2,000,000 records over five years;
-- docs/decisions/0022-development-speed.md).

-- A person's counted days of one fiscal year (repositories/development/counted.ts: approved records only), for
-- every person at once: the 10-day compliance and the digital coverage read the year's approved records in
-- person order from the index alone and sum them per person without sorting or hashing 400,000 rows. The
-- other states (pending, rejected own entries) are few and never counted, so they stay out of it.
create index development_record_counted on development_record (fiscal_year, person_id) include (days, digital)
  where state = 'approved';

-- The positions held on a date (repositories/development/days.ts STAFF_ON): the rows still open (to_date null)
-- and those ending on or after the date, each an index range, instead of one index probe per person.
create index position_history_holds_until on position_history (to_date, from_date) include (person_id, unit_id)
  where role = 'holds';
