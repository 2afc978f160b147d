export { MeetingsPage } from './MeetingsPage';
export { MeetingPage } from './MeetingPage';
export { AssignmentsPage } from './AssignmentsPage';
export { CommitteeSearchPage } from './CommitteeSearchPage';
