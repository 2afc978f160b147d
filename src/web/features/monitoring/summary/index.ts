export { SummaryPage } from './SummaryPage';
