export { AdminPage } from './AdminPage';
export { UnitsAdminPage } from './UnitsAdminPage';
export { UsersAdminPage } from './UsersAdminPage';
export { AuditPage } from './AuditPage';
/** The reusable change history lives in shared/ (features do not import each other); re-exported here. */
export { AuditTrail } from '../../shared/audit/AuditTrail';
