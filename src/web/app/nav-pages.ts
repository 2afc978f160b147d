/**
 * The main menu: a few pages at the top level and the rest in groups (dropdowns), so that fourteen
 * pages no longer wrap onto two lines. Each link keeps its data-testid wherever it sits.
 */
import type { MessageKey } from '../shared/i18n/dictionary.th';

export interface NavPage {
  path: string;
  key: MessageKey;
  testId: string;
  /** Roles that see the link; null: everyone signed in. */
  roles: readonly string[] | null;
}

export interface NavGroup {
  id: string;
  key: MessageKey;
  testId: string;
  pages: readonly NavPage[];
}

export type NavEntry = NavPage | NavGroup;

export const isGroup = (entry: NavEntry): entry is NavGroup => 'pages' in entry;

export const NAV: readonly NavEntry[] = [
  { path: '/my-work', key: 'nav.myWork', testId: 'nav-my-work', roles: ['focal_point', 'approver', 'admin'] },
  { path: '/', key: 'nav.summary', testId: 'nav-summary', roles: null },
  { path: '/dashboard', key: 'nav.dashboard', testId: 'nav-dashboard', roles: null },
  { path: '/projects', key: 'nav.projects', testId: 'nav-projects', roles: null },
  {
    id: 'plan',
    key: 'nav.groupPlan',
    testId: 'nav-group-plan',
    pages: [
      { path: '/plan', key: 'nav.plan', testId: 'nav-plan', roles: null },
      { path: '/key-results', key: 'nav.keyResults', testId: 'nav-key-results', roles: null },
      { path: '/action-plan', key: 'nav.actionPlan', testId: 'nav-action-plan', roles: null },
    ],
  },
  {
    id: 'follow',
    key: 'nav.groupFollow',
    testId: 'nav-group-follow',
    pages: [
      { path: '/review', key: 'nav.review', testId: 'nav-review', roles: ['approver', 'admin'] },
      { path: '/timeliness', key: 'nav.timeliness', testId: 'nav-timeliness', roles: null },
      { path: '/attention', key: 'nav.attention', testId: 'nav-attention', roles: null },
      { path: '/problems', key: 'nav.problems', testId: 'nav-problems', roles: null },
    ],
  },
  {
    id: 'documents',
    key: 'nav.groupDocuments',
    testId: 'nav-group-documents',
    pages: [
      { path: '/papers', key: 'nav.papers', testId: 'nav-papers', roles: null },
      { path: '/rounds', key: 'nav.rounds', testId: 'nav-rounds', roles: null },
      { path: '/snapshots', key: 'nav.snapshots', testId: 'nav-snapshots', roles: null },
      // Plans are imported by the central office; focal points may import their monthly reports.
      { path: '/import', key: 'nav.import', testId: 'nav-import', roles: ['admin', 'focal_point'] },
    ],
  },
  {
    id: 'committee',
    key: 'nav.groupCommittee',
    testId: 'nav-group-committee',
    pages: [
      {
        path: '/committee',
        key: 'nav.committeeMeetings',
        testId: 'nav-committee',
        roles: ['admin', 'viewer'],
      },
      {
        path: '/committee/assignments',
        key: 'nav.committeeAssignments',
        testId: 'nav-committee-assignments',
        roles: null,
      },
      {
        path: '/committee/search',
        key: 'nav.committeeSearch',
        testId: 'nav-committee-search',
        roles: ['admin', 'viewer'],
      },
    ],
  },
  {
    id: 'workforce',
    key: 'nav.groupWorkforce',
    testId: 'nav-group-workforce',
    pages: [
      {
        path: '/workforce/dashboard',
        key: 'nav.hrDashboard',
        testId: 'nav-hr-dashboard',
        roles: ['admin', 'focal_point', 'approver', 'viewer'],
      },
      {
        path: '/workforce/people',
        key: 'nav.workforcePeople',
        testId: 'nav-workforce-people',
        roles: ['admin', 'focal_point', 'approver'],
      },
      { path: '/workforce/me', key: 'nav.workforceMe', testId: 'nav-workforce-me', roles: ['staff'] },
      {
        path: '/workforce/import',
        key: 'nav.workforceImport',
        testId: 'nav-workforce-import',
        roles: ['admin'],
      },
    ],
  },
  {
    id: 'development',
    key: 'nav.groupDevelopment',
    testId: 'nav-group-development',
    pages: [
      {
        path: '/development',
        key: 'nav.developmentPlan',
        testId: 'nav-development-plan',
        roles: ['admin', 'viewer', 'focal_point', 'approver'],
      },
      {
        path: '/development/cycle',
        key: 'nav.developmentCycle',
        testId: 'nav-development-cycle',
        roles: ['admin', 'focal_point', 'approver'],
      },
      {
        path: '/development/submission',
        key: 'nav.developmentSubmission',
        testId: 'nav-development-submission',
        roles: ['focal_point', 'approver'],
      },
      {
        path: '/development/results',
        key: 'nav.developmentResults',
        testId: 'nav-development-results',
        roles: ['admin', 'viewer', 'focal_point', 'approver'],
      },
      {
        path: '/development/digital',
        key: 'nav.developmentDigital',
        testId: 'nav-development-digital',
        roles: ['admin', 'viewer', 'focal_point', 'approver'],
      },
      {
        path: '/development/entries',
        key: 'nav.developmentEntries',
        testId: 'nav-development-entries',
        // the agency approves its people's own entries of outside learning
        roles: ['admin', 'focal_point', 'approver'],
      },
      {
        path: '/development/my-days',
        key: 'nav.developmentMyDays',
        testId: 'nav-development-my-days',
        // every signed-in person has development days; a staff user's menu holds this beside their record
        roles: ['admin', 'viewer', 'focal_point', 'approver', 'staff'],
      },
    ],
  },
  {
    id: 'careers',
    key: 'nav.groupCareers',
    testId: 'nav-group-careers',
    pages: [
      {
        path: '/careers/self-check',
        key: 'nav.careerSelfCheck',
        testId: 'nav-career-self-check',
        roles: ['staff'],
      },
      {
        path: '/careers/paths',
        key: 'nav.careerPaths',
        testId: 'nav-career-paths',
        // the paths are public within the BMA: a staff user reads what a key position asks
        roles: ['admin', 'viewer', 'focal_point', 'approver', 'staff'],
      },
      {
        path: '/careers/succession',
        key: 'nav.careerSuccession',
        testId: 'nav-career-succession',
        roles: ['admin', 'viewer', 'focal_point', 'approver'],
      },
      {
        path: '/careers/cohorts',
        key: 'nav.careerCohorts',
        testId: 'nav-career-cohorts',
        // a staff user sees the cohorts they are in, with only their own score and rank
        roles: ['admin', 'viewer', 'focal_point', 'approver', 'staff'],
      },
    ],
  },
  { path: '/admin', key: 'nav.admin', testId: 'nav-admin', roles: ['admin'] },
];

/** A staff user sees only the pages that name the staff role (their own record): no other page is theirs. */
const allowed = (page: NavPage, role: string) =>
  page.roles === null ? role !== 'staff' : page.roles.includes(role);

/** The menu a role sees: pages it may open, groups that keep at least one page. */
export function navFor(role: string): NavEntry[] {
  return NAV.flatMap((entry): NavEntry[] => {
    if (!isGroup(entry)) return allowed(entry, role) ? [entry] : [];
    const pages = entry.pages.filter((page) => allowed(page, role));
    return pages.length === 0 ? [] : [{ ...entry, pages }];
  });
}

/** Whether a page path is the current location (the summary only at "/" itself). */
export const isCurrent = (path: string, pathname: string) =>
  path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`);
