export { DevelopmentPlanPage } from './DevelopmentPlanPage';
export { MyDaysPage } from './MyDaysPage';
