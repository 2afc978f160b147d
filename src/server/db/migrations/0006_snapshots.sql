-- Published monthly snapshots of the progress summary (and everything the committee paper prints),
-- so that a past paper can be reproduced exactly. Publishing a month again adds a row: history is kept.
-- kind 'manual': the central office published it; 'auto': stored the first time a locked month was
-- asked for (src/server/use-cases/publish-snapshot.ts), at most once per plan, month and basis.

create table summary_snapshot (
  id serial primary key,
  plan_id int not null references plan (id) on delete cascade,
  period int not null check (period % 100 between 1 and 12), -- BE year × 100 + month: 256605
  fiscal_year int not null,
  basis text not null check (basis in ('submitted', 'accepted')),
  kind text not null check (kind in ('manual', 'auto')),
  -- the summary as GET /api/plans/:code/summary answers it (formats.md shape)
  summary jsonb not null,
  -- the committee paper's content (src/server/papers/content.ts): problems, flagged projects, key results
  content jsonb not null,
  published_at timestamptz not null default now(),
  published_by int references app_user (id),
  published_by_label text not null
);
create index summary_snapshot_month on summary_snapshot (plan_id, period, published_at desc);
create unique index summary_snapshot_auto_once on summary_snapshot (plan_id, period, basis) where kind = 'auto';
