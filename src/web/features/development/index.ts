export { DevelopmentPlanPage } from './DevelopmentPlanPage';
export { DevelopmentYearPage } from './DevelopmentYearPage';
export { MyDaysPage } from './MyDaysPage';
export { SubmissionPage } from './SubmissionPage';
export { ResultsPage } from './ResultsPage';
export { ProjectResultPage } from './ProjectResultPage';
export { EntryQueuePage } from './EntryQueuePage';
export { DigitalSkillsPage } from './DigitalSkillsPage';
