export { PlanTreePage } from './PlanTreePage';
