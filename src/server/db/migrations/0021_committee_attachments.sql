-- Files a unit attaches to its progress on an assignment (issue 13, item 2): small documents (PDF, DOCX,
-- XLSX, PNG, JPEG; at most 10 MB each, 5 per progress entry: src/shared/limits.ts), kept in the database
-- itself so that a backup holds them. Each belongs to the progress entry that brought it, and that entry to
-- the same assignment (the composite key makes a file on another assignment's entry impossible).
alter table committee_progress add constraint committee_progress_id_assignment unique (id, assignment_id);

create table committee_attachment (
  id serial primary key,
  assignment_id int not null,
  progress_id int not null,
  file_name text not null check (length(file_name) between 1 and 200),
  media_type text not null check (media_type in (
    'application/pdf',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'image/png',
    'image/jpeg')),
  size_bytes int not null check (size_bytes between 1 and 10485760),
  sha256 text not null check (sha256 ~ '^[0-9a-f]{64}$'),
  content bytea not null,
  uploaded_by_user_id int references app_user (id),
  uploaded_by_label text not null,
  uploaded_at timestamptz not null default now(),
  check (octet_length(content) = size_bytes),
  foreign key (progress_id, assignment_id) references committee_progress (id, assignment_id) on delete cascade
);
create index committee_attachment_assignment on committee_attachment (assignment_id, progress_id, id);
