export { TargetPage } from './TargetPage';
