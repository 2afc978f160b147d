export { PapersPage } from './PapersPage';
