export { ReportingMonthsPage } from './ReportingMonthsPage';
