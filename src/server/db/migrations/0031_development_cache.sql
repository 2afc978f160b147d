-- Development reads kept per data version (issue 11 item 8; docs/decisions/0027-development-compliance-cache.md).

-- The development data version: a token that changes in the transaction of every statement that writes the
-- development data the kept reads depend on (records, projects, submissions, years, HRD plans and strategies,
-- digital assessments and skill areas), whoever writes it (imports, the web forms, the demo, plain SQL, COPY).
-- The server keeps the agencies' 10-day compliance, the consolidated plan and the digital skills per fiscal year
-- under this token together with workforce_data_version's (migration 0027: people, positions, history, units),
-- so a committed write is seen by the next request and a rolled-back one never. A restore brings back the
-- backup's token with the rows it names (src/server/backup/restore.ts sets tidtam.restoring).
create table development_data_version (
  id int primary key default 1 check (id = 1),
  token text not null
);
insert into development_data_version (token) values (gen_random_uuid()::text);

create function bump_development_data_version() returns trigger language plpgsql as $$
begin
  if coalesce(current_setting('tidtam.restoring', true), '') = 'on' then
    return null;
  end if;
  update development_data_version set token = gen_random_uuid()::text where id = 1;
  return null;
end $$;

create trigger development_record_bumps_development_version
  after insert or update or delete or truncate on development_record
  for each statement execute function bump_development_data_version();
create trigger development_project_bumps_development_version
  after insert or update or delete or truncate on development_project
  for each statement execute function bump_development_data_version();
create trigger development_submission_bumps_development_version
  after insert or update or delete or truncate on development_submission
  for each statement execute function bump_development_data_version();
create trigger development_year_bumps_development_version
  after insert or update or delete or truncate on development_year
  for each statement execute function bump_development_data_version();
create trigger hrd_plan_bumps_development_version
  after insert or update or delete or truncate on hrd_plan
  for each statement execute function bump_development_data_version();
create trigger hrd_strategy_bumps_development_version
  after insert or update or delete or truncate on hrd_strategy
  for each statement execute function bump_development_data_version();
create trigger digital_assessment_bumps_development_version
  after insert or update or delete or truncate on digital_assessment
  for each statement execute function bump_development_data_version();
create trigger digital_skill_area_bumps_development_version
  after insert or update or delete or truncate on digital_skill_area
  for each statement execute function bump_development_data_version();
