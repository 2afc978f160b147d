-- Indexes the benchmark showed missing (docs/benchmarks.md, docs/decisions/0008-benchmarks.md).

-- Every version of a project's reports, not only the current ones (monthly_report_current is partial):
-- the project page's history and a submission's answer (listReports), the timeliness grid's first
-- submission of each expected report, reviews. Without it each of these read the whole table.
create index monthly_report_project_versions on monthly_report (project_id, period);

-- The version a new report replaced (old.superseded_by = new.id): the audit row of every submission and
-- import, and "changes since the last accepted version". Without it, one submission read the whole table.
create index monthly_report_superseded_by on monthly_report (superseded_by) where superseded_by is not null;

-- Reports that end a project's reporting (completed or cancelled, current version): whether a project was
-- closed before a month, asked for every project and month of the timeliness grid and the missing list.
-- Without it each question read every earlier month's report of the project.
create index monthly_report_closing on monthly_report (project_id, period)
  where superseded_at is null and status in ('completed', 'cancelled');

-- The review queue's keyset paging (GET /api/reports, src/server/repositories/review-queue.ts): current
-- reports of one state, newest month first, each page seeking to `period <= the cursor's month`. With it
-- the seek is the index range (state = $1 and period <= $2, read backwards) and a page reads about its own
-- rows whatever its depth; with monthly_report_state (no order) or monthly_report_period (every state) a
-- page sorted the whole state or read and dropped the other states' rows. Scale 100, 2,272 returned spread
-- over every month, 23 pages of 100: PostgreSQL worst page 5.3 → 1.0 ms, PGlite median 2.0 → 1.2 ms.
create index monthly_report_state_period on monthly_report (state, period) where superseded_at is null;
