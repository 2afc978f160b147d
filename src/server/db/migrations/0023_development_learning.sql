-- A person's own outside learning and digital skills (issue 11, items 4 and 5).
-- A self-entered development record (source 'self') is pending until a focal point or approver of the person's
-- unit at the time (the record's unit_id) approves or rejects it with a comment; the person edits or withdraws
-- it (deletes it) while it is pending. Only approved records count (repositories/development/counted.ts).
alter table development_record
  add column note text,
  add column entered_by int references app_user (id) on delete set null,
  add column decided_by int references app_user (id) on delete set null,
  add column decided_at timestamptz,
  add column decision_comment text,
  add column version int not null default 1;
-- The approval queue per unit (few rows: only pending ones are indexed).
create index development_record_pending on development_record (unit_id, start_date) where state = 'pending';

-- The digital skill areas of the OCSC Digital Government Skill Set self-assessment (docs/development-files.md)
-- with the level every person is expected to reach: data the institute may change, not code.
create table digital_skill_area (
  code text primary key,
  ord int not null unique,
  name_th text not null,
  name_en text not null,
  expected_level int not null check (expected_level between 0 and 5)
);
insert into digital_skill_area (code, ord, name_th, name_en, expected_level) values
  ('literacy', 1, 'การรู้ดิจิทัล', 'Digital literacy', 3),
  ('governance', 2, 'การกำกับดูแล มาตรฐาน และการปฏิบัติตามกฎหมายดิจิทัล', 'Digital governance, standards and compliance', 2),
  ('technology', 3, 'เทคโนโลยีดิจิทัล', 'Digital technology', 2),
  ('process', 4, 'การออกแบบกระบวนการและการให้บริการดิจิทัล', 'Digital process and service design', 2),
  ('strategy', 5, 'การบริหารเชิงกลยุทธ์ดิจิทัล', 'Digital strategy', 1),
  ('leadership', 6, 'ภาวะผู้นำดิจิทัล', 'Digital leadership', 1);
alter table digital_assessment
  add constraint digital_assessment_area_fk foreign key (skill_area) references digital_skill_area (code);
-- Coverage per agency and year: a person's assessments of a date range.
create index digital_assessment_person on digital_assessment (person_id, assessed_on);
