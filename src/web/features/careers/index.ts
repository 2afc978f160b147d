export { PathsPage } from './PathsPage';
export { PathPage } from './PathPage';
export { SelfCheckPage } from './SelfCheckPage';
export { SuccessionPage } from './SuccessionPage';
export { CohortsPage } from './CohortsPage';
export { CohortPage } from './CohortPage';
