-- Evidence attached to a monthly report or to a problem (issue 14, item 8; docs/decisions/0020): PDF,
-- DOCX, XLSX, PPTX, PNG, JPEG by content, at most 10 MB each and 10 per report month or problem
-- (src/shared/limits.ts), kept in the database itself so that every backup holds them. A report's files
-- belong to the project-month (every saved version of the report shares them); a problem's to the problem.
create table monitoring_attachment (
  id serial primary key,
  project_id int not null references project (id) on delete cascade,
  period int check (period % 100 between 1 and 12), -- a report's month (BE year × 100 + month)
  problem_id int references problem (id) on delete cascade,
  file_name text not null check (length(file_name) between 1 and 200),
  media_type text not null check (media_type in (
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'image/png',
    'image/jpeg')),
  size_bytes int not null check (size_bytes between 1 and 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_by_user_id int references app_user (id),
  uploaded_by_label text not null,
  uploaded_at timestamptz not null default now(),
  check (octet_length(content) = size_bytes),
  check ((period is null) <> (problem_id is null))
);
create index monitoring_attachment_report on monitoring_attachment (project_id, period, id) where period is not null;
create index monitoring_attachment_problem on monitoring_attachment (problem_id, id) where problem_id is not null;
