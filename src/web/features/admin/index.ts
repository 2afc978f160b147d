export { AdminPage } from './AdminPage';
export { UnitsAdminPage } from './UnitsAdminPage';
export { UsersAdminPage } from './UsersAdminPage';
export { AuditPage } from './AuditPage';
