import { lazy, Suspense } from 'react';
import { Link, Route, Routes } from 'react-router';
import { useT } from '../shared/i18n/useT';
import { Loading } from '../shared/ui/Notice';
import { HomeLanding } from './HomeLanding';
import { Layout } from './Layout';
import { RequireSignIn } from './RequireSignIn';

// Each page is its own chunk: the chart library loads only with the summary.
const LoginPage = lazy(() => import('../features/auth').then((m) => ({ default: m.LoginPage })));
const ForgotPasswordPage = lazy(() =>
  import('../features/password').then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import('../features/password').then((m) => ({ default: m.ResetPasswordPage })),
);
const SummaryPage = lazy(() =>
  import('../features/monitoring/summary').then((m) => ({ default: m.SummaryPage })),
);
const PlanTreePage = lazy(() =>
  import('../features/monitoring/plan').then((m) => ({ default: m.PlanTreePage })),
);
const ProjectListPage = lazy(() =>
  import('../features/monitoring/projects').then((m) => ({ default: m.ProjectListPage })),
);
const ProjectPage = lazy(() =>
  import('../features/monitoring/project').then((m) => ({ default: m.ProjectPage })),
);
const ImportPage = lazy(() =>
  import('../features/monitoring/import').then((m) => ({ default: m.ImportPage })),
);
const MyWorkPage = lazy(() =>
  import('../features/monitoring/my-work').then((m) => ({ default: m.MyWorkPage })),
);
const ReviewPage = lazy(() =>
  import('../features/monitoring/review').then((m) => ({ default: m.ReviewPage })),
);
const ReportingMonthsPage = lazy(() =>
  import('../features/monitoring/months').then((m) => ({ default: m.ReportingMonthsPage })),
);
const TimelinessPage = lazy(() =>
  import('../features/monitoring/timeliness').then((m) => ({ default: m.TimelinessPage })),
);
const NeedsAttentionPage = lazy(() =>
  import('../features/monitoring/attention').then((m) => ({ default: m.NeedsAttentionPage })),
);
const ProblemsPage = lazy(() =>
  import('../features/monitoring/problems').then((m) => ({ default: m.ProblemsPage })),
);
const PapersPage = lazy(() =>
  import('../features/monitoring/papers').then((m) => ({ default: m.PapersPage })),
);
const SnapshotsPage = lazy(() =>
  import('../features/monitoring/snapshots').then((m) => ({ default: m.SnapshotsPage })),
);
const AdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.AdminPage })));
const UnitsAdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.UnitsAdminPage })));
const UsersAdminPage = lazy(() => import('../features/admin').then((m) => ({ default: m.UsersAdminPage })));
const AuditPage = lazy(() => import('../features/admin').then((m) => ({ default: m.AuditPage })));
const RoundsPage = lazy(() =>
  import('../features/monitoring/rounds').then((m) => ({ default: m.RoundsPage })),
);
const KeyResultsPage = lazy(() =>
  import('../features/monitoring/key-results').then((m) => ({ default: m.KeyResultsPage })),
);
const TargetPage = lazy(() =>
  import('../features/monitoring/target').then((m) => ({ default: m.TargetPage })),
);
const ActionPlanPage = lazy(() =>
  import('../features/monitoring/action-plan').then((m) => ({ default: m.ActionPlanPage })),
);
const AccountPage = lazy(() => import('../features/account').then((m) => ({ default: m.AccountPage })));
const DashboardPage = lazy(() =>
  import('../features/monitoring/dashboard').then((m) => ({ default: m.DashboardPage })),
);
const AgencyPage = lazy(() =>
  import('../features/monitoring/agency').then((m) => ({ default: m.AgencyPage })),
);

