/** The workforce module's pages: the HR Dashboard, the people directory and person page, the import. */
import './workforce.css';

export { HrDashboardPage } from './dashboard/HrDashboardPage';
export { DirectoryPage } from './directory/DirectoryPage';
export { MyRecordPage, PersonPageView } from './directory/PersonView';
export { WorkforceImportPage } from './import/WorkforceImportPage';
