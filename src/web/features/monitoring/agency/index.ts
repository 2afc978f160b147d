/** The agency page (หน้าหน่วยงาน), /agencies/:unitCode. */
export { AgencyPage } from './AgencyPage';
