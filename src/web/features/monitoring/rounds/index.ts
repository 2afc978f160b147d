/** Round reports (รายงานรายรอบ): the 3, 6, 9 and 12 month rounds of a fiscal year beside the year before. */
export { RoundsPage } from './RoundsPage';
