-- Workforce dashboard speed (issue 10 item 7; docs/decisions/0019-workforce-dashboard-speed.md).

-- "What a person holds on date D" for everyone at once: the holds rows covering D are one index range
-- (end >= D, then first day <= D), read from the index alone (the columns the figures group by, and the
-- title, are included; to_date too, or PostgreSQL will not read the index alone), instead of one index
-- lookup per person. An open period ends on 9999-12-31 here.
create index position_history_holds_on on position_history
  ((coalesce(to_date, '9999-12-31'::date)), from_date)
  include (to_date, person_id, unit_id, position_type, level, line, title) where role = 'holds';

-- Movements: each person's holds rows in order, from the index alone (the window needs no sort).
-- Both are partial: an index led by role would also match the imports' lookups by (person, role, first
-- day) and the planner may take it for them on an empty table (then each lookup reads every holds row).
create index position_history_holds_seq on position_history (person_id, from_date)
  include (unit_id, position_type, level) where role = 'holds';

-- The workforce data version: a token that changes in the transaction of every statement that writes
-- the data the HR Dashboard and the people directory read (people, positions, history, key titles, units:
-- the directory shows and searches unit names), whoever writes it (the imports, the person page, plain
-- SQL); a restore brings back the backup's token with the rows it names. The server keeps the figures per
-- token; reading it is one primary-key lookup per request, so a figure is never served after another
-- process wrote.
create table workforce_data_version (
  id int primary key default 1 check (id = 1),
  token text not null
);
insert into workforce_data_version (token) values (gen_random_uuid()::text);

create function bump_workforce_data_version() returns trigger language plpgsql as $$
begin
  -- a restore loads the backup's token with the rows it names (src/server/backup/restore.ts)
  if coalesce(current_setting('tidtam.restoring', true), '') = 'on' then
    return null;
  end if;
  update workforce_data_version set token = gen_random_uuid()::text where id = 1;
  return null;
end $$;

create trigger person_bumps_workforce_version after insert or update or delete or truncate on person
  for each statement execute function bump_workforce_data_version();
create trigger position_bumps_workforce_version after insert or update or delete or truncate on position
  for each statement execute function bump_workforce_data_version();
create trigger position_history_bumps_workforce_version
  after insert or update or delete or truncate on position_history
  for each statement execute function bump_workforce_data_version();
create trigger key_position_title_bumps_workforce_version
  after insert or update or delete or truncate on key_position_title
  for each statement execute function bump_workforce_data_version();
create trigger org_unit_bumps_workforce_version after insert or update or delete or truncate on org_unit
  for each statement execute function bump_workforce_data_version();