const CommitteeMeetingsPage = lazy(() =>
  import('../features/committee').then((m) => ({ default: m.MeetingsPage })),
);
const CommitteeMeetingPage = lazy(() =>
  import('../features/committee').then((m) => ({ default: m.MeetingPage })),
);
const CommitteeAssignmentsPage = lazy(() =>
  import('../features/committee').then((m) => ({ default: m.AssignmentsPage })),
);
const CommitteeSearchPage = lazy(() =>
  import('../features/committee').then((m) => ({ default: m.CommitteeSearchPage })),
);
const wf = () => import('../features/workforce');
const HrDashboardPage = lazy(() => wf().then((m) => ({ default: m.HrDashboardPage })));
const WorkforceDirectoryPage = lazy(() => wf().then((m) => ({ default: m.DirectoryPage })));
const WorkforcePersonPage = lazy(() => wf().then((m) => ({ default: m.PersonPageView })));
const WorkforceMyRecordPage = lazy(() => wf().then((m) => ({ default: m.MyRecordPage })));
const WorkforceImportPage = lazy(() => wf().then((m) => ({ default: m.WorkforceImportPage })));
const DevelopmentPlanPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.DevelopmentPlanPage })),
);
const MyDevelopmentDaysPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.MyDaysPage })),
);
const DevelopmentYearPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.DevelopmentYearPage })),
);
const DevelopmentSubmissionPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.SubmissionPage })),
);
const DevelopmentEntryQueuePage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.EntryQueuePage })),
);
const DevelopmentDigitalPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.DigitalSkillsPage })),
);
const DevelopmentResultsPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.ResultsPage })),
);
const DevelopmentProjectResultPage = lazy(() =>
  import('../features/development').then((m) => ({ default: m.ProjectResultPage })),
);
const CareerPathsPage = lazy(() => import('../features/careers').then((m) => ({ default: m.PathsPage })));
const CareerPathPage = lazy(() => import('../features/careers').then((m) => ({ default: m.PathPage })));
const CareerCohortsPage = lazy(() => import('../features/careers').then((m) => ({ default: m.CohortsPage })));
const CareerCohortPage = lazy(() => import('../features/careers').then((m) => ({ default: m.CohortPage })));
const CareerSelfCheckPage = lazy(() =>
  import('../features/careers').then((m) => ({ default: m.SelfCheckPage })),
);
const CareerSuccessionPage = lazy(() =>
  import('../features/careers').then((m) => ({ default: m.SuccessionPage })),
);

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
      <Route
        path="/forgot-password"
        element={
          <Suspense fallback={<Loading />}>
            <ForgotPasswordPage />
          </Suspense>
        }
      />
      <Route
        path="/reset-password"
        element={
          <Suspense fallback={<Loading />}>
            <ResetPasswordPage />
          </Suspense>
        }
      />
      <Route element={<RequireSignIn />}>
        <Route element={<Layout />}>
          <Route
            index
            element={
              <HomeLanding>
                <SummaryPage />
              </HomeLanding>
            }
          />
          <Route path="plan" element={<PlanTreePage />} />
          <Route path="projects" element={<ProjectListPage />} />
          <Route path="projects/:id" element={<ProjectPage />} />
          <Route path="import" element={<ImportPage />} />
          <Route path="my-work" element={<MyWorkPage />} />
          <Route path="committee" element={<CommitteeMeetingsPage />} />
          <Route path="committee/meetings/:id" element={<CommitteeMeetingPage />} />
          <Route path="committee/assignments" element={<CommitteeAssignmentsPage />} />
          <Route path="committee/search" element={<CommitteeSearchPage />} />
          <Route path="development" element={<DevelopmentPlanPage />} />
          <Route path="development/my-days" element={<MyDevelopmentDaysPage />} />
          <Route path="development/cycle" element={<DevelopmentYearPage />} />
          <Route path="development/submission" element={<DevelopmentSubmissionPage />} />
          <Route path="development/results" element={<DevelopmentResultsPage />} />
          <Route path="development/entries" element={<DevelopmentEntryQueuePage />} />
          <Route path="development/digital" element={<DevelopmentDigitalPage />} />
          <Route path="development/projects/:id/result" element={<DevelopmentProjectResultPage />} />
          <Route path="careers/paths" element={<CareerPathsPage />} />
          <Route path="careers/paths/:id" element={<CareerPathPage />} />
          <Route path="careers/self-check" element={<CareerSelfCheckPage />} />
          <Route path="careers/succession" element={<CareerSuccessionPage />} />
          <Route path="careers/cohorts" element={<CareerCohortsPage />} />
          <Route path="careers/cohorts/:id" element={<CareerCohortPage />} />
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
          <Route path="rounds" element={<RoundsPage />} />
          <Route path="plans/:code/targets/:no" element={<TargetPage />} />
          <Route path="action-plan" element={<ActionPlanPage />} />
          <Route path="account" element={<AccountPage />} />
          <Route path="dashboard" element={<DashboardPage />} />
          <Route path="agencies/:unitCode" element={<AgencyPage />} />
          <Route path="workforce/dashboard" element={<HrDashboardPage />} />
          <Route path="workforce/people" element={<WorkforceDirectoryPage />} />
          <Route path="workforce/people/:personNo" element={<WorkforcePersonPage />} />
          <Route path="workforce/me" element={<WorkforceMyRecordPage />} />
          <Route path="workforce/import" element={<WorkforceImportPage />} />
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
