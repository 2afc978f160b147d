export { ProjectListPage } from './ProjectListPage';
