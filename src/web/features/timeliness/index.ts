export { TimelinessPage } from './TimelinessPage';
