export { SnapshotsPage } from './SnapshotsPage';
