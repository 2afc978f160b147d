/** Today's date in Bangkok (YYYY-MM-DD): the default "as of" of every career check. */
export function bangkokToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Bangkok' }).format(now);
}
