/** Today's date in Bangkok (YYYY-MM-DD): the calendar overdue is judged by. */
export function bangkokToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}
