import { lazy, Suspense } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { Loading } from '../shared/ui/Notice';
import { Layout } from './Layout';
import { RequireSignIn } from './RequireSignIn';

// Each page is its own chunk: the chart library loads only with the summary.
const LoginPage = lazy(() => import('../features/auth').then((m) => ({ default: m.LoginPage })));
const SummaryPage = lazy(() => import('../features/summary').then((m) => ({ default: m.SummaryPage })));
const PlanTreePage = lazy(() => import('../features/plan').then((m) => ({ default: m.PlanTreePage })));
const ProjectListPage = lazy(() =>
  import('../features/projects').then((m) => ({ default: m.ProjectListPage })),
);
const ProjectPage = lazy(() => import('../features/project').then((m) => ({ default: m.ProjectPage })));
const ImportPage = lazy(() => import('../features/import').then((m) => ({ default: m.ImportPage })));
const MyWorkPage = lazy(() => import('../features/my-work').then((m) => ({ default: m.MyWorkPage })));
const ReviewPage = lazy(() => import('../features/review').then((m) => ({ default: m.ReviewPage })));
const ReportingMonthsPage = lazy(() =>
  import('../features/months').then((m) => ({ default: m.ReportingMonthsPage })),
);
const TimelinessPage = lazy(() =>
  import('../features/timeliness').then((m) => ({ default: m.TimelinessPage })),
);
const NeedsAttentionPage = lazy(() =>
  import('../features/attention').then((m) => ({ default: m.NeedsAttentionPage })),
);
const ProblemsPage = lazy(() => import('../features/problems').then((m) => ({ default: m.ProblemsPage })));
const PapersPage = lazy(() => import('../features/papers').then((m) => ({ default: m.PapersPage })));
const SnapshotsPage = lazy(() => import('../features/snapshots').then((m) => ({ default: m.SnapshotsPage })));
const AdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.AdminPage })));
const UnitsAdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.UnitsAdminPage })));
const UsersAdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.UsersAdminPage })));
const AuditPage = lazy(() => import('../features/admin').then((m) => ({ default: m.AuditPage })));
const KeyResultsPage = lazy(() =>
  import('../features/key-results').then((m) => ({ default: m.KeyResultsPage })),
);
const TargetPage = lazy(() => import('../features/target').then((m) => ({ default: m.TargetPage })));
const ActionPlanPage = lazy(() =>
  import('../features/action-plan').then((m) => ({ default: m.ActionPlanPage })),
);
const AccountPage = lazy(() => import('../features/account').then((m) => ({ default: m.AccountPage })));
const DashboardPage = lazy(() => import('../features/dashboard').then((m) => ({ default: m.DashboardPage })));
const AgencyPage = lazy(() => import('../features/agency').then((m) => ({ default: m.AgencyPage })));

export function AppRoutes() {
  return (
    <Routes>
      <Route
        path="/login"
        element={
          <Suspense fallback={<Loading />}>
            <LoginPage />
          </Suspense>
        }
      />
      <Route element={<RequireSignIn />}>
        <Route element={<Layout />}>
          <Route index element={<SummaryPage />} />
          <Route path="plan" element={<PlanTreePage />} />
          <Route path="projects" element={<ProjectListPage />} />
          <Route path="projects/:id" element={<ProjectPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="my-work" element={<MyWorkPage />} />
          <Route path="review" element={<ReviewPage />} />
          <Route path="timeliness" element={<TimelinessPage />} />
          <Route path="attention" element={<NeedsAttentionPage />} />
          <Route path="problems" element={<ProblemsPage />} />
          <Route path="papers" element={<PapersPage />} />
          <Route path="snapshots" element={<SnapshotsPage />} />
          <Route path="admin" element={<AdminPage />} />
          <Route path="admin/months" element={<ReportingMonthsPage />} />
          <Route path="admin/units" element={<UnitsAdminPage />} />
          <Route path="admin/users" element={<UsersAdminPage />} />
          <Route path="admin/audit" element={<AuditPage />} />
          <Route path="key-results" element={<KeyResultsPage />} />
          <Route path="plans/:code/targets/:no" element={<TargetPage />} />
          <Route path="action-plan" element={<ActionPlanPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="agencies/:unitCode" element={<AgencyPage />} />
          <Route path="*" element={<NotFound />} />
        </Route>
      </Route>
    </Routes>
  );
}

function NotFound() {
  const { t } = useT();
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.home')}</Link>
    </section>
  );
}
